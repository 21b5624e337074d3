import type { RuleWithSeverity } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { accountNaming, core, digitalAgenda, profileImage, prohibitedContent, replyTemplates } from './index';

const allRules: readonly Pick<RuleWithSeverity, 'id' | 'measures'>[] = [
  ...core.sharedRules,
  ...accountNaming.namingRules,
  ...digitalAgenda.agendaRules,
  ...profileImage.imageRules,
  ...replyTemplates.replyRules,
  ...prohibitedContent.categories,
];

// One value per concept: a threshold (a `measure`) is defined by exactly one rule in the whole
// guideline, and code reads it there. Two rules defining the same measure would let two packages
// judge the same account by two numbers (as the 90- and 30-day dormancy limits once did).
describe('measures', () => {
  it('are each defined by exactly one rule across every package', () => {
    const owners = new Map<string, string[]>();
    for (const rule of allRules) {
      for (const measure of rule.measures ?? []) owners.set(measure.id, [...(owners.get(measure.id) ?? []), rule.id]);
    }
    expect(owners.get('dormant-after-days')).toEqual(['account.dormant']);
    for (const [id, rules] of owners) expect(rules, `measure ${id}`).toHaveLength(1);
  });

  it('leave no second dormancy rule behind', () => {
    const dormancy = allRules.filter((rule) => /dormant/.test(rule.id));
    expect(dormancy.map((rule) => rule.id)).toEqual(['account.dormant']);
  });
});
