import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from './errors';
import type { Io } from './io';

/** Reads a whole text input: a file path, or `-` (or nothing) for standard input. */
export async function readTextInput(source: string | undefined, io: Io): Promise<string> {
  if (source === undefined || source === '-') {
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    return text + decoder.decode();
  }
  try {
    return await readFile(resolve(io.cwd, source), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? { id: 'berkas tidak ada', en: 'no such file' }
        : code === 'EISDIR'
          ? { id: 'ini sebuah folder, bukan berkas', en: 'it is a folder, not a file' }
          : { id: `tidak dapat dibaca (${code})`, en: `cannot be read (${code})` };
    throw new CliError({ id: `Tidak dapat membaca "${source}": ${reason.id}.`, en: `Cannot read "${source}": ${reason.en}.` });
  }
}
