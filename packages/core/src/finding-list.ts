// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { parseIsoDate } from './dates';
import { provisionsInForce } from './legal';
import { removedRules, resolveRuleId } from './removed-rules';
import { isRuleInEffect, today } from './rules';
import type { IsoDate } from './schema/dates';
import type { Finding, FindingLocation, Suggestion } from './schema/finding';
import type { LocalizedText } from './schema/localized-text';
import type { RemovedRule } from './schema/removed-rule';
import type { RuleWithSeverity } from './schema/rules-file';
import { sharedRules } from './shared-rules';

// A validator makes a list per call (a register audit, one per row): the merged map is built once
// per rule set, not per list. Measured: a third of the time of a 50,000-row audit went here.
const merged = /* @__PURE__ */ (() => new WeakMap<object, ReadonlyMap<string, RuleWithSeverity>>())();

/** Every area may report the shared rules (core's data/rules.yaml) beside its own. */
function withSharedRules(
  rules: readonly RuleWithSeverity[] | ReadonlyMap<string, RuleWithSeverity>,
): ReadonlyMap<string, RuleWithSeverity> {
  const cached = merged.get(rules);
  if (cached) return cached;
  const own = rules instanceof Map ? [...rules.values()] : (rules as readonly RuleWithSeverity[]);
  const map = new Map([...sharedRules, ...own].map((rule) => [rule.id, rule]));
  merged.set(rules, map);
  return map;
}

/** The shared rule under which a validator reports an option it cannot read. */
const invalidOption = 'input.invalid-option';

/**
 * Collects the findings of one validation: each gets its rule's severity and rationale, and rules
 * not in effect on `asOf` are skipped, so every validator honours `asOf` the same way. A finding
 * added under a removed rule id is reported under its replacement (the removed-rules ledger), so a
 * validator written against an old id keeps working while it is updated.
 *
 * An `asOf` that is not a real `YYYY-MM-DD` date (see `parseIsoDate`) leaves exactly one finding,
 * `input.invalid-option`, and every later `add` is ignored: which rules apply is unknown, and a
 * validator must not pass a text by checking it against none.
 */
export class FindingList<Id extends string = string> {
  readonly findings: Finding[] = [];
  private readonly rules: ReadonlyMap<string, RuleWithSeverity>;
  private readonly asOfReadable: boolean;
  private optionProblems = 0;

  constructor(
    rules: readonly RuleWithSeverity[] | ReadonlyMap<string, RuleWithSeverity>,
    private readonly asOf: IsoDate = today(),
    private readonly ledger: readonly RemovedRule[] = removedRules,
  ) {
    this.rules = withSharedRules(rules);
    const parsed = parseIsoDate(asOf, { name: 'asOf' });
    this.asOfReadable = parsed.ok;
    if (!parsed.ok) this.addOptionProblem(parsed.problem);
  }

  /** Whether an option problem was reported (see {@link addOptionProblem}): a validator then stops. */
  get hasOptionProblem(): boolean {
    return this.optionProblems > 0;
  }

  /**
   * Reports an option the validator cannot read — an unknown platform, category or time zone, a
   * date that does not exist — under the shared rule `input.invalid-option` (severity error).
   * Reported whatever `asOf` is, since `asOf` may be the option that is wrong: a result must never
   * be empty because its options were.
   */
  addOptionProblem(message: LocalizedText): void {
    const rule = this.rules.get(invalidOption)!;
    this.optionProblems++;
    this.findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message,
      explanation: { id: rule.rationale.id, en: rule.rationale.en ?? rule.rationale.id },
    });
  }

  add(ruleId: Id, message: LocalizedText, options: { location?: FindingLocation; suggestion?: Suggestion } = {}): void {
    const rule = this.rules.get(ruleId) ?? this.rules.get(resolveRuleId(ruleId, this.ledger).id);
    if (!rule) throw new Error(`Rule ${ruleId} is missing from its rules.yaml and from the removed-rules ledger`);
    if (!this.asOfReadable || !isRuleInEffect(rule, this.asOf)) return;
    this.findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message,
      ...(options.location ? { location: options.location } : {}),
      ...(options.suggestion ? { suggestion: options.suggestion } : {}),
      explanation: { id: rule.rationale.id, en: rule.rationale.en ?? rule.rationale.id },
      ...this.basisOf(rule),
    });
  }

  /** The rule's provisions in force on `asOf`, as a finding carries them (nothing for policy alone). */
  private basisOf(rule: RuleWithSeverity): { legalBasis?: string[] } {
    const inForce = provisionsInForce(rule.legalBasis, this.asOf);
    return inForce.length > 0 ? { legalBasis: inForce } : {};
  }
}
