import { describe, expect, it } from 'vitest';
import { resolveRuleId } from './removed-rules';
import { removedRulesFileSchema } from './schema/removed-rule';

describe('the removed-rules ledger', () => {
  it('leaves an id that was never removed as it is', () => {
    expect(resolveRuleId('naming.handle-pattern')).toEqual({ id: 'naming.handle-pattern' });
  });

  it('follows replacements through the ledger, and says when a rule is gone for good', () => {
    const reason = { id: 'Alasan.', en: 'Reason.' };
    const ledger = [
      { id: 'naming.a', removedIn: '2.0.0', removedOn: '2027-01-01', replacedBy: 'naming.b', reason },
      { id: 'naming.b', removedIn: '3.0.0', removedOn: '2028-01-01', replacedBy: 'naming.c', reason },
      { id: 'naming.gone', removedIn: '2.0.0', removedOn: '2027-01-01', reason },
      { id: 'naming.loop', removedIn: '2.0.0', removedOn: '2027-01-01', replacedBy: 'naming.loop', reason },
    ];
    expect(resolveRuleId('naming.a', ledger)).toEqual({ id: 'naming.c', redirectedFrom: 'naming.a' });
    expect(resolveRuleId('naming.gone', ledger)).toEqual({ id: 'naming.gone', removed: ledger[2] });
    expect(resolveRuleId('naming.loop', ledger)).toEqual({ id: 'naming.loop' });
  });

  it('refuses an entry without a reason, and the same id twice', () => {
    const entry = { id: 'naming.old', removedIn: '2.0.0', removedOn: '2027-01-01', reason: { id: 'Digabung.', en: 'Merged.' } };
    expect(removedRulesFileSchema.safeParse({ removed: [entry] }).success).toBe(true);
    expect(removedRulesFileSchema.safeParse({ removed: [{ ...entry, reason: undefined }] }).success).toBe(false);
    expect(removedRulesFileSchema.safeParse({ removed: [entry, entry] }).error?.issues.map((issue) => issue.path)).toEqual([
      ['removed', 0, 'id'],
      ['removed', 1, 'id'],
    ]);
  });
});
