import { z } from 'zod';
import { severitySchema } from './finding';
import { addDuplicateIdIssues } from './localized-issue';
import { requireRuleTranslations, ruleFields } from './rule';

/** A rule whose findings always carry the same severity (most validator rules). */
export const ruleWithSeveritySchema = ruleFields
  .extend({
    /** Severity of every finding of this rule (`error` blocks). */
    severity: severitySchema,
  })
  .check(requireRuleTranslations);
export type RuleWithSeverity = z.output<typeof ruleWithSeveritySchema>;

/** A `rules.yaml` file: the metadata of every rule an area's validators report. */
export const rulesFileSchema = z
  .object({ rules: z.array(ruleWithSeveritySchema).min(1) })
  .strict()
  .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.rules, 'rules'));
export type RulesFile = z.output<typeof rulesFileSchema>;
