import {
  type Finding,
  type FindingLocation,
  type IsoDate,
  isRuleInEffect,
  type LocalizedText,
  type Suggestion,
  today,
} from '@pedoman-medsos/core';
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
  | 'naming.dormant'
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

/** Collects the findings of one validation, skipping rules not in effect on `asOf`. */
export class FindingList {
  readonly findings: Finding[] = [];
  constructor(private readonly asOf: IsoDate = today()) {}

  add(ruleId: NamingRuleId, message: LocalizedText, options: { location?: FindingLocation; suggestion?: Suggestion } = {}): void {
    const rule = getNamingRule(ruleId);
    if (!isRuleInEffect(rule, this.asOf)) return;
    this.findings.push({
      ruleId,
      severity: rule.severity,
      message,
      ...(options.location ? { location: options.location } : {}),
      ...(options.suggestion ? { suggestion: options.suggestion } : {}),
      explanation: { id: rule.rationale.id, en: rule.rationale.en ?? rule.rationale.id },
    });
  }
}
