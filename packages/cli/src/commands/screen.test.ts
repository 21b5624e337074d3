import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';
import { highlight } from './screen';

const asOf = ['--as-of', '2026-11-22'];

describe('pedoman screen', () => {
  it('highlights findings in the original text and exits 1 on a blocking one', async () => {
    const { io, stdout } = memoryIo('Mantap, 𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 hari ini');
    expect(await main(['screen', '--mode', 'comment', ...asOf], io)).toBe(1);
    expect(stdout()).toContain('Mantap, ⟦𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑⟧ hari ini');
    expect(stdout()).toContain('Judi daring: "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑" (dibaca "slot gacor"). → hide');
    expect(stdout()).toContain('Hasil: hide — sembunyikan');
  });

  it('prints the text’s last line break once, not as an empty line', async () => {
    const { io, stdout } = memoryIo('Mantap, 𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 hari ini\n');
    await main(['screen', ...asOf], io);
    expect(stdout()).toContain('hari ini\n\n1. [error]');
  });

  it('exits 0 for a clean text, and 0 for findings that only need review', async () => {
    expect(await main(['screen', ...asOf], memoryIo('Pelayanannya lambat, mohon diperbaiki.').io)).toBe(0);
    const review = memoryIo('Sebarkan sebelum dihapus!');
    expect(await main(['screen', '--mode', 'draft', '--lang', 'en', ...asOf], review.io)).toBe(0);
    expect(review.stdout()).toContain('Verdict: needs-approval');
    const held = memoryIo('Asli gak bohong, di ALEXIS17 ada fitur quick login.');
    expect(await main(['screen', '--mode', 'comment', ...asOf], held.io)).toBe(0);
    expect(held.stdout()).toContain('Hasil: hold — tahan dulu: tinjau, lalu tampilkan atau sembunyikan');
  });

  it('gives the result as JSON with spans into the original', async () => {
    const text = 'hubungi 0812-3456-7890';
    const { io, stdout } = memoryIo(text);
    await main(['screen', '--json', ...asOf], io);
    const result = JSON.parse(stdout());
    expect(result.verdict).toBe('hide');
    const span = result.findings[0].location;
    expect(text.slice(span.start, span.end)).toBe('0812-3456-7890');
  });

  it('streams JSON Lines, one result per line, and reports a bad line by number', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'slot gacor' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'Terima kasih informasinya' }),
    ].join('\n');
    const { io, stdout, stderr } = memoryIo(input);
    expect(await main(['screen', '--jsonl', ...asOf], io)).toBe(2);
    const lines = stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id ?? line.line)).toEqual(['a', 2, 'b']);
    expect(lines[0].action).toBe('hide');
    expect(lines[2]).toEqual({ id: 'b', line: 3, action: 'allow', findings: [] });
    expect(stderr()).toContain('pedoman: -:2: bukan JSON; setiap baris harus satu objek {"id","text"}');
  });

  it('answers a line that is not UTF-8 in place, with its line and byte, and goes on', async () => {
    const good = Buffer.from(`${JSON.stringify({ id: 'a', text: 'halo' })}\n`);
    const bad = Buffer.concat([Buffer.from('{"id":"b","text":"caf'), Buffer.of(0xe9), Buffer.from('"}\n')]);
    const { io, stdout, stderr } = memoryIo('');
    io.stdin = (async function* () {
      yield Buffer.concat([good, bad, good]);
    })();
    expect(await main(['screen', '--jsonl', '--lang', 'en', ...asOf], io)).toBe(2);
    const lines = stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id ?? line.line)).toEqual(['a', 2, 'a']);
    expect(stderr()).toContain('pedoman: -:2: not valid UTF-8 text (byte 22 of this line).');
  });

  it('adds an institution’s lists from a YAML file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-screen-'));
    writeFileSync(join(dir, 'calon.yaml'), 'lists:\n  - category: partisan\n    terms: [Budi Santoso]\n');
    const { io, stdout } = memoryIo('Dukung Budi Santoso!', { cwd: dir });
    expect(await main(['screen', '--mode', 'draft', '--config', 'calon.yaml', ...asOf], io)).toBe(1);
    expect(stdout()).toContain('⟦Budi Santoso⟧');
  });

  it('publishes the institution’s own service number and office address given in the configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-screen-'));
    const draft = 'Hubungi WA 0811-2233-4455, kantor Jl. Pramuka No. 7 RT 01 RW 02.';
    const contacts = 'officialContacts:\n  phones: [0811-2233-4455]\n  addresses: ["Jl. Pramuka No. 7 RT 01 RW 02, Banjarmasin"]\n';
    writeFileSync(join(dir, 'instansi.yaml'), contacts);
    const configured = memoryIo(draft, { cwd: dir });
    expect(await main(['screen', '--mode', 'draft', '--config', 'instansi.yaml', ...asOf], configured.io)).toBe(0);
    const plain = memoryIo(draft, { cwd: dir });
    expect(await main(['screen', '--mode', 'draft', ...asOf], plain.io)).toBe(1);
    expect(plain.stdout()).toContain('⟦0811-2233-4455⟧');
    expect(plain.stdout()).toContain('⟦Jl. Pramuka No. 7 RT 01 RW 02⟧');
  });

  it('reports a wrong configuration with its line and field, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-screen-'));
    writeFileSync(join(dir, 'calon.yaml'), 'lists:\n  - category: partisan\n    term: [Budi]\n');
    const { io, stderr } = memoryIo('x', { cwd: dir });
    expect(await main(['screen', '--config', 'calon.yaml', ...asOf], io)).toBe(2);
    expect(stderr()).toContain('calon.yaml:3:5  lists[0].term');
    expect(stderr()).toContain('pedoman: "calon.yaml" tidak valid');
  });

  it.each([
    [['--mode', 'post'], '--mode harus "draft" atau "comment", bukan "post"'],
    [['--as-of', 'kemarin'], '--as-of harus tanggal'],
    [['--categories', 'gambling,politik'], 'Kategori "politik" tidak dikenal'],
  ])('refuses %j with exit 2', async (args, message) => {
    const { io, stderr } = memoryIo('x');
    expect(await main(['screen', ...args], io)).toBe(2);
    expect(stderr()).toContain(message);
  });
});

describe('highlight', () => {
  it('marks each span once, in order, even when spans overlap', () => {
    const findings = [
      { location: { kind: 'span', start: 0, end: 4 } },
      { location: { kind: 'span', start: 2, end: 6 } },
      { location: { kind: 'span', start: 6, end: 7 } },
    ] as never;
    expect(highlight('abcdefgh', findings, false)).toBe('⟦abcd⟧ef⟦g⟧h');
    expect(highlight('abcdefgh', findings, true)).toBe('\x1b[7mabcd\x1b[27mef\x1b[7mg\x1b[27mh');
  });
});
