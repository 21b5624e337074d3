import { ConfigError } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { AgendaFindings, type AgendaRuleId, activeCampaigns, agendaRules, campaigns, isCampaignRunning } from './agenda';

describe('activeCampaigns', () => {
  it('lists the campaigns running on a date', () => {
    expect(activeCampaigns('2026-10-15').map((c) => c.id)).toEqual(['jaga-aset-negara-2026', 'apbn-uang-kita-2026', 'hari-oeang-2026']);
    expect(activeCampaigns('2026-11-22').map((c) => c.id)).toEqual(['jaga-aset-negara-2026', 'apbn-uang-kita-2026']);
    expect(activeCampaigns('2027-01-01').map((c) => c.id)).toEqual(['lapor-spt-2027']);
  });

  it('includes both the first and the last day', () => {
    expect(activeCampaigns('2026-10-01').map((c) => c.id)).toContain('hari-oeang-2026');
    expect(activeCampaigns('2026-10-31').map((c) => c.id)).toContain('hari-oeang-2026');
  });
});

describe('activeCampaigns and isCampaignRunning with a date that is no real day', () => {
  it('throw a ConfigError saying why, instead of comparing the text as a date', () => {
    expect(() => activeCampaigns('2026-02-30')).toThrow(ConfigError);
    expect(() => activeCampaigns('2026-02-30')).toThrow('date: "2026-02-30" is not a real date: February 2026 has only 28 days.');
    expect(() => isCampaignRunning(campaigns[0]!, '2026-11-31')).toThrow(ConfigError);
    expect(() => activeCampaigns('kemarin')).toThrow('date must be a date YYYY-MM-DD, not "kemarin".');
  });

  it('throws a ConfigError for an unknown platform instead of ignoring it', () => {
    // @ts-expect-error — a literal platform id must be one of the registry's
    expect(() => activeCampaigns('2026-11-22', 'mastodon')).toThrow(ConfigError);
    const fromUser: string = 'mastodon';
    expect(() => activeCampaigns('2026-11-22', fromUser)).toThrow(/^Unknown platform "mastodon"\. Choose one of: /);
    expect(activeCampaigns('2026-11-22', 'instagram').length).toBeGreaterThan(0);
  });
});

describe('AgendaFindings', () => {
  it('accepts every rule of data/rules.yaml and the shared rules, and no other id (checked by the type-check)', () => {
    const findings = new AgendaFindings('2026-12-02');
    const message = { id: 'Uji', en: 'Test' };
    for (const rule of agendaRules) findings.add(rule.id as AgendaRuleId, message);
    findings.add('account.dormant', message);
    // @ts-expect-error -- not a rule in data/rules.yaml: deleting a rule there fails the build where code still reports it.
    expect(() => findings.add('agenda.no-such-rule', message)).toThrow('agenda.no-such-rule');
    expect(findings.findings.map((finding) => finding.ruleId)).toEqual([...agendaRules.map((rule) => rule.id), 'account.dormant']);
  });
});
