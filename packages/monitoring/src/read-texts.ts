import type { InstitutionProfile } from '@pedoman-medsos/account-naming';
// The self-contained browser build of csv-parse: the same parser as the CLI's, without Node's Buffer,
// so that the handbook's tool reads the files in the page.
import { parse } from 'csv-parse/browser/esm/sync';
import { createEvaluation, type EvaluationResult } from './evaluate';
import { type FedCounts, type FileProblem, feedRows, jsonlRow, registerFromRows, type SourceRow } from './feed-rows';
import type { Period } from './period';
import type { UnitTimeZone } from './response-time';

/** A file as the page reads it: its name (`.csv` or `.jsonl` says how to read it) and its text. */
export interface TextFile {
  name: string;
  text: string;
}

function rowsOfText(file: TextFile): SourceRow[] {
  if (file.name.toLowerCase().endsWith('.jsonl')) {
    return file.text.split(/\r?\n/).flatMap((text, index) => jsonlRow(text, index + 1) ?? []);
  }
  let header: string[] | undefined;
  const records = parse(file.text, {
    bom: true,
    columns: (names: string[]) => (header = names.map((name) => name.trim())),
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as unknown as { record: Record<string, unknown>; info: { lines: number } }[];
  return records.map(({ record, info }) => ({ row: record, line: info.lines, ...(header ? { header } : {}) }));
}

/**
 * The evaluation of files held as text (the handbook's tool: files the user drops, never sent
 * anywhere): the same readers and the same evaluation as `pedoman evaluate`, so both give the same
 * figures for the same files.
 */
export async function evaluateTexts(
  files: { register: TextFile; posts?: TextFile | readonly TextFile[]; comments?: TextFile | readonly TextFile[] },
  options: { period: Period; profile: InstitutionProfile; timeZone?: UnitTimeZone },
): Promise<{ result: EvaluationResult; problems: FileProblem[]; counts: FedCounts }> {
  const problems: FileProblem[] = [];
  const register = await registerFromRows(files.register.name, rowsOfText(files.register), problems);
  const timeZone = options.timeZone ?? 'WIB';
  const evaluation = createEvaluation({ period: options.period, register, profile: options.profile, timeZone });
  const counts: FedCounts = { posts: 0, comments: 0 };
  for (const kind of ['posts', 'comments'] as const) {
    // One file per account, as the platforms export them, or one file for all.
    for (const file of [files[kind] ?? []].flat())
      await feedRows(kind, file.name, rowsOfText(file), { evaluation, problems, counts, timeZone });
  }
  return { result: evaluation.finish(), problems, counts };
}
