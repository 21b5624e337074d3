// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { localizedTextSchema, platformIdSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { clauseSchema } from './clause';
import { entryIdSchema } from './id';

/** A kind of unit whose official accounts the pedoman governs, e.g. a regional office. */
export const accountHolderSchema = /* @__PURE__ */ (() =>
  z.object({ id: entryIdSchema, name: localizedTextSchema, note: localizedTextSchema.optional() }).strict())();
export type AccountHolder = z.output<typeof accountHolderSchema>;

/**
 * Ruang lingkup: the official accounts the pedoman governs (whose, on which platforms), and the
 * chapter on civil servants' personal accounts, which the pedoman reaches only where the law does.
 */
export const scopeSchema = /* @__PURE__ */ (() =>
  z
    .object({
      officialAccounts: z
        .object({
          summary: localizedTextSchema,
          holders: z.array(accountHolderSchema).min(1),
          platforms: z.array(platformIdSchema).min(1),
          /** What the pedoman does not cover, so that no one reads it wider than it is. */
          excluded: z.array(localizedTextSchema),
        })
        .strict(),
      personalAccounts: z
        .object({
          summary: localizedTextSchema,
          neutrality: z.array(clauseSchema).min(1),
          confidentiality: z.array(clauseSchema).min(1),
        })
        .strict(),
    })
    .strict())();
export type Scope = z.output<typeof scopeSchema>;
