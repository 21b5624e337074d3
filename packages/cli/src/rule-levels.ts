import { type Locale, localize, type RuleLevel, ruleLevelLabels } from '@pedoman-medsos/core';
import { accountNaming, core, digitalAgenda, profileImage, prohibitedContent, replyTemplates } from '@pedoman-medsos/guidelines';

/** Every rule's level by id, across every area (the categories of prohibited content included). */
const levels: ReadonlyMap<string, RuleLevel> = new Map(
  [
    ...core.sharedRules,
    ...accountNaming.namingRules,
    ...digitalAgenda.agendaRules,
    ...profileImage.imageRules,
    ...replyTemplates.replyRules,
    ...prohibitedContent.categories,
  ].map((rule) => [rule.id, rule.level]),
);

/** "wajib", "dilarang"… (or "mandatory", "prohibited"… in English), lower case, for a finding line. */
export function levelWord(ruleId: string, locale: Locale): string | undefined {
  const level = levels.get(ruleId);
  return level ? localize(ruleLevelLabels[level], locale).toLowerCase() : undefined;
}
