import { describe, expect, it } from 'vitest';
import { resolveRuleId } from './removed-rules';
import { removedRulesFileSchema } from './schema/removed-rule';

describe('the removed-rules ledger', () => {
  it('leaves an id that was never removed as it is', () => {
    expect(resolveRuleId('naming.handle-pattern')).toEqual({ id: 'naming.handle-pattern' });
  });

  it('refuses an entry without a reason, and the same id twice', () => {
    const entry = { id: 'naming.old', removedIn: '2.0.0', removedOn: '2027-01-01', reason: { id: 'Digabung.', en: 'Merged.' } };
    expect(removedRulesFileSchema.safeParse({ removed: [entry] }).success).toBe(true);
    expect(removedRulesFileSchema.safeParse({ removed: [{ ...entry, reason: undefined }] }).success).toBe(false);
    expect(removedRulesFileSchema.safeParse({ removed: [entry, entry] }).error?.issues[0]?.path).toEqual(['removed', 1, 'id']);
  });
});
