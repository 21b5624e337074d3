// The self-contained browser build: the handbook's tool renders the CSV in the page (no Node Buffer there).
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { EvaluationResult } from './evaluate';
import type { IndicatorValue } from './indicators';

/** The CSV header of the report: one row per account and indicator, then one per indicator for the institution. */
export const reportCsvColumns = [
  'unit',
  'platform',
  'account',
  'registered',
  'indicator',
  'numerator',
  'denominator',
  'value',
  'target',
  'met',
] as const;

/**
 * The report as CSV for spreadsheets. Cells that a spreadsheet would run as a formula (`=`, `+`,
 * `-`, `@` first) are escaped (OWASP CSV injection), as the CLI's other CSV output is.
 */
export function renderCsvReport(result: EvaluationResult): string {
  const rows: (string | number | boolean)[][] = [];
  const row = (who: readonly (string | boolean)[], value: IndicatorValue) => [
    ...who,
    value.id,
    value.numerator,
    value.denominator,
    value.value ?? '',
    value.target ?? '',
    value.met ?? '',
  ];
  for (const unit of result.units) {
    for (const account of unit.accounts) {
      for (const value of account.indicators) rows.push(row([unit.unit, account.platform, account.account, account.registered], value));
    }
  }
  for (const value of result.institution) rows.push(row(['(instansi / institution)', '', '', ''], value));
  return stringify(rows, {
    header: true,
    columns: [...reportCsvColumns],
    escape_formulas: true,
    cast: { boolean: (value) => (value ? 'ya' : 'tidak') },
  });
}
