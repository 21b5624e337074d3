import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRow, readCsvRows } from './csv-input';
import { CliError } from './errors';
import { memoryIo } from './test-io';

const table = { columns: ['unit', 'platform', 'handle', 'bio'], required: ['unit', 'platform', 'handle'] };
const options = { command: 'accounts', expected: { id: 'CSV', en: 'CSV' } };

async function readAll(text: string): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows('-', memoryIo(text).io, table, options)) rows.push(row);
  return rows;
}

// Spaces around a cell are trimmed; inside quotes they are the cell's own.
// A cell with commas, quotes and line breaks, written as a spreadsheet writes it (quoted when needed).
const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é', '🙏'), maxLength: 8 });
const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

describe('readCsvRows', () => {
  it('gives each record the line it starts on, whatever line breaks its cells hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        async (records, blanks) => {
          let text = 'unit,platform,handle,bio\n';
          const starts: number[] = [];
          records.forEach(([unit, bio], index) => {
            if (blanks[index]) text += '\n'; // blank lines between records are skipped, still counted
            starts.push(text.split('\n').length);
            text += `${quote(`KPKNL ${unit}`)},x,h${index},${quote(bio)}\n`;
          });
          const rows = await readAll(text);
          expect(rows.map((row) => row.line)).toEqual(starts);
          expect(rows.map((row) => ('record' in row ? row.record.bio : undefined))).toEqual(
            records.map(([, bio]) => (quote(bio) === bio ? bio.trim() : bio)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads CRLF files and a UTF-8 byte-order mark as Excel writes them', async () => {
    const rows = await readAll('\ufeffunit,platform,handle\r\nKPKNL Bandung,instagram,kpknlbandung\r\n');
    expect(rows).toEqual([{ line: 2, record: { unit: 'KPKNL Bandung', platform: 'instagram', handle: 'kpknlbandung' } }]);
  });

  it('stops at an unclosed quote with the line and what to check', async () => {
    const error = await readAll('unit,platform,handle\nKPKNL "Bandung,x,h\n').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).text.en).toMatch(/^-:2: invalid CSV — .*Check the quotes on that line\.$/);
  });
});
