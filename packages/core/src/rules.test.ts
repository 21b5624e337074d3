import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRuleInEffect, isRuleUpcoming, rulesInEffect } from './rules';

const rule = (status: 'draft' | 'active' | 'deprecated' | 'removed', effectiveFrom: string) => ({ status, effectiveFrom });

describe('rules in effect', () => {
  it('applies an active rule from its effective date on', () => {
    expect(isRuleInEffect(rule('active', '2026-01-02'), '2026-01-01')).toBe(false);
    expect(isRuleInEffect(rule('active', '2026-01-02'), '2026-01-02')).toBe(true);
  });

  it('keeps applying deprecated rules, never drafts or removed ones', () => {
    expect(isRuleInEffect(rule('deprecated', '2020-01-01'), '2026-01-01')).toBe(true);
    expect(isRuleInEffect(rule('draft', '2020-01-01'), '2026-01-01')).toBe(false);
    expect(isRuleInEffect(rule('removed', '2020-01-01'), '2026-01-01')).toBe(false);
  });

  it('marks a published rule with a future date as upcoming, and only then', () => {
    const dates = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom('draft', 'active', 'deprecated', 'removed' as const), dates, dates, (status, from, asOf) => {
        const r = rule(status, from);
        // A rule is never both in effect and upcoming.
        expect(isRuleInEffect(r, asOf) && isRuleUpcoming(r, asOf)).toBe(false);
        if (status === 'active' || status === 'deprecated') expect(isRuleInEffect(r, asOf) || isRuleUpcoming(r, asOf)).toBe(true);
      }),
    );
  });

  it('filters a list by date', () => {
    const list = [rule('active', '2024-01-01'), rule('active', '2027-01-01'), rule('draft', '2020-01-01')];
    expect(rulesInEffect(list, '2026-11-22')).toEqual([list[0]]);
  });
});
