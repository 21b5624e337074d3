import type { IsoDate } from './schema/dates';
import type { Rule } from './schema/rule';

/** Today's date in `YYYY-MM-DD`, as validators read `asOf` when none is given. */
export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Whether a validator applies the rule on `asOf`: active or deprecated (still binding until
 * removed), and effective on or before that date. Drafts and removed rules never apply.
 */
export function isRuleInEffect(rule: Pick<Rule, 'status' | 'effectiveFrom'>, asOf: IsoDate = today()): boolean {
  return (rule.status === 'active' || rule.status === 'deprecated') && rule.effectiveFrom <= asOf;
}

/** Whether the rule is published but takes effect after `asOf` (the handbook marks it "upcoming"). */
export function isRuleUpcoming(rule: Pick<Rule, 'status' | 'effectiveFrom'>, asOf: IsoDate = today()): boolean {
  return (rule.status === 'active' || rule.status === 'deprecated') && rule.effectiveFrom > asOf;
}

/** The rules in effect on `asOf`. */
export function rulesInEffect<R extends Pick<Rule, 'status' | 'effectiveFrom'>>(rules: readonly R[], asOf: IsoDate = today()): R[] {
  return rules.filter((rule) => isRuleInEffect(rule, asOf));
}
