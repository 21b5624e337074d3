// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { provisionIdSchema } from './legal-instrument';
import { localizedTextSchema } from './localized-text';

/**
 * A provision of a statute or regulation, cited by its id in `@pedoman-medsos/core`'s
 * `data/legal-instruments.yaml`, where its article, instrument and in-force window are kept once.
 */
export const provisionCitationSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Id of the provision, e.g. `uu-1-2023/243`. */
      provision: provisionIdSchema,
      /** What this rule takes from the provision, when the provision's own subject does not say it. */
      note: localizedTextSchema.optional(),
    })
    .strict())();
export type ProvisionCitation = z.output<typeof provisionCitationSchema>;

/** A rule the institution sets for itself, with no statute behind it. */
export const institutionalPolicyBasisSchema = /* @__PURE__ */ (() =>
  z
    .object({
      kind: z.literal('institutional-policy'),
      /** Why the institution adopted it, or which internal decision it comes from. */
      note: localizedTextSchema.optional(),
    })
    .strict())();
export type InstitutionalPolicyBasis = z.output<typeof institutionalPolicyBasisSchema>;

/** Why a rule binds: a provision (by id), or institutional policy. */
export const legalBasisSchema = /* @__PURE__ */ (() => z.union([provisionCitationSchema, institutionalPolicyBasisSchema]))();
export type LegalBasis = z.output<typeof legalBasisSchema>;

/** Whether a basis cites a provision (rather than institutional policy). */
export function isProvisionCitation(basis: LegalBasis): basis is ProvisionCitation {
  return 'provision' in basis;
}
