import { z } from 'zod';
import { isoDateSchema, semverSchema } from './dates';
import { legalBasisSchema } from './legal-basis';
import { addLocalizedIssue } from './localized-issue';
import { draftLocalizedTextSchema } from './localized-text';

/**
 * A rule id is stable for ever: `area.name`, lower case with dashes, e.g. `naming.handle-pattern`.
 * Removing or renaming one is a major release (see .changeset/README.md).
 */
export const ruleIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, {
    error: 'area.rule-name (lower case, dashes), e.g. "naming.handle-pattern"',
  })
  .describe('ID aturan yang stabil, mis. "naming.handle-pattern".');
export type RuleId = z.output<typeof ruleIdSchema>;

/** Where a rule stands in its life cycle. */
export const ruleStatusSchema = z
  .enum(['draft', 'active', 'deprecated', 'removed'])
  .describe('draft: belum berlaku; active: berlaku; deprecated: masih berlaku, akan diganti; removed: dicabut.');
export type RuleStatus = z.output<typeof ruleStatusSchema>;

/**
 * The fields of a rule, without the cross-field checks: areas extend it with their own fields
 * (`ruleFields.extend({...}).check(requireRuleTranslations)`), since zod cannot extend a checked schema.
 */
export const ruleFields = z
  .object({
    /** Stable id, `area.rule-name`. */
    id: ruleIdSchema,
    /** Short name of the rule. */
    title: draftLocalizedTextSchema.describe('Judul singkat aturan.'),
    /** Why the rule exists, for the admin who must follow it. */
    rationale: draftLocalizedTextSchema.describe('Alasan aturan ini ada.'),
    /** What makes the rule binding; at least one entry. */
    legalBasis: z.array(legalBasisSchema).min(1).describe('Dasar hukum (minimal satu).'),
    /** Life-cycle status. Validators apply `active` and `deprecated` rules only. */
    status: ruleStatusSchema,
    /** Package version that introduced the rule. */
    since: semverSchema,
    /** First day the rule applies. Validators skip it before that date (see `asOf`). */
    effectiveFrom: isoDateSchema.describe('Tanggal mulai berlaku.'),
    /** The rule that takes over from a deprecated or removed one. */
    replacedBy: ruleIdSchema.optional().describe('Aturan pengganti (untuk deprecated/removed).'),
  })
  .strict();

/** English must be there once a rule leaves `draft`. */
export function requireRuleTranslations(ctx: z.core.ParsePayload<z.output<typeof ruleFields>>): void {
  const rule = ctx.value;
  if (rule.status === 'draft') return;
  for (const field of ['title', 'rationale'] as const) {
    if (rule[field].en === undefined) {
      addLocalizedIssue(
        ctx,
        {
          id: `Teks bahasa Inggris wajib diisi untuk aturan berstatus "${rule.status}"; hanya aturan "draft" yang boleh tanpa terjemahan.`,
          en: `English text is required for a rule with status "${rule.status}"; only "draft" rules may lack a translation.`,
        },
        [field, 'en'],
      );
    }
  }
}

/** Metadata every guideline rule carries, whatever its area. */
export const ruleSchema = ruleFields.check(requireRuleTranslations);
export type Rule = z.output<typeof ruleSchema>;
