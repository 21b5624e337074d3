import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditAccounts } from './audit-accounts';
import { ministryExampleProfile as profile } from './profiles';
import { type RegisterRow, registerRowSchema } from './schema/register-row';

// The real cases of domain-facts section D, as a register (parsed here without a CSV library: the
// fixture has no quoted fields; the CLI reads registers with csv-parse).
function readFixture(): RegisterRow[] {
  const [header, ...lines] = readFileSync(new URL('../fixtures/register-section-d.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const record = Object.fromEntries(
      columns.map((column, i) => [column, cells[i]]).filter(([, value]) => value !== '' && value !== undefined),
    );
    return registerRowSchema.parse(record);
  });
}

const asOf = '2026-11-22';

describe('auditAccounts on the section D register', () => {
  const rows = readFixture();
  const result = auditAccounts(rows, profile, { asOf });
  const rowRules = (handle: string, platform: string) =>
    result.rows
      .find((entry) => entry.row.handle.replace('@', '') === handle && entry.row.platform === platform)!
      .findings.map((finding) => finding.ruleId);

  it('reports each row’s handle problems with suggestions', () => {
    expect(rowRules('BandungKpknl', 'x')).toEqual(['naming.case', 'naming.word-order', 'naming.verification']);
    expect(rowRules('kpknl_bmasin', 'x')).toEqual(['naming.region-abbreviation', 'naming.two-factor']);
    expect(rowRules('kpknlkendarimelulo9245', 'youtube')).toEqual(['naming.auto-assigned', 'account.dormant']);
  });

  it('finds the personal profile used as a Facebook Page, and its bio', () => {
    expect(rowRules('kppn.yogyakarta.9', 'facebook')).toEqual([
      'naming.office-code',
      'naming.organisation-account',
      'naming.display-name',
      'naming.bio-official',
      'naming.bio-link',
    ]);
  });

  it('expects the display name of the profile: the kind in capitals, then the region', () => {
    const finding = result.rows
      .find((entry) => entry.row.handle === 'kppn.yogyakarta.9')!
      .findings.find((f) => f.ruleId === 'naming.display-name');
    expect(finding?.suggestion?.replacement).toBe('KPPN Yogyakarta');
  });

  it('says which units are named differently across platforms, but not where the platform forces it', () => {
    const across = result.findings
      .filter((finding) => finding.ruleId === 'naming.consistent-across-platforms')
      .map((finding) => finding.message.en);
    expect(across).toEqual([
      expect.stringMatching(
        /^KPKNL Bandung is named differently across platforms: Instagram @kpknlbandung, X \(Twitter\) @BandungKpknl\.$/,
      ),
      expect.stringMatching(/^KPKNL Banjarmasin/),
      expect.stringMatching(/^KPKNL Bogor/),
      expect.stringMatching(/^KPKNL Kendari/),
      expect.stringMatching(/^KPPN Yogyakarta/),
      expect.stringMatching(/^KPPN Padang/),
      expect.stringMatching(/^KPP Madya Surabaya/),
    ]);
  });

  it('locates every finding in the register', () => {
    for (const entry of result.rows) {
      for (const finding of entry.findings) {
        expect(finding.location?.kind).toBe('field');
        if (finding.location?.kind === 'field') expect(finding.location.path.slice(0, 2)).toEqual(['rows', entry.index]);
      }
    }
  });

  it('accepts a unit whose handles differ only where the platform forces it', () => {
    const forced = [
      { unit: 'KPKNL Banjarmasin', platform: 'instagram', handle: 'kpknlbanjarmasin' },
      { unit: 'KPKNL Banjarmasin', platform: 'x', handle: 'kpknlbjm' },
    ].map((row) => registerRowSchema.parse(row));
    expect(auditAccounts(forced, profile, { asOf }).findings).toEqual([]);
  });

  it('reports two official accounts of one unit on one platform', () => {
    const twice = [
      { unit: 'KPKNL Bogor', platform: 'instagram', handle: 'kpknlbogor' },
      { unit: 'KPKNL Bogor', platform: 'instagram', handle: 'kpknl.bogor.official' },
    ].map((row) => registerRowSchema.parse(row));
    expect(auditAccounts(twice, profile, { asOf }).findings.map((finding) => finding.ruleId)).toContain('naming.one-account-per-platform');
  });
});

describe('auditAccounts and blank register cells', () => {
  const base = { unit: 'KPKNL Bandung', platform: 'instagram', handle: '@kpknlbandung' } as const;
  const rulesOf = (row: Record<string, string>) =>
    auditAccounts([registerRowSchema.parse({ ...base, ...row })], profile, { asOf }).rows[0]!.findings;

  it('reports a row whose admin and assignment letter are both blank, naming both', () => {
    const [finding, ...rest] = rulesOf({ admin: '', assignmentLetter: '' }).filter((f) => f.ruleId === 'naming.admin-assignment');
    expect(rest).toEqual([]);
    expect(finding?.message.en).toBe(
      'No admin and assignment-letter number: appoint an admin by an assignment letter and record both in the register.',
    );
    expect(finding?.location).toEqual({ kind: 'field', path: ['rows', 0, 'admin'] });
  });

  it('names the one that is missing', () => {
    const [finding] = rulesOf({ admin: 'Budi (contoh)', assignmentLetter: ' ' }).filter((f) => f.ruleId === 'naming.admin-assignment');
    expect(finding?.message.en).toMatch(/^No assignment-letter number:/);
  });

  it('reads a blank date or yes/no cell as not filled in, without rejecting the row', () => {
    expect(registerRowSchema.parse({ ...base, lastPostDate: '', twoFactor: '', verified: '', accountType: '' })).toEqual(base);
  });
});
