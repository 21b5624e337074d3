import { formatSourceErrors, readYamlSource } from '@pedoman-medsos/core/pipeline';
import type { z } from 'zod';
import { CliError } from './errors';
import { readTextInput } from './input';
import type { Io } from './io';

/** A profile or term list is a few kilobytes; anything far larger is the wrong file. */
const maxYamlBytes = 4 * 1024 * 1024;
/** Each source error takes four lines (place, Indonesian, English, blank): ten fill a screen. */
const shownErrors = 10;

/**
 * Reads a YAML file the user gave (a profile, a term list) and validates it. Errors are printed
 * with file:line:column and the field — the first few, then a count — and the command stops
 * with exit 2. A binary or non-UTF-8 file is refused before it is parsed.
 */
export async function readYamlFile<S extends z.ZodType>(path: string, schema: S, io: Io, command: string): Promise<z.output<S>> {
  const text = await readTextInput(path, io, {
    command,
    maxBytes: maxYamlBytes,
    expected: { id: 'berkas YAML UTF-8', en: 'a UTF-8 YAML file' },
  });
  const result = readYamlSource(text, schema, path);
  if (!result.ok) {
    io.stderr.write(formatSourceErrors(result.errors, { limit: shownErrors }));
    throw new CliError(
      {
        id: `"${path}" tidak valid (${result.errors.length} masalah, lihat di atas).`,
        en: `"${path}" is invalid (${result.errors.length} problems, see above).`,
      },
      command,
    );
  }
  return result.data;
}
