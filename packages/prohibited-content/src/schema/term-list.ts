// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of `screen` does not build the schemas that check files and options.
import { addLocalizedIssue } from '@pedoman-medsos/core';
import { z } from 'zod';
import { normalizeToString } from '../normalize/normalize';
import { categoryIdSchema } from './category';

const hasLetter = /\p{L}/u;

/** A term or phrase; it is matched after the same normalization as the text. */
const termSchema = /* @__PURE__ */ (() => z.string().trim().min(2))();

/**
 * How grave a term is, where a category has tiers (`abusive`): `strong` — profanity and slurs — gets
 * the category's `actions`; `mild` — milder insults — the category's `tiers.mild` actions (a comment
 * held for an admin, a draft sent for approval). A list without a tier is `strong`.
 */
export const termTierSchema = /* @__PURE__ */ (() => z.enum(['strong', 'mild']))();
export type TermTier = z.output<typeof termTierSchema>;

/** Terms of one category, and the phrases that cancel a match they overlap. */
export const termListSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The category the terms report (`gambling`, `sara-hate`…). */
      category: categoryIdSchema,
      /** The tier of the list's terms (default `strong`): see {@link termTierSchema}. */
      tier: termTierSchema.optional(),
      /** Words and phrases that signal the category. Spelling variants are not needed: `slot` also finds `𝐒𝐋𝐎𝐓`, `s.l.o.t`, `5lot`. */
      terms: z.array(termSchema).default([]),
      /**
       * Phrases in which a term is not a violation (`slot waktu`, `berantas judi online`): a term
       * match that overlaps one of them is dropped.
       */
      allow: z.array(termSchema).default([]),
      /**
       * Words that suggest the category without proving it (`wd`, `saldo`, `judol` in a complaint):
       * they never flag a text alone but add to the gambling score. Gambling only.
       */
      cues: z.array(termSchema).default([]),
    })
    .strict()
    .check((ctx) => {
      if (ctx.value.cues.length > 0 && ctx.value.category !== 'gambling') {
        addLocalizedIssue(
          ctx,
          {
            id: 'Isyarat (`cues`) hanya dipakai kategori gambling, satu-satunya kategori yang memakai skor.',
            en: 'Cues are used by the gambling category only, the one category that is scored.',
          },
          ['cues'],
        );
      }
      for (const field of ['terms', 'allow', 'cues'] as const) {
        const seen = new Map<string, number>();
        ctx.value[field].forEach((term, index) => {
          const normalized = normalizeToString(term);
          if (!hasLetter.test(normalized)) {
            addLocalizedIssue(
              ctx,
              {
                id: `"${term}" tidak mengandung huruf setelah normalisasi; angka saja ditangani oleh detektor, bukan daftar istilah.`,
                en: `"${term}" has no letter once normalized; numbers alone are handled by detectors, not term lists.`,
              },
              [field, index],
            );
          }
          const earlier = seen.get(normalized);
          if (earlier !== undefined) {
            addLocalizedIssue(
              ctx,
              {
                id: `"${term}" sama dengan "${ctx.value[field][earlier]}" setelah normalisasi (${normalized}); hapus salah satunya.`,
                en: `"${term}" is the same as "${ctx.value[field][earlier]}" once normalized (${normalized}); remove one.`,
              },
              [field, index],
            );
          }
          seen.set(normalized, index);
        });
      }
    }))();
export type TermList = z.output<typeof termListSchema>;

/** A terms file: the shipped default lists, or an institution's own (candidates' names…). */
export const termsFileSchema = /* @__PURE__ */ (() => z.object({ lists: z.array(termListSchema) }).strict())();
export type TermsFile = z.output<typeof termsFileSchema>;
