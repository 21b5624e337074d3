import { findProvision } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { definitionsInOrder, findDefinition } from './definitions';
import { citedProvisions, namedRoles, personalAccountClauses, sanctions, scope } from './frame';
import { ceremonialPurposes, findIndicator, monitoring, reportsBy } from './monitoring';
import { definitionsFileSchema } from './schema/definition';
import { monitoringSchema } from './schema/monitoring';
import { roleIdSchema } from './schema/role-id';

describe('the frame of the pedoman', () => {
  it('cites only provisions the legal registry holds', () => {
    const missing = citedProvisions().filter((id) => !findProvision(id));
    expect(missing).toEqual([]);
    expect(citedProvisions()).toContain('uu-20-2023/24-1-d');
  });

  it('names only known roles', () => {
    expect(namedRoles().filter((role) => !roleIdSchema.safeParse(role).success)).toEqual([]);
  });

  it('covers official accounts on every platform and the ASN personal-account chapter', () => {
    expect(scope.officialAccounts.platforms).toEqual(['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'threads']);
    expect(scope.officialAccounts.holders.map((holder) => holder.id)).toContain('pemda');
    expect(personalAccountClauses().map((clause) => clause.id)).toEqual(
      expect.arrayContaining(['netral', 'dukungan-calon', 'rahasia-jabatan', 'data-pribadi-pengguna-layanan']),
    );
  });

  it('refers ASN breaches to the disciplinary regime rather than creating penalties', () => {
    expect(sanctions.principle.id).toContain('tidak menciptakan hukuman disiplin');
    expect(sanctions.steps.map((step) => step.id)).toEqual(['reminder', 'access-suspended', 'account-closed', 'disciplinary-referral']);
  });
});

describe('definitions', () => {
  it('finds a term and lists them alphabetically per language', () => {
    expect(findDefinition('akun-resmi')?.term.en).toBe('Official account');
    const terms = definitionsInOrder('id').map((definition) => definition.term.id);
    expect(terms.indexOf('Admin')).toBeLessThan(terms.indexOf('Hoaks'));
  });

  it('refuses a repeated id', () => {
    const term = { id: 'konten', term: { id: 'Konten', en: 'Content' }, definition: { id: 'x', en: 'x' } };
    expect(definitionsFileSchema.safeParse({ definitions: [term, term] }).success).toBe(false);
  });
});

describe('monitoring', () => {
  it('reports monthly to the unit head, quarterly to central-pr, and evaluates yearly', () => {
    expect(reportsBy('admin').map((report) => [report.period, report.to])).toEqual([['monthly', 'unit-head']]);
    expect(reportsBy('unit-head').map((report) => [report.period, report.to])).toEqual([['quarterly', 'central-pr']]);
    expect(reportsBy('central-pr').map((report) => report.period)).toEqual(['yearly']);
  });

  it('keeps the content mix measurable: ceremonial posts must not be the majority', () => {
    expect(ceremonialPurposes()).toEqual(['ceremonial']);
    expect(findIndicator('substantive-content')?.targetShare).toBe(0.5);
  });

  it('refuses a report that names an unknown indicator', () => {
    const report = { ...monitoring.reports[0]!, indicators: ['followers'] };
    const result = monitoringSchema.safeParse({ ...monitoring, reports: [report] });
    expect(result.error?.issues[0]?.path).toEqual(['reports', 0, 'indicators']);
  });
});
