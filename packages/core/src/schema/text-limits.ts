// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { sourcedFigureSchema } from './source';

/** Maximum lengths, in characters, of the texts an official account writes. Absent: not known. */
export const textLimitsSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** A post, caption or video description. */
      post: sourcedFigureSchema.optional(),
      /** A comment or a reply to one. */
      reply: sourcedFigureSchema.optional(),
      /** The profile's bio or intro. */
      bio: sourcedFigureSchema.optional(),
      /** The account's display name (not the handle). */
      displayName: sourcedFigureSchema.optional(),
    })
    .strict())();
export type TextLimits = z.output<typeof textLimitsSchema>;

/** The text kinds, in the order tables show them. */
export const textKinds = ['post', 'reply', 'bio', 'displayName'] as const satisfies readonly (keyof TextLimits)[];
export type TextKind = (typeof textKinds)[number];
