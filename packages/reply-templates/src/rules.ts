// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { FindingList, type IsoDate, today } from '@pedoman-medsos/core';
import { replyRules } from './data';
import type { RuleIdInRulesYaml } from './generated/rules';

/** The ids of the reply rules: those data/rules.yaml defines (generated), so a rule deleted there fails the type-check where it is reported. */
export type ReplyRuleId = RuleIdInRulesYaml;

const ruleMap = /* @__PURE__ */ (() => new Map(replyRules.map((rule) => [rule.id, rule])))();

/** A finding collector for the reply rules. */
export class ReplyFindings extends FindingList<ReplyRuleId> {
  constructor(asOf: IsoDate = today()) {
    super(ruleMap, asOf);
  }
}
