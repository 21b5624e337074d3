import { levelAllowsSeverity, type RuleWithSeverity } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { accountNaming, core, digitalAgenda, profileImage, prohibitedContent, replyTemplates } from './index';

const allRules: readonly Pick<RuleWithSeverity, 'id' | 'level' | 'severity' | 'title'>[] = [
  ...core.sharedRules,
  ...accountNaming.namingRules,
  ...digitalAgenda.agendaRules,
  ...profileImage.imageRules,
  ...replyTemplates.replyRules,
  ...prohibitedContent.categories,
];

// Every rule of the pedoman says how binding it is, and its findings weigh accordingly: a binding
// rule (wajib, dilarang) reports error or warning, advice (dianjurkan, tidak dianjurkan) warning or info.
describe('rule levels across every package', () => {
  it('every rule carries a level that agrees with its severity', () => {
    expect(allRules.length).toBeGreaterThan(50);
    for (const rule of allRules) {
      expect(levelAllowsSeverity(rule.level, rule.severity), `${rule.id}: ${rule.level} / ${rule.severity}`).toBe(true);
    }
  });

  it('every rule title (not a category name) is written in normative form in both languages', () => {
    const words = { id: /\b(wajib|dilarang|dianjurkan)\b/i, en: /\b(must|should)\b/ };
    for (const rule of allRules) {
      if (rule.id.startsWith('content.')) continue; // categories are named; their level says "Dilarang"
      expect(rule.title.id, rule.id).toMatch(words.id);
      expect(rule.title.en, rule.id).toMatch(words.en);
    }
  });
});
