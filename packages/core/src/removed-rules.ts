// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { removedRulesFile } from './generated/removed-rules';
import type { RemovedRule } from './schema/removed-rule';

/** Every rule removed from the guidelines, from data/removed-rules.yaml. */
export const removedRules: readonly RemovedRule[] = /* @__PURE__ */ (() => removedRulesFile.removed)();
const byId = /* @__PURE__ */ (() => new Map(removedRules.map((rule) => [rule.id, rule])))();

/** The ledger entry of a removed rule id, or `undefined` when the id was never removed. */
export function findRemovedRule(id: string): RemovedRule | undefined {
  return byId.get(id);
}

/**
 * The current id for a rule id someone still uses (a saved configuration, an old link): a removed
 * id is followed through its `replacedBy` chain. `removed` is set when the chain ends without a
 * replacement, so callers can say why the rule is gone. `ledger` defaults to data/removed-rules.yaml.
 */
export function resolveRuleId(
  id: string,
  ledger: readonly RemovedRule[] = removedRules,
): { id: string; redirectedFrom?: string; removed?: RemovedRule } {
  const entries = ledger === removedRules ? byId : new Map(ledger.map((rule) => [rule.id, rule]));
  let current = id;
  const seen = new Set<string>();
  for (let entry = entries.get(current); entry; entry = entries.get(current)) {
    if (seen.has(current)) break;
    seen.add(current);
    if (!entry.replacedBy) return { id: current, ...(current !== id ? { redirectedFrom: id } : {}), removed: entry };
    current = entry.replacedBy;
  }
  return current === id ? { id } : { id: current, redirectedFrom: id };
}
