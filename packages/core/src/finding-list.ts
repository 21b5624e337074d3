import { isRuleInEffect, today } from './rules';
import type { IsoDate } from './schema/dates';
import type { Finding, FindingLocation, Suggestion } from './schema/finding';
import type { LocalizedText } from './schema/localized-text';
import type { RuleWithSeverity } from './schema/rules-file';

/**
 * Collects the findings of one validation: each gets its rule's severity and rationale, and rules
 * not in effect on `asOf` are skipped, so every validator honours `asOf` the same way.
 */
export class FindingList<Id extends string = string> {
  readonly findings: Finding[] = [];
  private readonly rules: ReadonlyMap<string, RuleWithSeverity>;

  constructor(
    rules: readonly RuleWithSeverity[] | ReadonlyMap<string, RuleWithSeverity>,
    private readonly asOf: IsoDate = today(),
  ) {
    this.rules = rules instanceof Map ? rules : new Map((rules as readonly RuleWithSeverity[]).map((rule) => [rule.id, rule]));
  }

  add(ruleId: Id, message: LocalizedText, options: { location?: FindingLocation; suggestion?: Suggestion } = {}): void {
    const rule = this.rules.get(ruleId);
    if (!rule) throw new Error(`Rule ${ruleId} is missing from its rules.yaml`);
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
