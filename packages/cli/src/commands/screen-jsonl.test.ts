import { describe, expect, it } from 'vitest';
import type { Io } from '../io';
import { main } from '../main';
import { memoryIo } from '../test-io';

const asOf = ['--as-of', '2026-11-22'];
const record = (id: unknown, text: unknown) => JSON.stringify({ id, text });

/** An input of `lines` records, every third one gambling spam, every seventh without an id. */
function manyLines(lines: number): string {
  return Array.from({ length: lines }, (_, index) => {
    const text = index % 3 === 0 ? `slot gacor ${index} maxwin` : `terima kasih infonya ${index}`;
    return index % 7 === 0 ? JSON.stringify({ text }) : record(`c${index}`, text);
  }).join('\n');
}

/** Standard input in pieces of `size` bytes, as a pipe delivers it: many batches, not one. */
function chunked(io: Io, input: string, size: number): void {
  const bytes = Buffer.from(input);
  io.stdin = (async function* () {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  })();
}

async function runJsonl(input: string, args: string[], chunkSize = 1 << 16) {
  const { io, stdout, stderr } = memoryIo('');
  chunked(io, input, chunkSize);
  const code = await main(['screen', '--jsonl', ...asOf, ...args], io);
  const answers = stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  return { code, answers, stdout: stdout(), stderr: stderr() };
}

// Twenty lines of everything an export can hold; before, 18 of them were answered.
const mixed = [
  `\ufeff${record('bom', 'terima kasih')}`,
  record('a', 'slot gacor hari ini'),
  '',
  'not json',
  JSON.stringify({ id: 'no-text' }),
  record('number', 42),
  '   ',
  '[1,2,3]',
  'null',
  JSON.stringify({ text: 'halo admin' }),
  record(7, 'hubungi 0812-3456-7890'),
  `${record('crlf', 'kapan lelang dibuka?')}\r`,
  `\ufeff${record('joined', 'mantap')}`,
  '{"id":"cut","text":"slot',
  record(null, 'pelayanan cepat'),
  record('b', 'Sebarkan sebelum dihapus!'),
  '',
  record({ nested: true }, 'terima kasih'),
  record('c', '𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑'),
  record('last', 'sampai jumpa'),
].join('\n');

