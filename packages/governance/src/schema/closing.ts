// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { clauseSchema } from './clause';

/** Penutup: the closing provisions, and the general advice the pedoman gives for doing it well. */
export const closingSchema = /* @__PURE__ */ (() =>
  z
    .object({
      advice: z.array(clauseSchema).min(1),
      closing: z.array(localizedTextSchema).min(1),
    })
    .strict())();
export type Closing = z.output<typeof closingSchema>;
