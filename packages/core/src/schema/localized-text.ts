import { z } from 'zod';

/** The two languages of the guidelines: Indonesian first, English second. */
export const localeSchema = z.enum(['id', 'en']).describe('Bahasa: `id` (Indonesia) atau `en` (Inggris).');
export type Locale = z.output<typeof localeSchema>;

/** Every locale, in the order the handbook shows them. */
export const locales: readonly Locale[] = localeSchema.options;

const nonEmpty = z.string().trim().min(1);

/**
 * Text shown to people, in Indonesian and English. Both are required for anything published;
 * see {@link draftLocalizedTextSchema} for text still being translated.
 */
export const localizedTextSchema = z
  .object({
    /** Indonesian text. Always required: Indonesian is the language of record. */
    id: nonEmpty.describe('Teks Bahasa Indonesia (wajib).'),
    /** English text. */
    en: nonEmpty.describe('English text (required for published rules).'),
  })
  .strict()
  .describe('Teks dwibahasa / bilingual text');
export type LocalizedText = z.output<typeof localizedTextSchema>;

/** Text whose English translation may still be missing (only allowed on draft rules). */
export const draftLocalizedTextSchema = z
  .object({
    id: nonEmpty.describe('Teks Bahasa Indonesia (wajib).'),
    en: nonEmpty.optional().describe('English text; may be missing while the rule is a draft.'),
  })
  .strict();
export type DraftLocalizedText = z.output<typeof draftLocalizedTextSchema>;
