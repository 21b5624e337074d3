import { stringify } from 'csv-stringify/sync';

/**
 * One CSV line for a spreadsheet. Cells that start with `=`, `+`, `-`, `@`, a tab or a carriage
 * return get a leading `'` (csv-stringify's `escape_formulas`, the OWASP rule against CSV
 * injection): a handle or unit name from a register must never run as a formula when the report
 * is opened in Excel or LibreOffice.
 */
export function csvLine(cells: readonly (string | number)[]): string {
  return stringify([cells.map(String)], { escape_formulas: true });
}
