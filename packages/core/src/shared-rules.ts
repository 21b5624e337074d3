// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { type RuleIdInRulesYaml, rulesFile } from './generated/rules';
import type { Measure, RuleWithSeverity } from './schema/rules-file';

/** Rules more than one area reports (data/rules.yaml of core); every area's findings can use them. */
export const sharedRules: readonly RuleWithSeverity[] = /* @__PURE__ */ (() => rulesFile.rules)();

/** Ids of the shared rules, as data/rules.yaml defines them (a rule deleted there fails the type-check where code reports it). */
export type SharedRuleId = RuleIdInRulesYaml;

/** The measure with this id, read from the one rule that defines it. */
function sharedMeasure(id: string): Measure {
  const measure = sharedRules.flatMap((rule) => rule.measures ?? []).find((candidate) => candidate.id === id);
  if (!measure) throw new Error(`Measure ${id} is missing from core's data/rules.yaml`);
  return measure;
}

/** Days without a post after which an account is dormant (rule `account.dormant`). */
export const dormantAfterDays: number = /* @__PURE__ */ (() => sharedMeasure('dormant-after-days').value)();

/** Whether an account that has not posted for `daysWithoutPost` days is dormant: more than the limit. */
export function isDormant(daysWithoutPost: number): boolean {
  return daysWithoutPost > dormantAfterDays;
}
