import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatSourceErrors, readYamlSource } from '@pedoman-medsos/core/pipeline';
import type { z } from 'zod';
import { CliError } from './errors';
import type { Io } from './io';

/**
 * Reads a YAML file the user gave (a profile, a term list) and validates it. Errors are printed
 * with file:line:column and the field, then the command stops with exit 2.
 */
export async function readYamlFile<S extends z.ZodType>(path: string, schema: S, io: Io, command: string): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch {
    throw new CliError({ id: `Tidak dapat membaca "${path}".`, en: `Cannot read "${path}".` }, command);
  }
  const result = readYamlSource(text, schema, path);
  if (!result.ok) {
    io.stderr.write(formatSourceErrors(result.errors));
    throw new CliError({ id: `"${path}" tidak valid (lihat di atas).`, en: `"${path}" is invalid (see above).` }, command);
  }
  return result.data;
}
