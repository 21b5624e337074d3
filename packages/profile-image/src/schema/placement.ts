// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { imageFormatSchema } from './platform-image-spec';

const fraction = /* @__PURE__ */ (() => z.number().gt(0).lt(1))();

/** A background colour the institution allows, as `#RRGGBB`. */
export const backgroundColourSchema = /* @__PURE__ */ (() =>
  z
    .object({
      hex: z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'a colour as #RRGGBB, e.g. "#0B3D91"' }),
      name: localizedTextSchema,
      /** `true` for a colour shipped as an example of an institution's palette: every surface marks it. */
      example: z.boolean().default(false),
    })
    .strict())();
export type BackgroundColour = z.output<typeof backgroundColourSchema>;

/** The institution's rule for placing its emblem on an avatar (policy, not a platform figure). */
export const placementSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /**
       * Diameter of the centred circle the whole emblem must stay inside, as a fraction of the
       * canvas side. The crop circle is 1.0; its largest inner square only ≈ 0.707.
       */
      safeCircleDiameter: fraction.describe('Diameter lingkaran aman, bagian dari sisi kanvas (mis. 0.8).'),
      /** Largest RGB distance (0–441) at which a pixel still counts as background. */
      backgroundTolerance: z.number().min(1).max(441),
      /** Largest distance between the emblem's centre and the canvas centre, as a fraction of the side. */
      maxCentreOffset: fraction,
      /** Share of the cropped-away corner pixels that may differ from the background. */
      maxCornerNoise: fraction,
      /** Official background colours; empty means any plain colour is accepted. */
      backgroundColours: z.array(backgroundColourSchema),
      /** The one master file every platform's avatar is exported from. */
      master: z
        .object({
          /** Smallest side of the master, in pixels. */
          minimumSize: z.int().positive(),
          format: imageFormatSchema,
        })
        .strict(),
      /** Why the rule exists, shown in the handbook. */
      rationale: localizedTextSchema,
    })
    .strict())();
export type Placement = z.output<typeof placementSchema>;
