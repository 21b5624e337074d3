// Reliability (issue 18): the conventions every command follows — exit 2 for what the user typed or
// gave, options anywhere, `-` for standard input, messages that say how to fix — and no silent
// wrong answer (impossible dates, unknown platforms, a reversed period).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderExampleAvatar } from '@pedoman-medsos/profile-image/node';
import { describe, expect, it } from 'vitest';
import { runCli, scratch } from './run-cli';

const en = (...args: string[]) => runCli([...args, '--lang', 'en']);

describe('exit 2 for usage and input errors', () => {
  it.each([
    ['an image path that is a folder', ['image', 'check', '.'], /"\." is a folder; give one image file\./],
    ['an unknown template', ['reply', 'render', 'bogus.id'], /No template "bogus\.id"\. See "pedoman reply list"; available: /],
    ['an empty unit', ['handle', 'suggest', '--unit', ''], /suggest needs --unit "UNIT NAME"/],
    ['a unit no profile kind fits', ['handle', 'suggest', '--unit', 'Kantor Antah Berantah'], /naming\.unknown-unit/],
    [
      'a reversed period',
      ['cadence', '-', '--from', '2026-03-28', '--to', '2026-03-01'],
      /The period is reversed: from 2026-03-28 comes after to 2026-03-01; swap them\./,
    ],
    ['an impossible received date', ['reply', 'due', '--received', '2026-02-31T10:00+07:00', '--category', 'question'], /2026-02-31/],
  ])('%s', async (_, args, message) => {
    const result = await en(...(args as string[]));
    expect(result.code).toBe(2);
    expect(`${result.stdout}${result.stderr}`).toMatch(message);
  });

  it.each(['mastodon', 'Instagram', 'all'])('hashtags check --platform %s is refused, not read as "any platform"', async (platform) => {
    const result = await runCli(['hashtags', 'check', '-', '--platform', platform, '--lang', 'en'], { stdin: '#UangKita' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/check needs one --platform|Unknown platform/);
  });
});

describe('the command line', () => {
  it('reads options given before the command', async () => {
    const result = await runCli(['--lang', 'en', 'platforms']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Platform +Handle characters/);
  });

  it('says a flag takes no value rather than that it "needs a value"', async () => {
    const result = await en('screen', '--json=yes');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Option --json takes no value; write --json alone.');
  });

  it('names the built-in profiles when --profile is neither one nor a file', async () => {
    const result = await en('handle', 'suggest', '--unit', 'KPKNL Bandung', '--profile', 'kemenkeu');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--profile "kemenkeu" is neither a built-in profile (ministry, bpom, pemda) nor an existing file.');
  });

  it('reads an image from standard input for "-"', async () => {
    const image = await renderExampleAvatar('compliant', 1200);
    const result = await runCli(['image', 'check', '-', '--platform', 'x', '--lang', 'en'], { stdin: image });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1200×1200 PNG/);
  });

  it('says an empty image file is empty', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'empty.png'), '');
    const result = await runCli(['image', 'check', 'empty.png', '--lang', 'en'], { cwd: dir });
    expect(result.stdout).toContain('This file is empty (0 bytes)');
  });

  it('accepts in a post export the times `reply due` documents', async () => {
    const csv = 'account,platform,postedAt\nkpknlbogor,instagram,2026-11-02T09:30+07:00\nkpknlbogor,instagram,2026-11-03\n';
    const result = await runCli(['cadence', '-', '--from', '2026-11-01', '--to', '2026-11-28', '--json'], { stdin: csv });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)[0].posts).toBe(2);
  });
});

describe('many problems give a screenful, not thousands of lines', () => {
  it('caps the problems of a term list and counts the rest', async () => {
    const dir = scratch();
    const lists = Array.from({ length: 500 }, (_, index) => `  - category: nope${index}\n    terms: [x]\n`).join('');
    writeFileSync(join(dir, 'terms.yaml'), `lists:\n${lists}`);
    const result = await runCli(['screen', '-', '--config', 'terms.yaml', '--lang', 'en'], { stdin: 'halo', cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').length).toBeLessThan(60);
    expect(result.stderr).toMatch(/^✗ 1000 kesalahan .*\n[\s\S]*\n… 990 kesalahan lain \/ 990 more\n/);
    expect(result.stderr).toContain('"terms.yaml" is invalid (1000 problems, see above).');
  });

  it('refuses a binary term list instead of parsing it as YAML', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'x'));
    writeFileSync(join(dir, 'x', 'binary.bin'), Buffer.from(Array.from({ length: 2048 }, (_, index) => index % 256)));
    const result = await runCli(['screen', '-', '--config', 'x/binary.bin', '--lang', 'en'], { stdin: 'halo', cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"x/binary.bin" looks like a binary file, not text. Give a UTF-8 YAML file.');
    expect(readFileSync(join(dir, 'x', 'binary.bin')).length).toBe(2048);
  });
});
