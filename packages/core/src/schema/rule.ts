// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { isoDateSchema, semverSchema } from './dates';
import type { Severity } from './finding';
import { legalBasisSchema } from './legal-basis';
import { addLocalizedIssue } from './localized-issue';
import { draftLocalizedTextSchema } from './localized-text';

/**
 * A rule id is stable for ever: `area.name`, lower case with dashes, e.g. `naming.handle-pattern`.
 * Removing or renaming one is a major release (see .changeset/README.md).
 */
export const ruleIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, {
      error: 'area.rule-name (lower case, dashes), e.g. "naming.handle-pattern"',
    })
    .describe('ID aturan yang stabil, mis. "naming.handle-pattern".'))();
export type RuleId = z.output<typeof ruleIdSchema>;

/** Where a rule stands in its life cycle. */
export const ruleStatusSchema = /* @__PURE__ */ (() =>
  z
    .enum(['draft', 'active', 'deprecated', 'removed'])
    .describe('draft: belum berlaku; active: berlaku; deprecated: masih berlaku, akan diganti; removed: dicabut.'))();
export type RuleStatus = z.output<typeof ruleStatusSchema>;

/**
 * How binding a rule is, in the words of an Indonesian pedoman: `wajib` (must), `dilarang` (must not),
 * `dianjurkan` (should), `tidak-dianjurkan` (should not). Labels for readers: `ruleLevelLabels` (labels.ts).
 * The level agrees with the severity of the rule's findings (`levelAllowsSeverity`).
 */
export const ruleLevelSchema = /* @__PURE__ */ (() =>
  z
    .enum(['wajib', 'dilarang', 'dianjurkan', 'tidak-dianjurkan'])
    .describe('Tingkat keharusan: wajib, dilarang, dianjurkan, tidak-dianjurkan.'))();
export type RuleLevel = z.output<typeof ruleLevelSchema>;

/**
 * Which severities each level allows: a binding rule (`wajib`, `dilarang`) reports `error` or `warning`
 * (a warning where the breach is likely but not certain); advice (`dianjurkan`, `tidak-dianjurkan`)
 * reports `warning` or `info`, never `error`: advice never blocks.
 */
export const severitiesByLevel = {
  wajib: ['error', 'warning'],
  dilarang: ['error', 'warning'],
  dianjurkan: ['warning', 'info'],
  'tidak-dianjurkan': ['warning', 'info'],
} as const satisfies Record<RuleLevel, readonly Severity[]>;

/** Whether a rule of `level` may report findings of `severity` (see `severitiesByLevel`). */
export function levelAllowsSeverity(level: RuleLevel, severity: Severity): boolean {
  return (severitiesByLevel[level] as readonly Severity[]).includes(severity);
}

/** Adds an issue at `level` when a rule's level and severity disagree. */
export function requireLevelMatchesSeverity(ctx: z.core.ParsePayload<{ level: RuleLevel; severity: Severity }>): void {
  const { level, severity } = ctx.value;
  if (levelAllowsSeverity(level, severity)) return;
  const allowed = severitiesByLevel[level].join(', ');
  addLocalizedIssue(
    ctx,
    {
      id: `Tingkat "${level}" tidak sesuai dengan severity "${severity}"; tingkat ini hanya untuk severity ${allowed}.`,
      en: `Level "${level}" does not agree with severity "${severity}"; this level is for severity ${allowed} only.`,
    },
    ['level'],
  );
}

/**
 * The fields of a rule, without the cross-field checks: areas extend it with their own fields
 * (`ruleFields.extend({...}).check(requireRuleTranslations)`), since zod cannot extend a checked schema.
 */
export const ruleFields = /* @__PURE__ */ (() =>
  z
    .object({
      /** Stable id, `area.rule-name`. */
      id: ruleIdSchema,
      /** How binding the rule is: wajib, dilarang, dianjurkan, tidak-dianjurkan. */
      level: ruleLevelSchema,
      /** The rule in normative form ("Handle wajib …", "Dilarang …"; "must", "must not", "should"). */
      title: draftLocalizedTextSchema.describe('Aturan dalam bentuk normatif, mis. "Handle wajib …", "Dilarang …".'),
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
    .strict())();

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
export const ruleSchema = /* @__PURE__ */ (() => ruleFields.check(requireRuleTranslations))();
export type Rule = z.output<typeof ruleSchema>;
