// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { localizedTextSchema, platformIdSchema, sourcedFigureSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/** Image formats a platform may accept, named as image decoders (sharp, browsers) name them. */
export const imageFormatSchema = /* @__PURE__ */ (() => z.enum(['jpeg', 'png', 'gif', 'webp', 'bmp', 'heif']))();
export type ImageFormat = z.output<typeof imageFormatSchema>;

/** One place a platform shows the avatar, and how large it is there. */
export const displaySizeSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Where the avatar appears, e.g. "Profile on mobile". */
      where: localizedTextSchema,
      /** Side of the displayed square in CSS pixels. */
      size: sourcedFigureSchema,
    })
    .strict())();
export type DisplaySize = z.output<typeof displaySizeSchema>;

/** What one platform expects of a profile image; every figure cites its source. */
export const platformImageSpecSchema = /* @__PURE__ */ (() =>
  z
    .object({
      platform: platformIdSchema,
      /** How the platform masks the avatar. Every platform covered today crops to a circle. */
      crop: z.enum(['circle', 'square']).describe('Bentuk potongan foto profil.'),
      /** Side of the square the platform recommends uploading, in pixels. */
      recommendedSize: sourcedFigureSchema,
      /** Smallest side accepted before the picture looks blurred or is refused, in pixels. */
      minimumSize: sourcedFigureSchema,
      /** Where the avatar is shown and at what size (may be empty when no source gives one). */
      displaySizes: z.array(displaySizeSchema),
      /** Formats the platform accepts. */
      formats: z.array(imageFormatSchema).min(1),
      /** Largest file the platform accepts, in bytes; absent when no source gives a limit. */
      maxBytes: sourcedFigureSchema.optional(),
      /** What an admin must know beyond the figures. */
      note: localizedTextSchema.optional(),
    })
    .strict())();
export type PlatformImageSpec = z.output<typeof platformImageSpecSchema>;
