import { pipeline, Readable } from 'node:stream';
import type { LocalizedText } from '@pedoman-medsos/core';
import { CsvError, parse } from 'csv-parse';
import type { z } from 'zod';
import { CliError } from './errors';
import { type InputOptions, readInputLines } from './input';
import type { Io } from './io';
import { atLine } from './text-bytes';

/** The table a CSV input must hold. */
export interface CsvTable {
  /** Every column the file may have. */
  columns: readonly string[];
  /** The columns it must have. */
  required: readonly string[];
  /**
   * Columns the table does not know are left out of the rows, and said once on stderr, instead of
   * refusing the file: a register as units keep it carries more (followers, notes).
   */
  ignoreUnknown?: boolean;
}

/** The columns of a zod object schema, and those it cannot do without. */
export function csvTableOf(schema: z.ZodObject): CsvTable {
  const entries = Object.entries(schema.shape) as [string, z.ZodType][];
  return {
    columns: entries.map(([name]) => name),
    required: entries.filter(([, field]) => !field.safeParse(undefined).success).map(([name]) => name),
  };
}

/** One data row: the line it starts on, and its cells by column — or why it has no cells. */
export type CsvRow = { line: number; record: Record<string, string> } | { line: number; problem: LocalizedText };

const list = (names: readonly string[]) => names.join(', ');

/** Refuses a header with duplicate, unknown or missing columns, naming each and the fix. */
function checkHeader(header: string[], table: CsvTable, source: string, command: string): void {
  const fail = (text: LocalizedText) => {
    throw new CliError({ id: `${source}:1: ${text.id}`, en: `${source}:1: ${text.en}` }, command);
  };
  const seen = new Map<string, number>();
  header.forEach((name, index) => {
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) {
      fail({
        id: `kolom "${name}" muncul dua kali (kolom ke-${earlier + 1} dan ke-${index + 1}); hapus salah satunya.`,
        en: `column "${name}" appears twice (columns ${earlier + 1} and ${index + 1}); remove one of them.`,
      });
    }
    seen.set(name.toLowerCase(), index);
  });
  const unknown = header.filter((name) => !table.columns.includes(name));
  const missing = table.required.filter((name) => !header.includes(name));
  // Unknown columns are refused, or — where the table ignores them — named only beside a missing
  // required column, where they are most likely its misspelling.
  if (missing.length === 0 && (unknown.length === 0 || table.ignoreUnknown)) return;
  const parts = [
    unknown.length > 0 ? { id: `kolom tidak dikenal: ${list(unknown)}.`, en: `unknown columns: ${list(unknown)}.` } : undefined,
    missing.length > 0 ? { id: `kolom wajib tidak ada: ${list(missing)}.`, en: `required columns missing: ${list(missing)}.` } : undefined,
    {
      id: `Baris pertama harus berisi nama kolom; wajib: ${list(table.required)}; boleh juga: ${list(table.columns.filter((name) => !table.required.includes(name)))}.`,
      en: `The first line must name the columns; required: ${list(table.required)}; optional: ${list(table.columns.filter((name) => !table.required.includes(name)))}.`,
    },
  ].filter((part) => part !== undefined);
  fail({ id: parts.map((part) => part.id).join(' '), en: parts.map((part) => part.en).join(' ') });
}

/** The line a record starts on: csv-parse counts to its end; a quoted cell may span lines. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}

/** The input's lines as text for the parser; an undecodable line stops the read (it may hold a delimiter). */
async function* decodedLines(source: string | undefined, io: Io, options: InputOptions): AsyncGenerator<string> {
  for await (const line of readInputLines(source, io, options)) {
    if ('problem' in line) throw new CliError(atLine(source ?? '-', line.number, line.problem), options.command);
    yield `${line.text}\n`;
  }
}

function parseFailure(error: unknown, source: string, command: string): unknown {
  if (!(error instanceof CsvError)) return error;
  const line = (error as CsvError & { lines?: number }).lines;
  const where = line ? `${source}:${line}` : source;
  return new CliError(
    {
      id: `${where}: CSV tidak valid — ${error.message}. Periksa tanda kutip pada baris itu.`,
      en: `${where}: invalid CSV — ${error.message}. Check the quotes on that line.`,
    },
    command,
  );
}

/**
 * Reads a CSV input row by row with a real CSV parser: strict UTF-8, a header that must name
 * known, distinct columns including the required ones, and at least one row. A row with the
 * wrong number of cells comes back as a problem at the line it starts on, never dropped
 * silently. Memory holds one row at a time.
 */
export async function* readCsvRows(
  source: string | undefined,
  io: Io,
  table: CsvTable,
  options: InputOptions & { onIgnoredColumns?: (columns: readonly string[]) => void },
): AsyncGenerator<CsvRow> {
  const name = source ?? '-';
  // `pipeline`, not `pipe`: a read or encoding error must reach the loop below, not leave it waiting.
  const parser = pipeline(
    Readable.from(decodedLines(source, io, options)),
    parse({ info: true, raw: true, trim: true, skip_empty_lines: true, relax_column_count: true }),
    () => {},
  );
  let header: string[] | undefined;
  let rows = 0;
  try {
    for await (const { record, raw, info } of parser as AsyncIterable<{ record: string[]; raw: string; info: { lines: number } }>) {
      if (!header) {
        header = record.map((cell) => cell.trim());
        checkHeader(header, table, name, options.command);
        const ignored = header.filter((column) => !table.columns.includes(column));
        if (ignored.length > 0) options.onIgnoredColumns?.(ignored);
        continue;
      }
      rows++;
      const line = startLine(info.lines, raw);
      if (record.length !== header.length) {
        yield {
          line,
          problem: {
            id: `baris ini berisi ${record.length} sel, sedangkan judul kolom ${header.length}; periksa koma dan tanda kutip.`,
            en: `this row has ${record.length} cells while the header has ${header.length}; check its commas and quotes.`,
          },
        };
        continue;
      }
      yield {
        line,
        record: Object.fromEntries(
          header.flatMap((column, index) => (table.columns.includes(column) ? [[column, record[index] ?? '']] : [])),
        ),
      };
    }
  } catch (error) {
    throw parseFailure(error, name, options.command);
  } finally {
    parser.destroy();
  }
  if (rows === 0) {
    throw new CliError(
      header
        ? { id: `${name}: hanya ada judul kolom, tidak ada baris data.`, en: `${name}: only a header, no data rows.` }
        : {
            id: `${name}: kosong. Baris pertama harus berisi nama kolom, mis. ${list(table.required)}.`,
            en: `${name}: empty. The first line must name the columns, e.g. ${list(table.required)}.`,
          },
      options.command,
    );
  }
}
