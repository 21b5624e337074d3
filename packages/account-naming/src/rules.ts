// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { FindingList, type IsoDate, type SharedRuleId, today } from '@pedoman-medsos/core';
import { type RuleIdInRulesYaml, rulesFile } from './generated/rules';
import type { NamingRule } from './schema/rules-file';

/** Every naming rule, in the order of data/rules.yaml. */
export const namingRules: readonly NamingRule[] = /* @__PURE__ */ (() => rulesFile.rules)();
const byId = /* @__PURE__ */ (() => new Map(namingRules.map((rule) => [rule.id, rule])))();

/**
 * The ids of the naming rules: those data/rules.yaml defines (generated). A typo, or a rule deleted
 * from the data, fails the type-check wherever the code names it.
 */
export type NamingRuleId = RuleIdInRulesYaml;

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
