import { describe, expect, it } from 'vitest';
import { checkAccountRequest } from './check-account-request';
import { ministryExampleProfile as profile } from './profiles';
import { accountRequestSchema } from './schema/account-request';

const asOf = '2026-11-22';

describe('checkAccountRequest', () => {
  it('refuses an account with no strategy, admins or content plan', () => {
    const request = accountRequestSchema.parse({ unit: 'KPKNL Bogor', platform: 'tiktok' });
    const result = checkAccountRequest(request, profile, { asOf });
    expect(result.handle).toBe('kpknlbogor');
    expect(result.findings.map((finding) => finding.ruleId)).toEqual([
      'naming.request-strategy',
      'naming.request-admins',
      'naming.request-content-plan',
      'naming.request-handle-free',
    ]);
  });

  it('accepts a complete request', () => {
    const request = accountRequestSchema.parse({
      unit: 'KPKNL Bogor',
      platform: 'tiktok',
      strategy: 'Menjangkau peserta lelang muda',
      goals: ['500 pengikut dalam 6 bulan'],
      admins: [{ name: 'Rina', assignmentLetter: 'ST-3/KN.5/2026' }],
      contentPlan: 'Dua video per minggu: jadwal lelang dan edukasi',
      handleAvailable: true,
    });
    expect(checkAccountRequest(request, profile, { asOf }).findings).toEqual([]);
  });

  it('asks why the parent account is not enough, from 2027-01-01', () => {
    const complete = {
      unit: 'KPKNL Bogor',
      platform: 'tiktok',
      strategy: 'Menjangkau peserta lelang muda',
      goals: ['500 pengikut dalam 6 bulan'],
      admins: [{ name: 'Rina', assignmentLetter: 'ST-3/KN.5/2026' }],
      contentPlan: 'Dua video per minggu: jadwal lelang dan edukasi',
      handleAvailable: true,
    };
    const later = { asOf: '2027-01-05' };
    const without = checkAccountRequest(accountRequestSchema.parse(complete), profile, later).findings;
    expect(without.map((finding) => finding.ruleId)).toEqual(['naming.request-parent-account']);
    expect(without[0]?.location).toEqual({ kind: 'field', path: ['parentAccountReason'] });
    const reason = { ...complete, parentAccountReason: 'Akun DJKN tidak menjangkau peserta lelang daerah Bogor secara rutin' };
    expect(checkAccountRequest(accountRequestSchema.parse(reason), profile, later).findings).toEqual([]);
  });

  it('holds a handle the unit chose to the same rules', () => {
    const request = accountRequestSchema.parse({ unit: 'KPKNL Bogor', platform: 'x', handle: 'BogorKpknl', handleAvailable: true });
    expect(checkAccountRequest(request, profile, { asOf }).findings.map((finding) => finding.ruleId)).toContain('naming.word-order');
  });

  it('reports an asOf that is no real day once, and nothing else', () => {
    const request = accountRequestSchema.parse({ unit: 'KPKNL Bogor', platform: 'tiktok', handle: 'kpknl_bogor' });
    const result = checkAccountRequest(request, profile, { asOf: '2026-02-30' });
    expect(result.findings.map((finding) => [finding.ruleId, finding.message.en])).toEqual([
      ['input.invalid-option', 'asOf: "2026-02-30" is not a real date: February 2026 has only 28 days.'],
    ]);
    expect(result.handle).toBeUndefined();
  });
});
