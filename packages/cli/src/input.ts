import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LocalizedText } from '@pedoman-medsos/core';
import { CliError } from './errors';
import type { Io } from './io';
import { atLine, binaryKind, binaryProblem, decodeUtf8, encodingProblem, lineAndByte, sniffLength } from './text-bytes';

/** What a command reads, so that a refusal can say what it wanted. */
export interface InputOptions {
  /** The command whose help a refusal points to. */
  command: string;
  /** What the input should be, e.g. "a CSV file saved as UTF-8". */
  expected: LocalizedText;
}

/** One line of a line-by-line input: its text, or why it could not be decoded. */
export type InputLine = { number: number; text: string } | { number: number; problem: LocalizedText };

const kib = 1024;
/** A line longer than this is not a record of a line-oriented file: stop rather than buffer it. */
const maxLineBytes = 16 * kib * kib;

function readProblem(source: string, code: string | undefined): LocalizedText {
  const reason =
    code === 'ENOENT'
      ? { id: 'berkas tidak ada', en: 'no such file' }
      : code === 'EISDIR'
        ? { id: 'ini sebuah folder, bukan berkas', en: 'it is a folder, not a file' }
        : code === 'EACCES' || code === 'EPERM'
          ? { id: 'tidak ada izin membacanya', en: 'no permission to read it' }
          : { id: `tidak dapat dibaca (${code})`, en: `cannot be read (${code})` };
  return { id: `Tidak dapat membaca "${source}": ${reason.id}.`, en: `Cannot read "${source}": ${reason.en}.` };
}

/** The input's bytes as they arrive: a file, or standard input for `-` or nothing. */
async function openBytes(source: string | undefined, io: Io, command: string): Promise<AsyncIterable<Uint8Array>> {
  if (source === undefined || source === '-') {
    return (async function* () {
      for await (const chunk of io.stdin) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    })();
  }
  const path = resolve(io.cwd, source);
  try {
    if ((await stat(path)).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  } catch (error) {
    throw new CliError(readProblem(source, (error as NodeJS.ErrnoException).code), command);
  }
  const stream = createReadStream(path);
  await new Promise<void>((ready, fail) => {
    stream.once('open', () => ready());
    stream.once('error', (error: NodeJS.ErrnoException) => fail(new CliError(readProblem(source, error.code), command)));
  });
  return stream;
}

/** Refuses a binary input by its first bytes. */
function refuseBinary(head: Uint8Array, source: string, options: InputOptions): void {
  const kind = binaryKind(head);
  if (kind) throw new CliError(binaryProblem(source === '-' ? 'stdin' : source, kind, options.expected), options.command);
}

/** Decodes one line strictly, or says where its encoding breaks. */
function decodeLine(bytes: Uint8Array, number: number): InputLine {
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? { number, text: decoded.text } : { number, problem: encodingProblem(decoded.invalidAt + 1) };
}

/** Complete lines of a line-by-line input: their bytes (line breaks included) and the number of the first. */
export interface LineBatch {
  first: number;
  bytes: Uint8Array;
}

/** How many lines `bytes` holds: its line breaks, plus a last line without one. */
function lineCount(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) count++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? count + 1 : count;
}

/**
 * The input in batches of whole lines, as read (one chunk of a file or a pipe, ≈ 64 KB): the bulk
 * screener hands them to worker threads undecoded, so the reading thread only finds line breaks.
 * A binary input is refused by its first bytes; a UTF-8 byte-order mark on line 1 is dropped.
 */
