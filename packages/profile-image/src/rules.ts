import { FindingList, type IsoDate, type RuleWithSeverity, today } from '@pedoman-medsos/core';
import { rulesFile } from './generated/rules';

/** The profile-image rules every finding refers to, in the order of data/rules.yaml. */
export const imageRules: readonly RuleWithSeverity[] = rulesFile.rules;

export type ImageRuleId =
  | 'image.unreadable'
  | 'image.too-many-pixels'
  | 'image.format'
  | 'image.max-bytes'
  | 'image.minimum-size'
  | 'image.recommended-size'
  | 'image.square'
  | 'image.animated'
  | 'image.colour-space'
  | 'image.transparency'
  | 'image.emblem-outside-safe-area'
  | 'image.background-not-uniform'
  | 'image.background-colour'
  | 'image.off-centre'
  | 'image.no-emblem';

const ruleMap = new Map(imageRules.map((rule) => [rule.id, rule]));

/** A finding collector for the profile-image rules. */
export class ImageFindings extends FindingList<ImageRuleId> {
  constructor(asOf: IsoDate = today()) {
    super(ruleMap, asOf);
  }
}
