// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

const described = { description: localizedTextSchema };

/** A template variable: its type decides how a value is checked and how ICU formats it. */
export const variableSpecSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    /** Free text, at most `maxLength` characters. */
    z.object({ type: z.literal('string'), maxLength: z.int().positive(), ...described }).strict(),
    /** A whole number (plural forms use it). */
    z.object({ type: z.literal('number'), ...described }).strict(),
    /** A calendar date, `YYYY-MM-DD`, formatted with `{name, date, long}`. */
    z.object({ type: z.literal('date'), ...described }).strict(),
    /** An `https://` address. */
    z.object({ type: z.literal('url'), ...described }).strict(),
    /** One of a fixed list, for `{name, select, …}`. */
    z.object({ type: z.literal('enum'), values: z.array(z.string().min(1)).min(1), ...described }).strict(),
  ]))();
export type VariableSpec = z.output<typeof variableSpecSchema>;
