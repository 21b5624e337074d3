// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addDuplicateIdIssues, addLocalizedIssue, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/** A word as it appears in a handle: lower-case ASCII letters and digits. */
const handleTokenSchema = /* @__PURE__ */ (() => z.string().regex(/^[a-z0-9]+$/, { error: 'a–z and 0–9 only, e.g. "kpknl"' }))();

/**
 * How a handle is put together, from the tokens `{institution}`, `{unit}` and `{region}`; a `.`
 * stands for the separator (see `separator`). Examples: `{unit}{region}` → kpknlbandung,
 * `{institution}.{region}` → bpom.jakarta, `{unit}.{institution}` → registrasiobat.bpom.
 */
const patternSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^(?:\{(?:institution|unit|region)\}\.?)+$/, { error: 'tokens {institution} {unit} {region}, optionally joined by "."' }))();

/** A kind of unit with its one canonical abbreviation, e.g. KPKNL. */
export const unitKindSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Stable id, used in the register (`kpknl`). */
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** Full name, e.g. "Kantor Pelayanan Kekayaan Negara dan Lelang". */
      name: z.string().min(1),
      /** The only abbreviation a handle may use for this kind of unit. */
      abbreviation: handleTokenSchema,
      /** Other ways people write the kind in a unit's name ("Kantor Imigrasi" for kanim). */
      aliases: z.array(z.string().min(1)).default([]),
      /** The parent unit shown in the display name, e.g. "DJKN". */
      parent: z.string().optional(),
      pattern: patternSchema,
      /** Whether a unit of this kind is named after its region (a regional or service office). */
      regional: z.boolean().default(true),
    })
    .strict())();
export type UnitKind = z.output<typeof unitKindSchema>;

/** A region as a handle writes it; the profile's list overrides and extends the national list. */
export const regionSpellingSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Name as people write it: "Jakarta Selatan", "Banjarmasin". */
      name: z.string().min(1),
      /** Its handle form: "jaksel". */
      handle: handleTokenSchema,
      /** A shorter form, used only when a platform's length limit forces it: "bmasin". */
      short: handleTokenSchema.optional(),
    })
    .strict())();
export type RegionSpelling = z.output<typeof regionSpellingSchema>;

/** One institution's naming conventions: the file an institution replaces with its own. */
export const institutionProfileSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** `true` for the profiles shipped as examples: an institution replaces them with its own. */
      example: z.boolean().default(false),
      /** What the profile reproduces and where the convention comes from. */
      description: localizedTextSchema,
      institution: z
        .object({
          name: z.string().min(1),
          /** The institution in handles: "kemenkeu", "bpom". */
          shortName: handleTokenSchema,
          /** The official website every bio links to (two-way linking). */
          website: z.url(),
        })
        .strict(),
      unitKinds: z.array(unitKindSchema).min(1),
      /** Region spellings and the only abbreviations allowed ("Jakarta Selatan" → jaksel). */
      regions: z.array(regionSpellingSchema).default([]),
      separator: z
        .object({
          /** The separator a `.` in a pattern stands for, where the platform allows it. */
          preferred: z.enum(['.', '_', '']),
          /** Used on platforms that do not allow the preferred one (X allows no "."). */
          fallback: z.enum(['_', '']),
        })
        .strict(),
      /**
       * What to do, in order, when a handle is longer than a platform allows (X: 15): drop the
       * separator, use the region's short form from the dictionary, shorten the region.
       */
      lengthFallback: z
        .array(z.enum(['drop-separator', 'short-region', 'truncate-region']))
        .min(1)
        .default(['drop-separator', 'short-region', 'truncate-region'])
        .describe('Langkah bila handle melebihi batas panjang platform, berurutan.'),
      /** The display name: the unit kind as people know it (in capitals) and the region, e.g. "KPKNL Bandung". */
      displayName: z
        .object({
          /** How the display name is put together: `{unit}` (the kind's abbreviation in capitals) and `{region}`. */
          pattern: z.string().includes('{unit}').default('{unit} {region}'),
        })
        .strict()
        .default({ pattern: '{unit} {region}' }),
      /** Words the display name and bio must carry. */
      bio: z
        .object({
          /** Phrases that say the account is official, any of which will do ("Akun resmi"). */
          officialPhrases: z.array(z.string().min(1)).min(1),
          /** The bio links to the institution's website. */
          requireWebsiteLink: z.boolean().default(true),
        })
        .strict(),
    })
    .strict()
    .check((ctx) => {
      addDuplicateIdIssues(ctx, ctx.value.unitKinds, 'unitKinds');
      const seen = new Map<string, number>();
      ctx.value.unitKinds.forEach((kind, index) => {
        const other = seen.get(kind.abbreviation);
        if (other !== undefined) {
          addLocalizedIssue(
            ctx,
            {
              id: `Singkatan "${kind.abbreviation}" sudah dipakai jenis unit "${ctx.value.unitKinds[other]!.id}"; setiap jenis unit satu singkatan sendiri.`,
              en: `Abbreviation "${kind.abbreviation}" is already used by unit kind "${ctx.value.unitKinds[other]!.id}"; each kind needs its own.`,
            },
            ['unitKinds', index, 'abbreviation'],
          );
        }
        seen.set(kind.abbreviation, index);
        if (kind.regional !== kind.pattern.includes('{region}')) {
          addLocalizedIssue(
            ctx,
            {
              id: 'Unit kewilayahan memakai {region} dalam polanya; unit non-kewilayahan tidak.',
              en: 'A regional unit uses {region} in its pattern; a non-regional one does not.',
            },
            ['unitKinds', index, 'pattern'],
          );
        }
      });
    }))();
export type InstitutionProfile = z.output<typeof institutionProfileSchema>;
