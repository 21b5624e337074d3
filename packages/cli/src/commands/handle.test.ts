import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

const fixture = new URL('../../../account-naming/fixtures/register-section-d.csv', import.meta.url).pathname;

describe('pedoman handle', () => {
  it('suggests the canonical handle on every platform, with its steps', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['handle', 'suggest', '--unit', 'KPKNL Banjarmasin', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toMatch(/X \(Twitter\)\s+@kpknlbjm/);
    expect(stdout()).toMatch(/Instagram\s+@kpknlbanjarmasin/);
    expect(stdout()).toContain('the region’s short form from the dictionary, "bjm"');
  });

  it('uses another profile', async () => {
    const { io, stdout } = memoryIo();
    await main(['handle', 'suggest', '--unit', 'BBPOM Jakarta', '--platform', 'x,instagram', '--profile', 'bpom', '--json'], io);
    expect(JSON.parse(stdout()).map((result: { handle: string }) => result.handle)).toEqual(['bpom_jakarta', 'bpom.jakarta']);
  });

  it('gives a regional government its handle with the pemda example profile, marked as an example', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['handle', 'suggest', '--unit', 'Dinas Kominfo Kabupaten Sleman', '--profile', 'pemda'], io)).toBe(0);
    expect(stdout()).toMatch(/Instagram\s+@kominfo\.sleman/);
    expect(stdout()).toMatch(/X \(Twitter\)\s+@kominfo_sleman/);
    expect(stdout()).toContain('(contoh)');
  });

  it('marks the default example profile as an example in its output', async () => {
    const { io, stdout } = memoryIo();
    await main(['handle', 'suggest', '--unit', 'KPKNL Bandung', '--lang', 'en'], io);
    expect(stdout()).toContain('(example) The "Kementerian Keuangan" profile is an example');
  });

  it('checks a handle: exit 0 for warnings only, 1 for a blocking finding', async () => {
    const warn = memoryIo();
    expect(await main(['handle', 'check', 'BandungKpknl', '--platform', 'x', '--unit', 'KPKNL Bandung'], warn.io)).toBe(0);
    expect(warn.stdout()).toContain('naming.word-order');
    const block = memoryIo();
    expect(await main(['handle', 'check', 'kpknl.bandung', '--platform', 'x'], block.io)).toBe(1);
    expect(block.stdout()).toContain('naming.platform-characters');
  });

  it('exits 2 on bad usage', async () => {
    expect(await main(['handle', 'suggest'], memoryIo().io)).toBe(2);
    expect(await main(['handle', 'check', 'x'], memoryIo().io)).toBe(2);
    expect(await main(['handle', 'check', 'abc', '--platform', 'myspace'], memoryIo().io)).toBe(2);
  });
});

describe('pedoman accounts audit', () => {
  it('reports the section D register with line numbers and cross-platform findings', async () => {
    const { io, stdout } = memoryIo();
    expect(await main(['accounts', 'audit', fixture, '--as-of', '2026-11-22', '--lang', 'en'], io)).toBe(1);
    expect(stdout()).toContain('Line 3 — KPKNL Bandung, x @BandungKpknl');
    expect(stdout()).toContain('naming.word-order');
    expect(stdout()).toContain('KPKNL Bogor is named differently across platforms');
  });

  it('writes CSV for spreadsheets with a real CSV writer', async () => {
    const { io, stdout } = memoryIo();
    await main(['accounts', 'audit', fixture, '--as-of', '2026-11-22', '--csv', '--lang', 'en'], io);
    const [header, first] = stdout().split('\n');
    expect(header).toBe('line,unit,platform,handle,rule,severity,message,suggestion');
    expect(first).toMatch(/^2,KPKNL Bandung,instagram,kpknlbandung,naming.verification,info,/);
  });

  it('reports bad rows with their line numbers, audits the rest, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-audit-'));
    writeFileSync(
      join(dir, 'register.csv'),
      'unit,platform,handle\nKPKNL Bogor,instagram,kpknlbogor\nKPKNL Bogor,myspace,kpknlbogor\n"KPKNL, Bandung",x,kpknlbandung\n',
    );
    const { io, stderr, stdout } = memoryIo('', { cwd: dir });
    expect(await main(['accounts', 'audit', 'register.csv', '--json'], io)).toBe(2);
    expect(stderr()).toContain('register.csv:3: platform:');
    const output = JSON.parse(stdout());
    expect(output.rows.map((row: { line: number }) => row.line)).toEqual([2, 4]);
    expect(output.invalidRows[0]).toMatchObject({ line: 3, field: 'platform' });
  });

  it('reports a row whose admin and assignment letter cells are blank (blank cells are not dropped)', async () => {
    const { io, stdout } = memoryIo('unit,platform,handle,admin,assignmentLetter\nKPKNL Bogor,instagram,kpknlbogor,,\n');
    expect(await main(['accounts', 'audit', '-', '--as-of', '2026-11-22', '--json'], io)).toBe(0);
    const [row] = JSON.parse(stdout()).rows;
    expect(row.findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('naming.admin-assignment');
  });

  it('refuses a date that is not YYYY-MM-DD instead of auditing with it', async () => {
    const { io, stderr } = memoryIo('unit,platform,handle\nKPKNL Bogor,x,kpknlbogor\n');
    expect(await main(['accounts', 'audit', '-', '--as-of', 'kemarin'], io)).toBe(2);
    expect(stderr()).toContain('--as-of harus tanggal YYYY-MM-DD, bukan "kemarin"');
  });

  it('leaves out the columns a register carries beyond the audit’s, and says so', async () => {
    const { io, stdout, stderr } = memoryIo('unit,platform,handle,followers\nKPKNL Bogor,x,kpknlbogor,1200\n');
    expect(await main(['accounts', 'audit', '-', '--lang', 'en'], io)).toBe(0);
    expect(stderr()).toContain('-:1: columns the audit does not use, left out: followers.');
    expect(stdout()).not.toContain('followers');
  });

  it('names an unknown column beside a missing required one: most likely its misspelling', async () => {
    const { io, stderr } = memoryIo('unit,platfrom,handle\nKPKNL Bogor,x,kpknlbogor\n');
    expect(await main(['accounts', 'audit', '-'], io)).toBe(2);
    expect(stderr()).toContain('kolom tidak dikenal: platfrom. kolom wajib tidak ada: platform.');
  });
});
