import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RegisterRow } from '@pedoman-medsos/account-naming';
import { ConfigError } from '@pedoman-medsos/core';
import { parse } from 'csv-parse';
import type { Evaluation } from './evaluate';
import { type FedCounts, type FileProblem, feedRows, folderFiles, jsonlRow, registerFromRows, type SourceRow } from './feed-rows';
import type { UnitTimeZone } from './response-time';

/** The first of `names` present in `dir`, or undefined. */
const findFile = (dir: string, names: readonly string[]) => names.find((name) => existsSync(join(dir, name)));

/** Rows of a CSV or JSONL file with their line numbers, streamed (a file of millions of rows is never held whole). */
async function* rowsOf(path: string): AsyncGenerator<SourceRow> {
  if (path.endsWith('.jsonl')) {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })) {
      const row = jsonlRow(text, ++line);
      if (row) yield row;
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

/** Reads the register of the folder (accounts.csv): typed rows, unknown columns kept out of the typed row. */
export async function readRegister(dir: string, problems: FileProblem[]): Promise<RegisterRow[]> {
  const name = findFile(dir, folderFiles.register);
  if (!name) {
    throw new ConfigError({
      id: `${dir}: tidak ada accounts.csv (register akun resmi). Letakkan register di folder ini.`,
      en: `${dir}: no accounts.csv (the register of official accounts). Put the register in this folder.`,
    });
  }
  return registerFromRows(name, rowsOf(join(dir, name)), problems);
}

/** Streams the posts and comments of the folder into the evaluation; rows that cannot be read become problems. */
export async function feedFolder(
  dir: string,
  evaluation: Evaluation,
  problems: FileProblem[],
  options: { timeZone?: UnitTimeZone } = {},
): Promise<FedCounts> {
  const counts: FedCounts = { posts: 0, comments: 0 };
  const into = { evaluation, problems, counts, timeZone: options.timeZone ?? 'WIB' };
  for (const kind of ['posts', 'comments'] as const) {
    for (const name of filesOf(dir, kind)) await feedRows(kind, name, rowsOf(join(dir, name)), into);
  }
  return counts;
}

/**
 * The files of one kind: `posts.csv` or `posts.jsonl` in the folder, and every `.csv` and `.jsonl`
 * in a `posts/` subfolder — the platforms export one file per account, each read with its own header.
 */
function filesOf(dir: string, kind: 'posts' | 'comments'): string[] {
  const single = findFile(dir, folderFiles[kind]);
  const folder = join(dir, kind);
  const many =
    existsSync(folder) && statSync(folder).isDirectory()
      ? readdirSync(folder)
          .filter((name) => /\.(csv|jsonl)$/i.test(name))
          .sort()
          .map((name) => join(kind, name))
      : [];
  return [...(single ? [single] : []), ...many];
}
