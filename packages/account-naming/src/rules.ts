import { FindingList, type IsoDate, type SharedRuleId, today } from '@pedoman-medsos/core';
import { rulesFile } from './generated/rules';
import type { NamingRule } from './schema/rules-file';

/** Every naming rule, in the order of data/rules.yaml. */
export const namingRules: readonly NamingRule[] = rulesFile.rules;
const byId = new Map(namingRules.map((rule) => [rule.id, rule]));

/** The ids of the naming rules, checked when the data compiles: a typo here fails the type-check. */
export type NamingRuleId =
  | 'naming.platform-characters'
  | 'naming.platform-length'
  | 'naming.platform-punctuation'
  | 'naming.platform-reserved-word'
  | 'naming.pattern'
  | 'naming.region-abbreviation'
  | 'naming.word-order'
  | 'naming.office-code'
  | 'naming.auto-assigned'
  | 'naming.case'
  | 'naming.spoofing-word'
  | 'naming.consistent-across-platforms'
  | 'naming.one-account-per-platform'
  | 'naming.organisation-account'
  | 'naming.display-name'
  | 'naming.bio-official'
  | 'naming.bio-link'
  | 'naming.admin-assignment'
  | 'naming.two-factor'
  | 'naming.verification'
  | 'naming.unknown-unit'
  | 'naming.request-strategy'
  | 'naming.request-admins'
  | 'naming.request-content-plan'
  | 'naming.request-handle-free';

export function getNamingRule(id: NamingRuleId): NamingRule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`Rule ${id} is missing from data/rules.yaml`);
  return rule;
}

const namingRuleMap: ReadonlyMap<string, NamingRule> = byId;

/** A finding collector for the naming rules (see `FindingList` in core). */
export class NamingFindings extends FindingList<NamingRuleId | SharedRuleId> {
  constructor(asOf: IsoDate = today()) {
    super(namingRuleMap, asOf);
  }
}
