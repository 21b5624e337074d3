import { describe, expect, it } from 'vitest';
import { FindingList } from './finding-list';
import type { RuleWithSeverity } from './schema/rules-file';

const rule = (id: string, effectiveFrom = '2026-01-01'): RuleWithSeverity => ({
  id,
  level: 'wajib',
  severity: 'warning',
  title: { id: 'Judul', en: 'Title' },
  rationale: { id: 'Alasan', en: 'Reason' },
  legalBasis: [{ kind: 'institutional-policy' }],
  status: 'active',
  since: '0.1.0',
  effectiveFrom,
});
const message = { id: 'Pesan', en: 'Message' };

describe('FindingList', () => {
  it('gives each finding its rule’s severity and rationale, and skips rules not yet in effect', () => {
    const list = new FindingList([rule('naming.a'), rule('naming.later', '2027-01-01')], '2026-11-22');
    list.add('naming.a', message);
    list.add('naming.later', message);
    expect(list.findings).toEqual([{ ruleId: 'naming.a', severity: 'warning', message, explanation: { id: 'Alasan', en: 'Reason' } }]);
  });

  it('reports a finding added under a removed id under the rule that replaced it', () => {
    const ledger = [{ id: 'naming.old', removedIn: '2.0.0', removedOn: '2027-01-01', replacedBy: 'naming.a', reason: message }];
    const list = new FindingList([rule('naming.a')], '2026-11-22', ledger);
    list.add('naming.old', message);
    expect(list.findings.map((finding) => finding.ruleId)).toEqual(['naming.a']);
  });

  it('refuses an id that is neither a rule nor in the ledger: a programming error', () => {
    expect(() => new FindingList([rule('naming.a')]).add('naming.typo', message)).toThrow('naming.typo is missing from its rules.yaml');
  });
});

describe('FindingList and the legal basis', () => {
  it('attaches the provisions in force on asOf, and nothing for institutional policy alone', () => {
    const rule = {
      id: 'content.fixture',
      level: 'dilarang' as const,
      severity: 'error' as const,
      title: { id: 'Uji', en: 'Test' },
      rationale: { id: 'Uji', en: 'Test' },
      legalBasis: [{ provision: 'uu-11-2008/28-2' }, { provision: 'uu-1-2023/300' }, { kind: 'institutional-policy' as const }],
      status: 'active' as const,
      since: '0.1.0',
      effectiveFrom: '2024-01-02',
    };
    const policyOnly = { ...rule, id: 'content.policy', legalBasis: [{ kind: 'institutional-policy' as const }] };
    const at = (asOf: string) => {
      const list = new FindingList([rule, policyOnly], asOf);
      list.add('content.fixture', { id: 'x', en: 'x' });
      list.add('content.policy', { id: 'y', en: 'y' });
      return list.findings;
    };
    expect(at('2025-12-31').map((f) => f.legalBasis)).toEqual([['uu-11-2008/28-2'], undefined]);
    expect(at('2026-01-02').map((f) => f.legalBasis)).toEqual([['uu-1-2023/300'], undefined]);
  });
});

describe('FindingList and options it cannot read', () => {
  it.each([['2026-02-31'], ['22/11/2026'], ['2025-13-45'], [null]])(
    'leaves one input.invalid-option finding for asOf %s, and no other: which rules apply is unknown',
    (asOf) => {
      const list = new FindingList([rule('naming.a')], asOf as string);
      list.add('naming.a', message);
      expect(list.findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['input.invalid-option', 'error']]);
      expect(list.findings[0]?.message.en).toMatch(/^asOf/);
      expect(list.hasOptionProblem).toBe(true);
    },
  );

  it('reports an option problem whatever asOf is, even before the rule takes effect', () => {
    const list = new FindingList([rule('naming.a')], '2020-01-01');
    expect(list.hasOptionProblem).toBe(false);
    list.addOptionProblem({ id: 'Platform tidak dikenal.', en: 'Unknown platform.' });
    expect(list.findings).toEqual([
      {
        ruleId: 'input.invalid-option',
        severity: 'error',
        message: { id: 'Platform tidak dikenal.', en: 'Unknown platform.' },
        explanation: expect.objectContaining({ en: expect.stringContaining('cannot read') }),
      },
    ]);
    expect(list.hasOptionProblem).toBe(true);
  });
});
