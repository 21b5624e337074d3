// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addDuplicateIdIssues, legalBasisSchema, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { entryIdSchema } from './id';

/** Ketentuan umum: one term and what it means in this pedoman. */
export const definitionSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: entryIdSchema,
      term: localizedTextSchema,
      definition: localizedTextSchema,
      /** Where the law defines the term, when it does. */
      legalBasis: z.array(legalBasisSchema).optional(),
    })
    .strict())();
export type Definition = z.output<typeof definitionSchema>;

export const definitionsFileSchema = /* @__PURE__ */ (() =>
  z
    .object({ definitions: z.array(definitionSchema).min(1) })
    .strict()
    .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.definitions, 'definitions')))();
export type DefinitionsFile = z.output<typeof definitionsFileSchema>;
