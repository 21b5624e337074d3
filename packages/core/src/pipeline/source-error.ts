import type { LocalizedText } from '../schema/localized-text';

/** One problem in a guideline source file, pinned to the place an editor must fix. */
export interface SourceError {
  /** Path of the file, relative to the repository when possible. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Field path from the document root, e.g. `platforms[2].handle.maxLength.value`. */
  path: (string | number)[];
  message: LocalizedText;
}

/** A problem that only data from another file reveals, at a field path of the file being read. */
export interface DataProblem {
  path: (string | number)[];
  message: LocalizedText;
}

/** `platforms[2].handle.maxLength` — the notation editors see in JSON Schema tools. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text ? `.${key}` : key;
  return text || '(root)';
}

/**
 * Prints errors the way compilers do (`file:line:column`), so terminals and editors make them
 * clickable, with the reason in Indonesian and English and the field to change. `limit` prints the
 * first errors and counts the rest, so a wrong file gives a screenful, not thousands of lines.
 */
export function formatSourceErrors(errors: readonly SourceError[], options: { limit?: number } = {}): string {
  const shown = errors.slice(0, options.limit ?? errors.length);
  const blocks = shown.map(
    (error) =>
      `${error.file}:${error.line}:${error.column}  ${formatFieldPath(error.path)}\n` +
      `  id: ${error.message.id}\n` +
      `  en: ${error.message.en}`,
  );
  const count = errors.length;
  const header = `✗ ${count} kesalahan pada sumber pedoman / ${count} error${count === 1 ? '' : 's'} in guideline sources`;
  const more = errors.length - shown.length;
  const rest = more > 0 ? `\n\n… ${more} kesalahan lain / ${more} more` : '';
  return `${header}\n\n${blocks.join('\n\n')}${rest}\n`;
}
