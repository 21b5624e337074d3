// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { legalBasisSchema, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { entryIdSchema } from './id';
import { normativeLevelSchema } from './level';

/**
 * One provision of a chapter of the frame (the ASN personal-accounts chapter, the closing advice):
 * what staff do, at which level, and why it binds — a provision of the legal registry by id, or
 * institutional policy.
 */
export const clauseSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: entryIdSchema,
      level: normativeLevelSchema,
      /** The provision in one sentence, as staff read it. */
      text: localizedTextSchema,
      /** Why, or what it means in practice, when the sentence alone does not say it. */
      rationale: localizedTextSchema.optional(),
      legalBasis: z.array(legalBasisSchema).min(1),
    })
    .strict())();
export type Clause = z.output<typeof clauseSchema>;
