// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { localizedTextSchema } from './localized-text';
import { sourcedFigureSchema } from './source';

const punctuationSchema = /* @__PURE__ */ (() => z.enum(['.', '_', '-']))();

/** What a platform accepts as an account handle (username). */
export const handleRulesSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Punctuation allowed besides ASCII letters and digits. */
      punctuation: z.array(punctuationSchema).describe('Tanda baca yang diizinkan selain huruf dan angka.'),
      minLength: sourcedFigureSchema,
      maxLength: sourcedFigureSchema,
      /**
       * `lower`: the platform stores handles in lower case only; `insensitive`: it shows the case as
       * typed but treats `KPKNLBogor` and `kpknlbogor` as the same handle.
       */
      case: z.enum(['lower', 'insensitive']),
      /** Punctuation a handle may not start with. */
      noLeading: z.array(punctuationSchema).default([]),
      /** Punctuation a handle may not end with. */
      noTrailing: z.array(punctuationSchema).default([]),
      /** Punctuation that may not appear twice in a row. */
      noConsecutive: z.array(punctuationSchema).default([]),
      /** Words a handle may not contain (compared case-insensitively). */
      reservedWords: z.array(z.string().min(1)).default([]),
      /** Id of the source for the character and punctuation rules. */
      source: z.string().min(1),
      /** Anything an admin must know that the fields above do not say. */
      notes: z.array(localizedTextSchema).default([]),
    })
    .strict())();
export type HandleRules = z.output<typeof handleRulesSchema>;
