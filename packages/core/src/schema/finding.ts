// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { provisionIdSchema } from './legal-instrument';
import { localizedTextSchema } from './localized-text';
import { ruleIdSchema } from './rule';

/**
 * How much a finding matters. `error` blocks (the CLI exits 1, a draft must not be published);
 * `warning` needs a person's judgement; `info` is advice.
 */
export const severitySchema = /* @__PURE__ */ (() => z.enum(['error', 'warning', 'info']))();
export type Severity = z.output<typeof severitySchema>;

/** A span of the text the user gave, as UTF-16 offsets: `text.slice(start, end)` is the match. */
export const textSpanSchema = /* @__PURE__ */ (() =>
  z
    .object({
      kind: z.literal('span'),
      /** Offset of the first UTF-16 code unit. */
      start: z.int().nonnegative(),
      /** Offset just past the last UTF-16 code unit. */
      end: z.int().nonnegative(),
    })
    .strict())();
export type TextSpan = z.output<typeof textSpanSchema>;

/** A field of a structured input, e.g. `["rows", 12, "handle"]`. */
export const fieldLocationSchema = /* @__PURE__ */ (() =>
  z
    .object({
      kind: z.literal('field'),
      /** Property names and array indexes from the input's root. */
      path: z.array(z.union([z.string(), z.int()])),
    })
    .strict())();
export type FieldLocation = z.output<typeof fieldLocationSchema>;

/** Where in the user's input a finding points. */
export const findingLocationSchema = /* @__PURE__ */ (() => z.discriminatedUnion('kind', [textSpanSchema, fieldLocationSchema]))();
export type FindingLocation = z.output<typeof findingLocationSchema>;

/** A proposed change: a replacement value for the whole input or for the located part of it. */
export const suggestionSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** What to do, for a person. */
      message: localizedTextSchema,
      /** The corrected value, when the fix is mechanical. */
      replacement: z.string().optional(),
    })
    .strict())();
export type Suggestion = z.output<typeof suggestionSchema>;

/** What every validator returns: one finding per rule broken, never an exception. */
export const findingSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The rule that produced the finding. */
      ruleId: ruleIdSchema,
      severity: severitySchema,
      /** One sentence saying what is wrong. */
      message: localizedTextSchema,
      /** Where it is wrong; absent when the finding is about the input as a whole. */
      location: findingLocationSchema.optional(),
      /** How to fix it. */
      suggestion: suggestionSchema.optional(),
      /** Why the rule matters, or how the validator reached its verdict. */
      explanation: localizedTextSchema.optional(),
      /**
       * The provisions behind the rule that are in force on the day validated (`asOf`), by id in the
       * legal registry (`citeProvision(findProvision(id))` words them); absent when the rule rests on
       * institutional policy alone.
       */
      legalBasis: z.array(provisionIdSchema).optional(),
    })
    .strict())();
export type Finding = z.output<typeof findingSchema>;
