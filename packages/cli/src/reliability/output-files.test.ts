// Reliability (issue 18): no input is ever modified, an existing file is replaced only with
// --force, and a bad output path is a clear refusal (exit 2), never an internal error.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderExampleAvatar } from '@pedoman-medsos/profile-image/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashOf, runCli, scratch } from './run-cli';

let dir: string;
beforeAll(async () => {
  dir = scratch();
  writeFileSync(join(dir, 'ok.png'), await renderExampleAvatar('compliant', 1200));
});

describe('an output never replaces an input', () => {
  it('refuses a preview written over the image it previews, even with --force', async () => {
    const before = hashOf(join(dir, 'ok.png'));
    for (const force of [[], ['--force']]) {
      const result = await runCli(['image', 'preview', 'ok.png', '--platform', 'instagram', '-o', 'ok.png', ...force, '--lang', 'en'], {
        cwd: dir,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('"ok.png" is the input file; output never replaces it. Choose another name.');
    }
    expect(hashOf(join(dir, 'ok.png'))).toBe(before);
  });

  it('refuses an export into the folder that holds the master under an exported name', async () => {
    const folder = join(dir, 'selfex');
    mkdirSync(folder);
    writeFileSync(join(folder, 'avatar-instagram.png'), readFileSync(join(dir, 'ok.png')));
    const before = hashOf(join(folder, 'avatar-instagram.png'));
    const result = await runCli(['image', 'export', 'selfex/avatar-instagram.png', '--out', 'selfex', '--force', '--lang', 'en'], {
      cwd: dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is the input file');
    expect(hashOf(join(folder, 'avatar-instagram.png'))).toBe(before);
  });
});

describe('an existing file is replaced only with --force', () => {
  it('keeps an existing preview unless --force is given', async () => {
    const args = ['image', 'preview', 'ok.png', '--platform', 'instagram', '-o', 'preview.png', '--lang', 'en'];
    writeFileSync(join(dir, 'preview.png'), 'keep me');
    const refused = await runCli(args, { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"preview.png" already exists; add --force to replace it.');
    expect(readFileSync(join(dir, 'preview.png'), 'utf8')).toBe('keep me');
    expect((await runCli([...args, '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'preview.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('checks every exported file before writing any', async () => {
    const folder = join(dir, 'partial');
    mkdirSync(folder);
    writeFileSync(join(folder, 'avatar-x.png'), 'keep me');
    const result = await runCli(['image', 'export', 'ok.png', '--out', 'partial', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"partial/avatar-x.png" already exists');
    expect(readFileSync(join(folder, 'avatar-x.png'), 'utf8')).toBe('keep me');
  });

  it('keeps an existing calendar file unless --force is given', async () => {
    writeFileSync(join(dir, 'agenda.ics'), 'keep me');
    expect((await runCli(['agenda', 'ics', '-o', 'agenda.ics'], { cwd: dir })).code).toBe(2);
    expect(readFileSync(join(dir, 'agenda.ics'), 'utf8')).toBe('keep me');
    expect((await runCli(['agenda', 'ics', '-o', 'agenda.ics', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'agenda.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });
});

describe('a bad output path is a refusal with the fix, not an internal error', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'a calendar in a folder that does not exist',
      ['agenda', 'ics', '-o', 'nodir/x.ics'],
      /The folder "nodir" does not exist; create it first\./,
    ],
    ['a calendar named like a folder', ['agenda', 'ics', '-o', '.'], /"\." is a folder; give a file name inside it\./],
    [
      'a preview in a folder that does not exist',
      ['image', 'preview', 'ok.png', '--platform', 'x', '-o', 'nodir/x.png'],
      /folder "nodir" does not exist/,
    ],
    ['an export folder that is a file', ['image', 'export', 'ok.png', '--out', 'ok.png'], /"ok\.png" is a file, not a folder\./],
    ['an export folder below a file', ['image', 'export', 'ok.png', '--out', 'ok.png/sub'], /"ok\.png" is a file, not a folder\./],
    [
      'an export folder where nothing may be written',
      ['image', 'export', 'ok.png', '--out', '/proc/pedoman'],
      /Cannot write "\/proc\/pedoman"/,
    ],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });
});
