import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditAccounts } from './audit-accounts';
import { parseRegisterCsv } from './parse-register-csv';
import { ministryExampleProfile } from './profiles';

describe('parseRegisterCsv', () => {
  it('reads typed rows with their lines, and keeps columns the register does not define', () => {
    const { rows, problems } = parseRegisterCsv(
      'unit,platform,handle,twoFactor,verified,lastPostDate,followers\nKPKNL Bandung,x,@kpknlbandung,Ya,TIDAK,,1200\n"KPKNL\nBogor",instagram,kpknlbogor,y,0,2026-11-01,80\n',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.row.handle, r.row.twoFactor, r.row.verified, r.row.lastPostDate, r.extra])).toEqual([
      [2, '@kpknlbandung', true, false, undefined, { followers: '1200' }],
      [3, 'kpknlbogor', true, false, '2026-11-01', { followers: '80' }],
    ]);
  });

  it('reports each unreadable line and cell with its line and column, and reads the rest', () => {
    const { rows, problems } = parseRegisterCsv(
      'unit,platform,handle,twoFactor\nKPKNL Bandung,twitter,kpknlbandung,mungkin\nKPKNL Bogor,x\nKPKNL Medan,x,kpknlmedan,ya\n',
    );
    expect(rows.map((r) => r.line)).toEqual([4]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'platform'],
      [2, 'twoFactor'],
      [3, undefined],
    ]);
    expect(problems[1]?.message.en).toBe(
      'Column twoFactor: "mungkin" cannot be read; it must be yes/no (ya, yes, y, true, 1, tidak, no, n, false, 0).',
    );
  });

  it('refuses a header without the required columns, an empty text and broken quotes, without throwing', () => {
    expect(parseRegisterCsv('unit,handle\nKPKNL Bandung,x').problems[0]?.message.en).toMatch(/^Required columns missing: platform\./);
    expect(parseRegisterCsv('').problems.map((p) => p.line)).toEqual([1]);
    const broken = parseRegisterCsv('unit,platform,handle\nKPKNL Bandung,x,"kpknl\n');
    expect(broken.rows).toEqual([]);
    expect(broken.problems[0]?.message.en).toMatch(/^Invalid CSV/);
  });

  it('reads the section D register, ready for auditAccounts', () => {
    const text = readFileSync(new URL('../fixtures/register-section-d.csv', import.meta.url), 'utf8');
    const { rows, problems } = parseRegisterCsv(text);
    expect(problems).toEqual([]);
    const result = auditAccounts(
      rows.map((r) => r.row),
      ministryExampleProfile,
      { asOf: '2026-11-22' },
    );
    expect(result.rows.length).toBe(rows.length);
  });
});
