// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { platformIdSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/** A unit's request to open a new official account. */
export const accountRequestSchema = /* @__PURE__ */ (() =>
  z
    .object({
      unit: z.string().trim().min(1),
      platform: platformIdSchema,
      /** The handle the unit wants; the canonical one is suggested when absent. */
      handle: z.string().trim().optional(),
      /** Why the account is needed and for whom: the communication strategy. */
      strategy: z.string().trim().optional(),
      /**
       * Why the parent account (the institution's, or the echelon above the unit) cannot carry this
       * communication: a work unit does not need its own account by default.
       */
      parentAccountReason: z.string().trim().optional(),
      /** What the account should achieve, measurably. */
      goals: z.array(z.string().trim().min(1)).default([]),
      /** The admin team, each with an assignment letter (surat tugas). */
      admins: z.array(z.object({ name: z.string().trim().min(1), assignmentLetter: z.string().trim().optional() }).strict()).default([]),
      /** The content plan: themes and how often the account posts. */
      contentPlan: z.string().trim().optional(),
      /** Whether the canonical handle is still free on the platform (checked by hand). */
      handleAvailable: z.boolean().optional(),
    })
    .strict())();
export type AccountRequest = z.output<typeof accountRequestSchema>;
export type AccountRequestInput = z.input<typeof accountRequestSchema>;