export async function* readLineBatches(source: string | undefined, io: Io, options: InputOptions): AsyncGenerator<LineBatch> {
  const name = source ?? '-';
  let pending: Buffer = Buffer.alloc(0);
  let first = 1;
  let start = true;
  for await (const chunk of await openBytes(source, io, options.command)) {
    let buffer = pending.length > 0 ? Buffer.concat([pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (start && buffer.length > 0) {
      refuseBinary(buffer.subarray(0, sniffLength), name, options);
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) buffer = buffer.subarray(3);
      start = false;
    }
    const cut = buffer.lastIndexOf(0x0a) + 1;
    if (cut > 0) {
      const bytes = buffer.subarray(0, cut);
      yield { first, bytes };
      first += lineCount(bytes);
    }
    pending = buffer.subarray(cut);
    if (pending.length > maxLineBytes) {
      throw new CliError(
        {
          id: `${name}:${first}: baris lebih dari 16 MB — apakah ini berkas per baris (JSON Lines/CSV)?`,
          en: `${name}:${first}: a line longer than 16 MB — is this a line-by-line file (JSON Lines/CSV)?`,
        },
        options.command,
      );
    }
  }
  if (pending.length > 0) yield { first, bytes: pending };
}

/**
 * The lines of a batch, each decoded as strict UTF-8 — an undecodable line comes back as a problem
 * with its line and byte, never as U+FFFD. A line's final carriage return (CRLF files) is dropped.
 */
export function* splitLines(batch: LineBatch): Generator<InputLine> {
  // One decoding call for the whole batch where it is valid (nearly always), not one a line. Line
  // breaks are ASCII, so the batch is valid exactly when each of its lines is.
  const whole = decodeUtf8(batch.bytes);
  if ('text' in whole) {
    const lines = whole.text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    for (let index = 0; index < lines.length; index++) {
      const text = lines[index]!;
      const last = index === lines.length - 1 && !whole.text.endsWith('\n');
      yield { number: batch.first + index, text: !last && text.endsWith('\r') ? text.slice(0, -1) : text };
    }
    return;
  }
  yield* splitAndDecode(batch);
}

/** {@link splitLines} line by line, for a batch with a line that is not UTF-8. */
function* splitAndDecode(batch: LineBatch): Generator<InputLine> {
  const { bytes } = batch;
  let number = batch.first;
  let start = 0;
  for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
    const stop = end > start && bytes[end - 1] === 0x0d ? end - 1 : end;
    yield decodeLine(bytes.subarray(start, stop), number++);
    start = end + 1;
  }
  if (start < bytes.length) yield decodeLine(bytes.subarray(start), number);
}

/**
 * The input line by line, each decoded as strict UTF-8 (see {@link splitLines}). Memory holds one
 * chunk and its lines. Hand-written because `readline` decodes leniently and cannot say where the
 * encoding breaks.
 */
export async function* readInputLines(source: string | undefined, io: Io, options: InputOptions): AsyncGenerator<InputLine> {
  for await (const batch of readLineBatches(source, io, options)) yield* splitLines(batch);
}

/** The largest single text (a draft, a message) a command reads whole. */
export const maxTextBytes = kib * kib;

/**
 * Reads a whole text input: a file path, or `-` (or nothing) for standard input. Refuses binary
 * files, invalid UTF-8 (with line and byte) and texts over {@link maxTextBytes} — a post or a
 * message is far shorter; many of them belong in a line-by-line file.
 */
export async function readTextInput(
  source: string | undefined,
  io: Io,
  options: InputOptions & { maxBytes?: number; tooLargeHint?: LocalizedText },
): Promise<string> {
  const name = source ?? '-';
  const limit = options.maxBytes ?? maxTextBytes;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of await openBytes(source, io, options.command)) {
    if (size === 0 && chunk.length > 0) refuseBinary(chunk.subarray(0, sniffLength), name, options);
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) {
      const hint = options.tooLargeHint ?? { id: '', en: '' };
      throw new CliError(
        {
          id: `"${name}" lebih dari ${limit / kib / kib} MB; satu teks tidak sepanjang itu.${hint.id ? ` ${hint.id}` : ''}`,
          en: `"${name}" is larger than ${limit / kib / kib} MB; one text is never that long.${hint.en ? ` ${hint.en}` : ''}`,
        },
        options.command,
      );
    }
  }
  let bytes = Buffer.concat(chunks);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return decoded.text;
  const { line, byte } = lineAndByte(bytes, decoded.invalidAt);
  throw new CliError(atLine(name, line, encodingProblem(byte)), options.command);
}

/** Reads standard input as bytes (an image piped in), refusing more than `maxBytes`. */
export async function readBytesInput(io: Io, options: { command: string; maxBytes: number }): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of await openBytes(undefined, io, options.command)) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > options.maxBytes) {
      const limit = options.maxBytes / kib / kib;
      throw new CliError(
        { id: `Masukan standar lebih dari ${limit} MB.`, en: `Standard input is larger than ${limit} MB.` },
        options.command,
      );
    }
  }
  return Buffer.concat(chunks);
}
