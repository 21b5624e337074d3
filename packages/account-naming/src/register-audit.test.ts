import { describe, expect, it } from 'vitest';
import { auditAccounts } from './audit-accounts';
import { ministryExampleProfile as profile } from './profiles';
import { createRegisterAudit } from './register-audit';
import { type RegisterRow, registerRowSchema } from './schema/register-row';

const asOf = '2026-11-22';
const row = (unit: string, platform: string, handle: string): RegisterRow => registerRowSchema.parse({ unit, platform, handle });

describe('createRegisterAudit', () => {
  it('gives row by row what auditAccounts gives at once', () => {
    const rows = [
      row('KPKNL Bandung', 'instagram', 'kpknlbandung'),
      row('KPKNL Bandung', 'x', 'BandungKpknl'),
      row('KPKNL Bogor', 'instagram', 'kpknlbogor'),
      row('KPKNL Bogor', 'instagram', 'kpknl.bogor.official'),
    ];
    const audit = createRegisterAudit(profile, { asOf });
    const streamed = rows.map((entry, index) => audit.row(entry, index));
    const whole = auditAccounts(rows, profile, { asOf });
    expect(streamed).toEqual(whole.rows.map((entry) => entry.findings));
    expect(audit.finish()).toEqual(whole.findings);
  });

  it('counts a unit repeated on thirty thousand rows instead of listing every row', () => {
    const audit = createRegisterAudit(profile, { asOf });
    for (let index = 0; index < 30_000; index++) audit.row(row('KPKNL Bandung', 'instagram', 'kpknlbandung'), index);
    const [finding, ...rest] = audit.finish();
    expect(rest).toEqual([]);
    expect(finding?.ruleId).toBe('naming.one-account-per-platform');
    expect(finding?.message.en).toBe('KPKNL Bandung: 30000 official accounts on Instagram (@kpknlbandung ×30000); keep one.');
    expect(finding?.location).toEqual({ kind: 'field', path: ['rows', 1, 'handle'] });
  });

  it('names a few drifting handles and counts the rest, so a finding stays one readable line', () => {
    const audit = createRegisterAudit(profile, { asOf });
    for (let index = 0; index < 500; index++) audit.row(row('KPKNL Bandung', 'instagram', `kpknlbandung${index}`), index);
    const messages = audit.finish().map((finding) => finding.message.en);
    expect(messages).toHaveLength(2);
    for (const message of messages) {
      expect(message.length).toBeLessThan(400);
      expect(message).toMatch(/ and 494 more/);
    }
  });
});

describe('createRegisterAudit with an unreadable asOf', () => {
  it('checks nothing and says once why, instead of skipping dormancy silently', () => {
    const rows = [row('KPKNL Bandung', 'instagram', 'kpknlbandung'), row('KPKNL Bogor', 'x', 'kpknlbogor')];
    const result = auditAccounts(rows, profile, { asOf: 'besok' });
    expect(result.rows.flatMap((entry) => entry.findings)).toEqual([]);
    expect(result.findings.map((finding) => [finding.ruleId, finding.message.en])).toEqual([
      ['input.invalid-option', 'asOf must be a date YYYY-MM-DD, not "besok".'],
    ]);
  });
});
