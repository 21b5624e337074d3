// Reliability (issue 18): bad input is refused with what, where and how to fix — never read
// silently wrong (a dropped column, U+FFFD, a binary file screened as text, an empty report).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scratch } from './run-cli';

const latin1 = (text: string) => Buffer.from(text, 'latin1'); // "é" as the single byte 0xE9, as old Excel saves it
const register = (rows: string) => `unit,platform,handle\n${rows}`;
// Deterministic bytes with NUL and high bytes: what an image or a workbook looks like as "text".
const binary = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 151 + 7) % 256));

describe('CSV headers', () => {
  const audit = (text: string) => runCli(['accounts', 'audit', '-', '--lang', 'en'], { stdin: text });

  it('refuses a duplicate column instead of dropping one', async () => {
    const result = await audit('unit,platform,handle,handle\nKPKNL Bandung,instagram,@kpknl!!bandung,@kpknlbandung\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-:1: column "handle" appears twice (columns 3 and 4); remove one of them.');
  });

  it('names unknown and missing required columns of a wrongly-headed file', async () => {
    const result = await audit('nama,akun\nKPKNL Bandung,kpknlbandung\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown columns: nama, akun. required columns missing: unit, platform, handle.');
  });

  it('refuses a header without rows, and an empty file, instead of "0 rows checked"', async () => {
    expect((await audit('unit,platform,handle\n')).stderr).toContain('-: only a header, no data rows.');
    const empty = await audit('');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('-: empty. The first line must name the columns, e.g. unit, platform, handle.');
  });

  it('reports a row with a quoted line break at the line it starts on', async () => {
    const result = await audit(register('KPKNL Bogor,"instagram\nx",kpknlbogor\nKPKNL Bandung,x\n'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-:2: platform:');
    expect(result.stderr).toContain('-:4: this row has 2 cells while the header has 3');
  });
});

describe('text encoding', () => {
  it('says where a register stops being UTF-8', async () => {
    const result = await runCli(['accounts', 'audit', '-', '--lang', 'en'], {
      stdin: Buffer.concat([Buffer.from(register('KPKNL Bandung,instagram,kpknlbandung\n')), latin1('KPKNL Band\u00e9ng,x,kpknlbdg\n')]),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '-:3: not valid UTF-8 text (byte 11 of this line). Save the file again as UTF-8 (in Excel: "CSV UTF-8").',
    );
  });

  it.each([
    ['screen', ['screen', '-']],
    ['reply triage', ['reply', 'triage', '-']],
    ['hashtags check', ['hashtags', 'check', '-']],
  ])('%s refuses Latin-1 text with its line and byte', async (_, args) => {
    const result = await runCli([...args, '--lang', 'en'], { stdin: latin1('Halo\nkapan lelang dibuka? caf\u00e9\n') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('-:2: not valid UTF-8 text (byte 25 of this line)');
  });

  it.each([
    ['screen', ['screen', 'file.bin']],
    ['reply triage', ['reply', 'triage', 'file.bin']],
    ['hashtags check', ['hashtags', 'check', 'file.bin']],
    ['accounts audit', ['accounts', 'audit', 'file.bin']],
    ['cadence', ['cadence', 'file.bin']],
    ['screen --jsonl', ['screen', '--jsonl', 'file.bin']],
  ])('%s refuses a binary file before reading it as text', async (_, args) => {
    const dir = scratch();
    writeFileSync(join(dir, 'file.bin'), binary);
    const result = await runCli([...args, '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^pedoman: "file\.bin" looks like a binary file, not text\. Give /);
  });

  it('names a workbook saved instead of a CSV', async () => {
    const result = await runCli(['accounts', 'audit', '-', '--lang', 'en'], {
      stdin: Buffer.concat([Buffer.of(0x50, 0x4b, 3, 4), binary]),
    });
    expect(result.stderr).toContain(
      '"stdin" looks like an Excel workbook or ZIP archive, not text. Give the account register as CSV UTF-8.',
    );
  });
});

describe('reports stay readable and safe', () => {
  it('lists a unit repeated on 20,000 rows once, with a count, on one short line', async () => {
    const rows = 'KPKNL Bandung,instagram,@kpknlbandung\n'.repeat(20_000);
    const result = await runCli(['accounts', 'audit', '-', '--lang', 'en', '--as-of', '2026-11-22'], { stdin: register(rows) });
    const line = result.stdout.split('\n').find((text) => text.includes('naming.one-account-per-platform'));
    expect(line).toContain('KPKNL Bandung: 20000 official accounts on Instagram (@kpknlbandung ×20000); keep one.');
    expect(line!.length).toBeLessThan(300);
  });

  it('neutralizes cells a spreadsheet would run as formulas in --csv', async () => {
    const result = await runCli(['accounts', 'audit', '-', '--csv', '--as-of', '2026-11-22'], {
      stdin: register('=1+1 KPKNL,instagram,=cmd|calc\n'),
    });
    const cells = result.stdout.split('\n')[1]!;
    expect(cells).toMatch(/^2,'=1\+1 KPKNL,instagram,'=cmd\|calc,/);
  });
});
