import { type LocalizedText, platforms } from '@pedoman-medsos/core';
// The self-contained browser build of csv-parse (no Node Buffer): the package root runs in the handbook's tools.
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import { type RegisterRow, registerColumns, registerRowSchema, yesNoSpellings } from './schema/register-row';

/** One register row read from CSV: the line it starts on, the typed row, and the columns the register does not define. */
export interface RegisterCsvRow {
  /** The line of the CSV text the row starts on (1 is the header). */
  line: number;
  /** The row as {@link auditAccounts} reads it. */
  row: RegisterRow;
  /** Cells of columns the register does not define (`followers`, `notes`…), kept as text. */
  extra: Record<string, string>;
}

/** Why a line gave no row (or the file no rows at all): the line, the column when one is to blame, the reason. */
export interface RegisterCsvProblem {
  line: number;
  column?: string;
  message: LocalizedText;
}

/** The result of {@link parseRegisterCsv}: every row it could read, and a problem for every line it could not. */
export interface RegisterCsvResult {
  rows: RegisterCsvRow[];
  problems: RegisterCsvProblem[];
}

const requiredColumns = ['unit', 'platform', 'handle'] as const;
const list = (names: readonly string[]) => names.join(', ');

/** What each typed column accepts, for the problem naming a cell it cannot read (built when first needed: a page checking handles only does not carry it). */
const expectedOf = (): Partial<Record<keyof RegisterRow, LocalizedText>> => ({
  unit: { id: 'nama unit, tidak boleh kosong', en: 'the unit’s name, not blank' },
  handle: { id: 'handle, tidak boleh kosong', en: 'a handle, not blank' },
  platform: { id: `salah satu dari ${list(platforms.map((p) => p.id))}`, en: `one of ${list(platforms.map((p) => p.id))}` },
  accountType: { id: 'page, business, creator atau personal', en: 'page, business, creator or personal' },
  lastPostDate: { id: 'tanggal YYYY-MM-DD yang ada', en: 'a real date as YYYY-MM-DD' },
  twoFactor: { id: `ya/tidak (${list(yesNoSpellings)})`, en: `yes/no (${list(yesNoSpellings)})` },
  verified: { id: `ya/tidak (${list(yesNoSpellings)})`, en: `yes/no (${list(yesNoSpellings)})` },
});

type Parsed = { record: string[]; raw: string; info: { lines: number } };

/** The line a record starts on: csv-parse counts to its end, and a quoted cell may span lines. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** Problems of the header row: duplicate or missing columns stop the reading, unknown ones are kept. */
function headerProblems(header: readonly string[]): RegisterCsvProblem[] {
  const duplicates = header.filter((name, index) => header.indexOf(name) !== index);
  const missing = requiredColumns.filter((name) => !header.includes(name));
  const problems: RegisterCsvProblem[] = [];
  if (duplicates.length > 0) {
    problems.push({
      line: 1,
      message: {
        id: `Kolom muncul dua kali: ${list(duplicates)}; hapus salah satunya.`,
        en: `Columns appear twice: ${list(duplicates)}; remove one of each.`,
      },
    });
  }
  if (missing.length > 0) {
    problems.push({
      line: 1,
      message: {
        id: `Kolom wajib tidak ada: ${list(missing)}. Baris pertama harus berisi nama kolom; wajib: ${list(requiredColumns)}; boleh juga: ${list(registerColumns.filter((c) => !(requiredColumns as readonly string[]).includes(c)))}.`,
        en: `Required columns missing: ${list(missing)}. The first line must name the columns; required: ${list(requiredColumns)}; optional: ${list(registerColumns.filter((c) => !(requiredColumns as readonly string[]).includes(c)))}.`,
      },
    });
  }
  return problems;
}

/** The typed row of one record, or the problems of its cells. */
function readRow(header: readonly string[], cells: readonly string[], line: number): RegisterCsvRow | RegisterCsvProblem[] {
  const known: Record<string, string> = {};
  const extra: Record<string, string> = {};
  header.forEach((column, index) => {
    const target = (registerColumns as readonly string[]).includes(column) ? known : extra;
    target[column] = cells[index] ?? '';
  });
  const parsed = registerRowSchema.safeParse(known);
  if (parsed.success) return { line, row: parsed.data, extra };
  const columns = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
  const expected = expectedOf();
  return columns.map((column) => {
    const wanted = expected[column as keyof RegisterRow] ?? { id: 'nilai yang sah', en: 'a valid value' };
    const value = JSON.stringify(known[column] ?? '');
    return {
      line,
      column,
      message: {
        id: `Kolom ${column}: ${value} tidak dapat dibaca; harus ${wanted.id}.`,
        en: `Column ${column}: ${value} cannot be read; it must be ${wanted.en}.`,
      },
    };
  });
}

/**
 * Reads the official-account register as units keep it, a CSV text with a header row (the same
 * parser, csv-parse, as the CLI): the columns of {@link registerColumns}, of which `unit`,
 * `platform` and `handle` are required. Columns it does not know are kept in each row's `extra`,
 * not rejected. Yes/no cells accept {@link yesNoSpellings} in any case; a blank date, yes/no or
 * account-type cell reads as not filled in. Never throws: a line it cannot read (broken quotes, a
 * wrong number of cells, a cell of the wrong kind) is a problem at its line, and the other rows are
 * still read. Pass `rows.map((r) => r.row)` to {@link auditAccounts}. For registers too large for
 * memory, the CLI (`pedoman accounts audit`) reads row by row.
 */
export function parseRegisterCsv(text: string): RegisterCsvResult {
  let records: Parsed[];
  try {
    const options = { bom: true, info: true, raw: true, trim: true, skip_empty_lines: true, relax_column_count: true } as const;
    records = parse(String(text ?? ''), options) as unknown as Parsed[];
  } catch (error) {
    const line = error instanceof CsvError ? (error as CsvError & { lines?: number }).lines : undefined;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      rows: [],
      problems: [
        {
          line: line ?? 1,
          message: {
            id: `CSV tidak valid — ${reason}. Periksa tanda kutip pada baris itu.`,
            en: `Invalid CSV — ${reason}. Check the quotes on that line.`,
          },
        },
      ],
    };
  }
  const [first, ...body] = records;
  if (!first)
    return {
      rows: [],
      problems: [
        {
          line: 1,
          message: { id: 'Teks kosong: baris pertama harus berisi nama kolom.', en: 'Empty text: the first line must name the columns.' },
        },
      ],
    };
  const header = first.record.map((cell) => cell.trim());
  const problems = headerProblems(header);
  if (problems.length > 0) return { rows: [], problems };
  const rows: RegisterCsvRow[] = [];
  for (const { record, raw, info } of body) {
    const line = startLine(info.lines, raw);
    if (record.length !== header.length) {
      problems.push({
        line,
        message: {
          id: `Baris ini berisi ${record.length} sel, sedangkan judul kolom ${header.length}; periksa koma dan tanda kutip.`,
          en: `This row has ${record.length} cells while the header has ${header.length}; check its commas and quotes.`,
        },
      });
      continue;
    }
    const read = readRow(header, record, line);
    if (Array.isArray(read)) problems.push(...read);
    else rows.push(read);
  }
  return { rows, problems };
}
