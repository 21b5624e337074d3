// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { isoDateSchema } from './dates';
import { localizedTextSchema } from './localized-text';

/**
 * How far a source can be trusted, as tagged in the research notes: the platform's or government's
 * own page (`primary`), an official body quoting it, a third party, or not confirmed at all.
 */
export const reliabilitySchema = /* @__PURE__ */ (() => z.enum(['primary', 'official-derived', 'secondary', 'unverified']))();
export type Reliability = z.output<typeof reliabilitySchema>;

/** A document a figure or rule was taken from. */
export const sourceSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Short id that figures refer to, e.g. `meta-help-username`. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'lower-case-with-dashes' }),
      /** Title of the page or document. */
      title: z.string().min(1),
      /** Address of the page, when it has one. */
      url: z.url().optional(),
      reliability: reliabilitySchema,
    })
    .strict())();
export type Source = z.output<typeof sourceSchema>;

/** A number taken from a source, kept with that source and the date someone last checked it. */
export const sourcedFigureSchema = /* @__PURE__ */ (() =>
  z
    .object({
      value: z.int().nonnegative(),
      /** Id of an entry in the file's `sources` list. */
      source: z.string().min(1).describe('ID sumber dari daftar `sources`.'),
      /** When someone last compared the value with its source. */
      verifiedAt: isoDateSchema,
      /** Why this value was chosen, e.g. where sources disagree. */
      note: localizedTextSchema.optional(),
    })
    .strict())();
export type SourcedFigure = z.output<typeof sourcedFigureSchema>;
