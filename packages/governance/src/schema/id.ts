// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';

/** The id of an entry in a chapter (a term, an indicator, a step): stable, lower-case, hyphenated, used as its anchor. */
export const entryIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'huruf kecil, angka dan tanda hubung / lower case, digits and hyphens')
    .describe('Id entri: huruf kecil, angka, tanda hubung.'))();
