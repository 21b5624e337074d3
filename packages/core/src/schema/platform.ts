// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { handleRulesSchema } from './handle-rules';
import { localizedTextSchema } from './localized-text';
import { textLimitsSchema } from './text-limits';

/** The platforms the guidelines cover. Adding one is a minor release. */
export const platformIdSchema = /* @__PURE__ */ (() => z.enum(['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'threads']))();
export type PlatformId = z.output<typeof platformIdSchema>;

/** One social-media platform and the limits it imposes on an official account. */
export const platformSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: platformIdSchema,
      /** Name as the platform writes it. */
      name: z.string().min(1),
      /** What the official presence on this platform must be (Page, business account…). */
      accountType: localizedTextSchema,
      /** Address of a profile, with `{handle}` where the handle goes. */
      profileUrl: z.string().includes('{handle}'),
      handle: handleRulesSchema,
      textLimits: textLimitsSchema,
    })
    .strict())();
export type Platform = z.output<typeof platformSchema>;
