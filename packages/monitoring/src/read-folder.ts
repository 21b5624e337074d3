import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type RegisterRow, registerColumns, registerRowSchema } from '@pedoman-medsos/account-naming';
import { ConfigError, type LocalizedText } from '@pedoman-medsos/core';
import { parse } from 'csv-parse';
import type { Evaluation } from './evaluate';
import { commentColumns, postColumns, type RowProblem, readCommentRow, readPostRow } from './records';

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
): Promise<{ posts: number; comments: number }> {
  const counted = { posts: 0, comments: 0 };
  const kinds = [
    ['posts', postColumns.required, readPostRow, (record: never) => evaluation.addPost(record)],
    ['comments', commentColumns.required, readCommentRow, (record: never) => evaluation.addComment(record)],
  ] as const;
  for (const [kind, required, read, add] of kinds) {
    const path = findFile(dir, folderFiles[kind]);
    if (!path) continue;
    const file = path.slice(dir.length).replace(/^[/\\]/, '');
    for await (const { row, line, header } of rowsOf(path)) {
      const missing = required.filter((column) => header && !header.includes(column));
      if (missing.length > 0) throw missingColumns(file, missing);
      if ('__invalid' in row) {
        problems.push({
          file,
          line,
          message: { id: 'baris ini bukan JSON; satu objek JSON per baris', en: 'this line is not JSON; one JSON object per line' },
        });
        continue;
      }
      const { record, problems: rowProblems } = read(row, line);
      for (const problem of rowProblems) problems.push({ file, ...problem });
      if (!record) continue;
      add(record as never);
      counted[kind]++;
    }
  }
  return counted;
}
