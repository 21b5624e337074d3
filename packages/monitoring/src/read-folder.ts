import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type RegisterRow, registerColumns, registerRowSchema } from '@pedoman-medsos/account-naming';
import { ConfigError, type LocalizedText } from '@pedoman-medsos/core';
import { parse } from 'csv-parse';
import { detectPostExport, type PostExportFormat, toGenericPostRow } from './adapters';
import type { Evaluation } from './evaluate';
import { commentColumns, postColumns, type RowProblem, readCommentRow, readPostRow } from './records';
import type { UnitTimeZone } from './response-time';

/** A problem in one file of the folder, as `file:line: column: message`. */
export interface FileProblem extends RowProblem {
  file: string;
}

/** The files of an evaluation folder, by what they hold. */
export const folderFiles = {
  register: ['accounts.csv'],
  posts: ['posts.csv', 'posts.jsonl'],
  comments: ['comments.csv', 'comments.jsonl'],
} as const;

/** The first of `names` present in `dir`, or undefined. */
const findFile = (dir: string, names: readonly string[]) => names.map((name) => join(dir, name)).find((path) => existsSync(path));

/** Rows of a CSV or JSONL file with their line numbers, streamed (a file of millions of rows is never held whole). */
async function* rowsOf(path: string): AsyncGenerator<{ row: Record<string, unknown>; line: number; header?: string[] }> {
  if (path.endsWith('.jsonl')) {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      const body = line === 1 ? text.replace(/^\uFEFF/, '') : text;
      if (body.trim() === '') continue;
      try {
        const value = JSON.parse(body);
        yield { row: typeof value === 'object' && value !== null ? value : {}, line };
      } catch {
        yield { row: { __invalid: body.slice(0, 40) }, line };
      }
    }
    return;
  }
  let header: string[] | undefined;
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, unknown>; info: { lines: number } }>) {
    yield { row: record, line: info.lines, ...(header ? { header } : {}) };
  }
}

const missingColumns = (file: string, missing: readonly string[]): ConfigError =>
  new ConfigError({
    id: `${file}: kolom wajib tidak ada: ${missing.join(', ')}. Tambahkan kolomnya pada baris judul (lihat README paket @pedoman-medsos/monitoring).`,
    en: `${file}: required columns missing: ${missing.join(', ')}. Add them to the header row (see the @pedoman-medsos/monitoring README).`,
  });

/** Reads the register of the folder (accounts.csv): typed rows, unknown columns kept out of the typed row. */
export async function readRegister(dir: string, problems: FileProblem[]): Promise<RegisterRow[]> {
  const path = findFile(dir, folderFiles.register);
  if (!path) {
    throw new ConfigError({
      id: `${dir}: tidak ada accounts.csv (register akun resmi). Letakkan register di folder ini.`,
      en: `${dir}: no accounts.csv (the register of official accounts). Put the register in this folder.`,
    });
  }
  const rows: RegisterRow[] = [];
  for await (const { row, line, header } of rowsOf(path)) {
    const missing = ['unit', 'platform', 'handle'].filter((column) => header && !header.includes(column));
    if (missing.length > 0) throw missingColumns('accounts.csv', missing);
    const known = Object.fromEntries(Object.entries(row).filter(([column]) => (registerColumns as readonly string[]).includes(column)));
    const parsed = registerRowSchema.safeParse(known);
    if (parsed.success) rows.push(parsed.data);
    else
      problems.push({
        file: 'accounts.csv',
        line,
        column: String(parsed.error.issues[0]?.path[0] ?? ''),
        message: issueText(parsed.error.issues[0]?.message),
      });
  }
  return rows;
}

const issueText = (message: string | undefined): LocalizedText => ({ id: message ?? 'tidak sah', en: message ?? 'invalid' });

/** Streams the posts and comments of the folder into the evaluation; rows that cannot be read become problems. */
export async function feedFolder(
  dir: string,
  evaluation: Evaluation,
  problems: FileProblem[],
  options: { timeZone?: UnitTimeZone } = {},
): Promise<{ posts: number; comments: number; postFormat?: PostExportFormat }> {
  const counted: { posts: number; comments: number; postFormat?: PostExportFormat } = { posts: 0, comments: 0 };
  const zone = options.timeZone ?? 'WIB';
  const postsPath = findFile(dir, folderFiles.posts);
  if (postsPath) {
    counted.postFormat = await feedFile(dir, postsPath, problems, (row, line, header) => {
      const format = header ? detectPostExport(header) : 'generic';
      if (format === 'generic') requireColumns(postsPath, dir, header, postColumns.required);
      const { record, problems: rowProblems } = readPostRow(toGenericPostRow(format, row, zone), line);
      if (record) {
        evaluation.addPost(record);
        counted.posts++;
      }
      return { problems: rowProblems, format };
    });
  }
  const commentsPath = findFile(dir, folderFiles.comments);
  if (commentsPath) {
    await feedFile(dir, commentsPath, problems, (row, line, header) => {
      requireColumns(commentsPath, dir, header, commentColumns.required);
      const { record, problems: rowProblems } = readCommentRow(row, line);
      if (record) {
        evaluation.addComment(record);
        counted.comments++;
      }
      return { problems: rowProblems };
    });
  }
  return counted;
}

const fileName = (dir: string, path: string) => path.slice(dir.length).replace(/^[/\\]/, '');

function requireColumns(path: string, dir: string, header: readonly string[] | undefined, required: readonly string[]): void {
  const missing = required.filter((column) => header && !header.includes(column));
  if (missing.length > 0) throw missingColumns(fileName(dir, path), missing);
}

/** Feeds every row of one file to `take`, turning lines that are not JSON and rows' problems into file problems. */
async function feedFile(
  dir: string,
  path: string,
  problems: FileProblem[],
  take: (
    row: Record<string, unknown>,
    line: number,
    header: readonly string[] | undefined,
  ) => { problems: RowProblem[]; format?: PostExportFormat },
): Promise<PostExportFormat | undefined> {
  const file = fileName(dir, path);
  let format: PostExportFormat | undefined;
  for await (const { row, line, header } of rowsOf(path)) {
    if ('__invalid' in row) {
      problems.push({
        file,
        line,
        message: { id: 'baris ini bukan JSON; satu objek JSON per baris', en: 'this line is not JSON; one JSON object per line' },
      });
      continue;
    }
    const taken = take(row, line, header);
    format ??= taken.format;
    for (const problem of taken.problems) problems.push({ file, ...problem });
  }
  return format;
}
