// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { FindingList, type IsoDate, type RuleWithSeverity, today } from '@pedoman-medsos/core';
import { type RuleIdInRulesYaml, rulesFile } from './generated/rules';

/** The profile-image rules every finding refers to, in the order of data/rules.yaml. */
export const imageRules: readonly RuleWithSeverity[] = /* @__PURE__ */ (() => rulesFile.rules)();

/** The ids of the profile-image rules: those data/rules.yaml defines (generated), so a rule deleted there fails the type-check where it is reported. */
export type ImageRuleId = RuleIdInRulesYaml;

const ruleMap = /* @__PURE__ */ (() => new Map(imageRules.map((rule) => [rule.id, rule])))();

/** A finding collector for the profile-image rules. */
export class ImageFindings extends FindingList<ImageRuleId> {
  constructor(asOf: IsoDate = today()) {
    super(ruleMap, asOf);
  }
}
