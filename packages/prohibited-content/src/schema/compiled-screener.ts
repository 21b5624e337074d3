// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of `screen` does not build the schemas that check files and options.
import { z } from 'zod';
import { categoryIdSchema } from './category';
import { officialContactsSchema } from './screener-config';

/** A typed array as base64 (`toJSON` of a screener writes them so). */
const base64Schema = /* @__PURE__ */ (() => z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'base64' }))();
const count = /* @__PURE__ */ (() => z.int().nonnegative())();

/** An automaton in its JSON-safe form (`match/automaton.ts`). */
export const serializedAutomatonSchema = /* @__PURE__ */ (() =>
  z
    .object({
      alphabetSize: z.int().positive(),
      /** `[codePoint, symbol]` pairs. */
      symbols: z.array(z.tuple([z.int().min(0).max(0x10ffff), z.int().positive()])),
      delta: base64Schema,
      keyAt: base64Schema,
      outputLink: base64Schema,
      keyLengths: base64Schema,
    })
    .strict()
    .refine((automaton) => automaton.alphabetSize <= 0xffff && automaton.symbols.every(([, symbol]) => symbol < automaton.alphabetSize), {
      error: 'symbol outside the alphabet',
      path: ['symbols'],
    }))();

/**
 * The shape of a compiled screener (`screener.toJSON()`). `loadScreener` checks it, then checks
 * that the automata agree with it (sizes, states, key lengths): a damaged or hand-edited file is
 * refused when loaded rather than failing, or silently misreading, text by text.
 */
export const compiledScreenerSchema = /* @__PURE__ */ (() =>
  z
    .object({
      format: z.literal('pedoman-screener/3'),
      keys: z.array(
        z
          .object({
            normalized: z.string().min(1),
            gaps: z.array(count),
            entries: z
              .array(
                z
                  .object({
                    category: categoryIdSchema,
                    term: z.string(),
                    role: z.enum(['term', 'allow', 'cue', 'group', 'derogation', 'call', 'signal']),
                    tier: z.enum(['strong', 'mild']).optional(),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      ),
      automaton: serializedAutomatonSchema,
      prefilter: z.object({ automaton: serializedAutomatonSchema, kinds: z.array(z.int().min(1).max(31)) }).strict(),
      /** The institution's own contacts (`ScreenerConfig.officialContacts`), kept with the lists. */
      officialContacts: officialContactsSchema.optional(),
    })
    .strict())();