describe('pedoman screen --jsonl', () => {
  it.each([['1'], ['2']])('answers every one of 20 lines once, in order, with its id and line (--jobs %s)', async (jobs) => {
    const { code, answers, stderr } = await runJsonl(mixed, ['--jobs', jobs, '--lang', 'en']);
    expect(answers.map((answer) => answer.line)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(answers[0]).toEqual({ id: 'bom', line: 1, action: 'allow', findings: [] });
    expect(answers[2]).toEqual({ line: 3, blank: true });
    expect(answers[3]).toEqual({ line: 4, error: 'not JSON; each line must be one {"id","text"} object' });
    expect(answers[4]).toEqual({ id: 'no-text', line: 5, error: 'no string "text"; each line must be one {"id","text"} object' });
    expect(answers[5]).toMatchObject({ id: 'number', line: 6, error: expect.any(String) });
    expect(answers[6]).toEqual({ line: 7, blank: true });
    expect(answers[9]).toEqual({ line: 10, action: 'allow', findings: [] });
    expect(answers[10]).toMatchObject({ id: 7, line: 11, action: 'hide' });
    expect(answers[11]).toMatchObject({ id: 'crlf', line: 12, action: 'allow' });
    expect(answers[12]).toMatchObject({ id: 'joined', line: 13, action: 'allow' });
    expect(answers[13]).toMatchObject({ line: 14, error: expect.any(String) });
    expect(answers[14]).toMatchObject({ id: null, line: 15, action: 'allow' });
    expect(answers[17]).toMatchObject({ id: { nested: true }, line: 18 });
    expect(answers[18]).toMatchObject({ id: 'c', line: 19, action: 'hide' });
    // The bad lines are named on stderr with where they are; blank lines are not problems.
    expect(stderr).toContain('pedoman: -:4: not JSON');
    expect(stderr).toContain('pedoman: -:14: not JSON');
    expect(stderr).not.toContain('-:3:');
    expect(code).toBe(2);
  });

  it('keeps the input order across threads, and gives the same bytes as one thread', async () => {
    const input = manyLines(3000);
    const one = await runJsonl(input, ['--jobs', '1'], 4096);
    const three = await runJsonl(input, ['--jobs', '3'], 4096);
    expect(three.stdout).toBe(one.stdout);
    expect(three.answers).toHaveLength(3000);
    expect(three.answers.map((answer) => answer.line)).toEqual(Array.from({ length: 3000 }, (_, index) => index + 1));
    expect(three.answers[1]).toMatchObject({ id: 'c1', line: 2 });
    expect(three.answers[7]).not.toHaveProperty('id');
  });

  it('gives the compact form by default and every field with --full', async () => {
    const input = record('a', 'slot gacor hari ini');
    const compact = await runJsonl(input, []);
    expect(compact.answers[0]).toEqual({
      id: 'a',
      line: 1,
      action: 'hide',
      findings: [{ ruleId: 'content.gambling', category: 'gambling', action: 'hide', span: [0, 10], term: 'slot gacor' }],
    });
    const full = await runJsonl(input, ['--full']);
    const finding = full.answers[0].findings[0];
    expect(finding.message).toEqual({ id: 'Judi daring: "slot gacor".', en: 'Online gambling: "slot gacor".' });
    expect(finding.explanation.en).toContain('gambling');
    expect(finding.location).toEqual({ kind: 'span', start: 0, end: 10 });
  });

  it('gives a masked reading, not the personal data, as the compact term', async () => {
    const { answers } = await runJsonl(record('p', 'hubungi 0812-3456-7890'), []);
    expect(answers[0].findings[0]).toMatchObject({ category: 'personal-data', span: [8, 22], term: '••••-••••-7890' });
  });

  it('writes error texts in the --lang language, or both languages with --full', async () => {
    expect((await runJsonl('not json', [])).answers[0].error).toBe('bukan JSON; setiap baris harus satu objek {"id","text"}');
    expect((await runJsonl('not json', ['--lang', 'en'])).answers[0].error).toMatch(/^not JSON/);
    expect((await runJsonl('not json', ['--full'])).answers[0].error).toEqual({
      id: 'bukan JSON; setiap baris harus satu objek {"id","text"}',
      en: 'not JSON; each line must be one {"id","text"} object',
    });
  });

  it.each([
    [
      '0 for clean lines and lines only held for review',
      [record('a', 'terima kasih'), record('b', 'Asli gak bohong, di ALEXIS17 ada fitur quick login.')],
      0,
    ],
    ['1 when any line is hidden', [record('a', 'terima kasih'), record('b', 'slot gacor')], 1],
    ['2 when a line is not a record', [record('a', 'slot gacor'), 'not json'], 2],
    ['0 for blank lines only', ['', ' '], 0],
  ])('exits %s', async (_, lines, code) => {
    for (const jobs of ['1', '2']) expect((await runJsonl(lines.join('\n'), ['--jobs', jobs])).code).toBe(code);
  });

  it.each([
    [['--jsonl', '--jobs', '0'], '--jobs must be a whole number 1–256, not "0"'],
    [['--jsonl', '--jobs', 'many'], 'not "many"; e.g. --jobs 4'],
    [['--jobs', '2'], '--jobs and --full only apply with --jsonl.'],
    [['--full'], '--jobs and --full only apply with --jsonl.'],
  ])('refuses %j with exit 2 and what to write instead', async (args, message) => {
    const { io, stderr } = memoryIo('x');
    expect(await main(['screen', ...args, '--lang', 'en'], io)).toBe(2);
    expect(stderr()).toContain(message);
    expect(stderr()).not.toContain('    at ');
  });

  it('draws progress with comments a second on a terminal only', async () => {
    const terminal = memoryIo(manyLines(50), { tty: true });
    await main(['screen', '--jsonl', '--lang', 'en', '--jobs', '1', ...asOf], terminal.io);
    const clear = '\x1b[K';
    expect(terminal.stderr().startsWith('\rscreen ')).toBe(true);
    expect(terminal.stderr()).toMatch(/ comments · \d+ comments\/s/);
    expect(terminal.stderr().endsWith(`${clear}\r${clear}`)).toBe(true);
    const pipe = memoryIo(manyLines(50));
    await main(['screen', '--jsonl', '--jobs', '1', ...asOf], pipe.io);
    expect(pipe.stderr()).toBe('');
  });
});

/**
 * Standard output as a slow pipe: `write` says "full" past `highWater` unread bytes, and the
 * reader takes 4 KB a turn of the event loop. Records the most ever left unread: a writer that
 * ignores "full" leaves nearly the whole output there, whatever the machine's speed.
 */
function slowPipe(highWater: number) {
  let unread = 0;
  let most = 0;
  let total = 0;
  let drain: (() => void) | undefined;
  const read = () => {
    unread = Math.max(0, unread - 4096);
    if (unread > 0) setImmediate(read);
    if (unread < highWater && drain) {
      const waiting = drain;
      drain = undefined;
      waiting();
    }
  };
  const stream = {
    write(chunk: string) {
      const fresh = unread === 0;
      unread += chunk.length;
      total += chunk.length;
      most = Math.max(most, unread);
      if (fresh) setImmediate(read);
      return unread < highWater;
    },
    once(_: 'drain', listener: () => void) {
      drain = listener;
    },
  };
  return { stream, most: () => most, total: () => total };
}

describe('pedoman screen --jsonl into a slow reader', () => {
  it.each([['1'], ['2']])('holds a bounded amount of output, not the whole of it (--jobs %s)', async (jobs) => {
    const pipe = slowPipe(1 << 16);
    const { io } = memoryIo('');
    io.stdout = pipe.stream;
    chunked(io, manyLines(40_000), 1 << 16);
    await main(['screen', '--jsonl', '--jobs', jobs, ...asOf], io);
    expect(pipe.total()).toBeGreaterThan(3_000_000);
    // One 64 KB buffer of this command past the pipe's own 64 KB, with room for a batch's answers.
    expect(pipe.most()).toBeLessThan(400_000);
  });
});
