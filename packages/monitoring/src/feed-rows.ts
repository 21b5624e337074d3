import { type RegisterRow, registerColumns, registerRowSchema } from '@pedoman-medsos/account-naming';
import { ConfigError, type LocalizedText } from '@pedoman-medsos/core';
import { detectPostExport, fromYouTubeThread, type PostExportFormat, toGenericPostRow } from './adapters';
import type { Evaluation } from './evaluate';
import { commentColumns, postColumns, type RowProblem, readCommentRow, readPostRow } from './records';
import type { UnitTimeZone } from './response-time';

/** A problem in one file of the folder, as `file:line: column: message`. */
export interface FileProblem extends RowProblem {
  file: string;
}

/** One row of a CSV or JSONL file: its cells by column, its line, and the file's header (CSV). */
export interface SourceRow {
  row: Record<string, unknown>;
  line: number;
  header?: readonly string[];
}

/** The files of an evaluation folder, by what they hold. */
export const folderFiles = {
  register: ['accounts.csv'],
  posts: ['posts.csv', 'posts.jsonl'],
  comments: ['comments.csv', 'comments.jsonl'],
} as const;

const notJson = Symbol('not JSON');

/** A JSONL line as a row (a BOM on the first line dropped), `undefined` for a blank line. */
export function jsonlRow(text: string, line: number): SourceRow | undefined {
  const body = line === 1 ? text.replace(/^\uFEFF/, '') : text;
  if (body.trim() === '') return undefined;
  try {
    const value = JSON.parse(body);
    return { row: typeof value === 'object' && value !== null ? value : {}, line };
  } catch {
    return { row: { [notJson]: true }, line };
  }
}

const missingColumns = (file: string, missing: readonly string[]): ConfigError =>
  new ConfigError({
    id: `${file}:1: kolom wajib tidak ada: ${missing.join(', ')}. Tambahkan kolomnya pada baris judul (lihat README paket @pedoman-medsos/monitoring).`,
    en: `${file}:1: required columns missing: ${missing.join(', ')}. Add them to the header row (see the @pedoman-medsos/monitoring README).`,
  });

function requireColumns(file: string, header: readonly string[] | undefined, required: readonly string[]): void {
  const missing = required.filter((column) => header && !header.includes(column));
  if (missing.length > 0) throw missingColumns(file, missing);
}

const issueText = (message: string | undefined): LocalizedText => ({ id: message ?? 'tidak sah', en: message ?? 'invalid' });

/** The register's rows (accounts.csv), typed; columns the register does not know are left out of the typed row. */
export async function registerFromRows(
  file: string,
  rows: Iterable<SourceRow> | AsyncIterable<SourceRow>,
  problems: FileProblem[],
): Promise<RegisterRow[]> {
  const register: RegisterRow[] = [];
  for await (const { row, line, header } of rows) {
    requireColumns(file, header, ['unit', 'platform', 'handle']);
    const known = Object.fromEntries(Object.entries(row).filter(([column]) => (registerColumns as readonly string[]).includes(column)));
    const parsed = registerRowSchema.safeParse(known);
    if (parsed.success) register.push(parsed.data);
    else
      problems.push({
        file,
        line,
        column: String(parsed.error.issues[0]?.path[0] ?? ''),
        message: issueText(parsed.error.issues[0]?.message),
      });
  }
  return register;
}

/** How many rows of each kind reached the evaluation, and which post export was read. */
export interface FedCounts {
  posts: number;
  comments: number;
  postFormat?: PostExportFormat;
}

/**
 * Feeds the rows of a posts or comments file to the evaluation. A post export of Meta Business
 * Suite or X is recognised by its header and read through its adapter; lines that are not JSON and
 * rows that cannot be read become problems at their line; a missing required column stops the run.
 */
export async function feedRows(
  kind: 'posts' | 'comments',
  file: string,
  rows: Iterable<SourceRow> | AsyncIterable<SourceRow>,
  into: { evaluation: Evaluation; problems: FileProblem[]; counts: FedCounts; timeZone: UnitTimeZone },
): Promise<void> {
  for await (const { row, line, header } of rows) {
    if (notJson in row) {
      into.problems.push({
        file,
        line,
        message: { id: 'baris ini bukan JSON; satu objek JSON per baris', en: 'this line is not JSON; one JSON object per line' },
      });
      continue;
    }
    if (kind === 'posts') {
      const format = header ? detectPostExport(header) : 'generic';
      if (format === 'generic') requireColumns(file, header, postColumns.required);
      into.counts.postFormat ??= format;
      const { record, problems } = readPostRow(toGenericPostRow(format, row, into.timeZone), line);
      for (const problem of problems) into.problems.push({ file, ...problem });
      if (record) {
        into.evaluation.addPost(record);
        into.counts.posts++;
      }
    } else {
      requireColumns(file, header, commentColumns.required);
      const { record, problems } = readCommentRow(fromYouTubeThread(row) ?? row, line);
      for (const problem of problems) into.problems.push({ file, ...problem });
      if (record) {
        into.evaluation.addComment(record);
        into.counts.comments++;
      }
    }
  }
}
