import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from './errors';
import { readTextInput } from './input';
import { memoryIo } from './test-io';

const options = { command: 'screen', expected: { id: 'teks', en: 'text' } };

describe('readTextInput', () => {
  it('reads standard input for "-" and for no argument', async () => {
    expect(await readTextInput('-', memoryIo('halo, slot 𝐆𝐀𝐂𝐎𝐑').io, options)).toBe('halo, slot 𝐆𝐀𝐂𝐎𝐑');
    expect(await readTextInput(undefined, memoryIo('teks').io, options)).toBe('teks');
  });

  it('reads a file relative to the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pedoman-input-'));
    writeFileSync(join(dir, 'draft.txt'), 'isi');
    expect(await readTextInput('draft.txt', memoryIo('', { cwd: dir }).io, options)).toBe('isi');
  });

  it('turns a missing file into a CliError in both languages', async () => {
    const error = await readTextInput('nope.txt', memoryIo('', { cwd: tmpdir() }).io, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).text).toEqual({
      id: 'Tidak dapat membaca "nope.txt": berkas tidak ada.',
      en: 'Cannot read "nope.txt": no such file.',
    });
  });
});
