// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { severitySchema } from './finding';
import { addDuplicateIdIssues } from './localized-issue';
import { requireLevelMatchesSeverity, requireRuleTranslations, ruleFields } from './rule';

/**
 * A threshold a rule states, such as the days without a post after which an account is dormant.
 * A measure is defined by exactly one rule (a test over every package's rules holds this); code
 * reads its value from that rule, never from a copy.
 */
export const measureSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Stable id, e.g. `dormant-after-days`. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'lower-case-with-dashes' }),
      value: z.number().positive(),
      unit: z.enum(['days', 'working-days', 'hours', 'posts-per-week']),
    })
    .strict())();
export type Measure = z.output<typeof measureSchema>;

/** A rule whose findings always carry the same severity (most validator rules). */
export const ruleWithSeveritySchema = /* @__PURE__ */ (() =>
  ruleFields
    .extend({
      /** Severity of every finding of this rule (`error` blocks). */
      severity: severitySchema,
      /** Thresholds this rule defines (each measure has one defining rule in the whole guideline). */
      measures: z.array(measureSchema).optional(),
    })
    .check(requireRuleTranslations)
    .check(requireLevelMatchesSeverity))();
export type RuleWithSeverity = z.output<typeof ruleWithSeveritySchema>;

/** A `rules.yaml` file: the metadata of every rule an area's validators report. */
export const rulesFileSchema = /* @__PURE__ */ (() =>
  z
    .object({ rules: z.array(ruleWithSeveritySchema).min(1) })
    .strict()
    .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.rules, 'rules')))();
export type RulesFile = z.output<typeof rulesFileSchema>;
