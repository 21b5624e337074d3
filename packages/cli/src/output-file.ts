import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { LocalizedText } from '@pedoman-medsos/core';
import type { OptionSpec } from './command';
import { CliError } from './errors';
import type { Io } from './io';

/** `--force`: the one way to replace an existing file; an input is never replaced. */
export const forceOption = {
  type: 'boolean',
  description: {
    id: 'Timpa berkas hasil yang sudah ada (berkas masukan tidak pernah ditimpa).',
    en: 'Replace output files that exist (an input file is never replaced).',
  },
} as const satisfies OptionSpec;

/** How a command may write its files. */
export interface OutputOptions {
  command: string;
  /** Replace existing files (`--force`). */
  force: boolean;
  /** Files the command reads: never written over, even with `force`. */
  inputs: readonly string[];
}

type Stats = Awaited<ReturnType<typeof stat>>;
const statOf = (path: string): Promise<Stats | undefined> => stat(path).catch(() => undefined);

function writeProblem(name: string, code: string | undefined): LocalizedText {
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? { id: 'tidak ada izin menulis di sana', en: 'no permission to write there' }
      : code === 'EROFS'
        ? { id: 'lokasinya hanya-baca', en: 'the location is read-only' }
        : code === 'ENOSPC'
          ? { id: 'disk penuh', en: 'the disk is full' }
          : { id: `penulisan gagal (${code})`, en: `the write failed (${code})` };
  return { id: `Tidak dapat menulis "${name}": ${reason.id}.`, en: `Cannot write "${name}": ${reason.en}.` };
}

/** Refuses a folder that is missing or is a file, naming it. */
async function checkFolder(folder: string, shown: string, command: string): Promise<void> {
  const found = await statOf(folder);
  if (!found) {
    throw new CliError(
      { id: `Folder "${shown}" tidak ada; buat dulu.`, en: `The folder "${shown}" does not exist; create it first.` },
      command,
    );
  }
  if (!found.isDirectory()) {
    throw new CliError({ id: `"${shown}" adalah berkas, bukan folder.`, en: `"${shown}" is a file, not a folder.` }, command);
  }
}

/** Refuses to write `path` over an input or, without `force`, over any existing file. */
async function checkTarget(path: string, name: string, options: OutputOptions): Promise<void> {
  const target = await statOf(path);
  if (!target) return;
  if (target.isDirectory()) {
    throw new CliError(
      { id: `"${name}" adalah folder; berikan nama berkas di dalamnya.`, en: `"${name}" is a folder; give a file name inside it.` },
      options.command,
    );
  }
  for (const input of options.inputs) {
    const read = await statOf(input);
    if (read && read.dev === target.dev && read.ino === target.ino) {
      throw new CliError(
        {
          id: `"${name}" adalah berkas masukan; hasil tidak pernah menimpanya. Pilih nama lain.`,
          en: `"${name}" is the input file; output never replaces it. Choose another name.`,
        },
        options.command,
      );
    }
  }
  if (!options.force) {
    throw new CliError(
      { id: `"${name}" sudah ada; tambahkan --force untuk menimpanya.`, en: `"${name}" already exists; add --force to replace it.` },
      options.command,
    );
  }
}

/** Checks, before any work, that `name` may be written (see {@link writeOutputFile}); returns its absolute path. */
export async function checkOutputFile(name: string, io: Io, options: OutputOptions): Promise<string> {
  const path = resolve(io.cwd, name);
  await checkFolder(dirname(path), dirname(name), options.command);
  await checkTarget(path, name, options);
  return path;
}

/**
 * Writes a command's output file. Refuses (exit 2, with the fix) an input, an existing file
 * without `--force`, a folder, or a missing parent folder; writes through a temporary file and a
 * rename, so a failed write leaves neither half a file nor a damaged earlier one.
 */
export async function writeOutputFile(name: string, data: string | Uint8Array, io: Io, options: OutputOptions): Promise<void> {
  const path = await checkOutputFile(name, io, options);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new CliError(writeProblem(name, (error as NodeJS.ErrnoException).code), options.command);
  }
}

/**
 * Prepares an output folder for `fileNames`: creates it when only it is missing (never a chain of
 * folders: a typo should not grow a tree), and checks every file before any is written, so a
 * refusal leaves the folder as it was. Returns a writer for the files.
 */
export async function prepareOutputFolder(
  name: string,
  fileNames: readonly string[],
  io: Io,
  options: OutputOptions,
): Promise<(fileName: string, data: Uint8Array) => Promise<void>> {
  const folder = resolve(io.cwd, name);
  const found = await statOf(folder);
  if (found && !found.isDirectory()) {
    throw new CliError({ id: `"${name}" adalah berkas, bukan folder.`, en: `"${name}" is a file, not a folder.` }, options.command);
  }
  if (!found) await checkFolder(dirname(folder), dirname(name), options.command);
  for (const fileName of fileNames) await checkTarget(join(folder, fileName), join(name, fileName), options);
  if (!found) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(writeProblem(name, error.code), options.command);
    });
  }
  // Each file was checked above; `force` lets the rename replace what the check allowed.
  const writeOptions = { ...options, force: true };
  return (fileName, data) => writeOutputFile(join(name, fileName), data, io, writeOptions);
}
