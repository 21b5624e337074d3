// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';

/** Every locale, in the order the handbook shows them: Indonesian first, English second. */
export const locales = ['id', 'en'] as const;
/** One of the two languages of the guidelines. */
export type Locale = (typeof locales)[number];

/** The two languages of the guidelines, as a schema (its own list, so `locales` needs no zod). */
export const localeSchema = /* @__PURE__ */ (() => z.enum(locales).describe('Bahasa: `id` (Indonesia) atau `en` (Inggris).'))();

const nonEmpty = /* @__PURE__ */ (() => z.string().trim().min(1))();

/**
 * Text shown to people, in Indonesian and English. Both are required for anything published;
 * see {@link draftLocalizedTextSchema} for text still being translated.
 */
export const localizedTextSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Indonesian text. Always required: Indonesian is the language of record. */
      id: nonEmpty.describe('Teks Bahasa Indonesia (wajib).'),
      /** English text. */
      en: nonEmpty.describe('English text (required for published rules).'),
    })
    .strict()
    .describe('Teks dwibahasa / bilingual text'))();
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** Text whose English translation may still be missing (only allowed on draft rules). */
export const draftLocalizedTextSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: nonEmpty.describe('Teks Bahasa Indonesia (wajib).'),
      en: nonEmpty.optional().describe('English text; may be missing while the rule is a draft.'),
    })
    .strict())();
export type DraftLocalizedText = z.output<typeof draftLocalizedTextSchema>;
