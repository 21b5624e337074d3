import { addDuplicateIdIssues, requireRuleTranslations, ruleFields, severitySchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/** A naming rule: rule metadata plus the severity of its findings. */
export const namingRuleSchema = ruleFields
  .extend({
    /** Severity of every finding of this rule (`error` blocks). */
    severity: severitySchema,
  })
  .check(requireRuleTranslations);
export type NamingRule = z.output<typeof namingRuleSchema>;

/** The naming rules: metadata of every rule the validators report. */
export const rulesFileSchema = z
  .object({ rules: z.array(namingRuleSchema).min(1) })
  .strict()
  .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.rules, 'rules'));
export type RulesFile = z.output<typeof rulesFileSchema>;
