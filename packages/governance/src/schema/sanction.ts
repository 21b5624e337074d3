// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { legalBasisSchema, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { entryIdSchema } from './id';
import { roleIdSchema } from './role-id';

/** One step of the graded follow-up to a breach: when it applies, what happens, who decides. */
export const followUpStepSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: entryIdSchema,
      title: localizedTextSchema,
      when: localizedTextSchema,
      action: localizedTextSchema,
      decidedBy: z.array(roleIdSchema).min(1),
      legalBasis: z.array(legalBasisSchema).min(1),
    })
    .strict())();
export type FollowUpStep = z.output<typeof followUpStepSchema>;

/**
 * Sanksi dan tindak lanjut. The pedoman creates no penalty of its own: it acts on accounts, and it
 * refers staff to the disciplinary regime that already exists (`principle` says so on the page).
 */
export const sanctionsSchema = /* @__PURE__ */ (() =>
  z
    .object({
      principle: localizedTextSchema,
      steps: z.array(followUpStepSchema).min(1),
    })
    .strict())();
export type Sanctions = z.output<typeof sanctionsSchema>;
