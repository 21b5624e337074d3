// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import {
  addDuplicateIdIssues,
  addLocalizedIssue,
  isoDateSchema,
  localizedTextSchema,
  platformIdSchema,
  sourcedFigureSchema,
  sourceSchema,
} from '@pedoman-medsos/core';
import { z } from 'zod';

/** A hashtag in its canonical CamelCase form, without "#": screen readers read `JagaAsetNegara` word by word. */
export const hashtagSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^[\p{Lu}\p{N}][\p{L}\p{N}]*$/u, { error: 'CamelCase without "#", starting with a capital or digit, e.g. "JagaAsetNegara"' }))();

/** A centrally set campaign that unit accounts amplify. */
export const campaignSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Stable id, also the calendar event's uid. */
      id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      title: localizedTextSchema,
      /** First and last day (inclusive), in the institution's calendar. */
      period: z.object({ start: isoDateSchema, end: isoDateSchema }).strict(),
      /** What every post of the campaign should convey. */
      keyMessages: z.array(localizedTextSchema).min(1),
      /** Official hashtags, canonical CamelCase. */
      hashtags: z.array(hashtagSchema).min(1),
      /** Words that put a post on the campaign's theme (it then needs the campaign's hashtag). */
      themeKeywords: z.array(z.string().min(2)).default([]),
      /** Platforms the campaign runs on; all when absent. */
      platforms: z.array(platformIdSchema).optional(),
      /** The unit that owns the campaign. */
      owner: z.string().min(1),
      /** `approved` campaigns run in their period; `cancelled` ones never do. */
      status: z.enum(['approved', 'cancelled']),
      /**
       * `true` for a campaign shipped as an example, not set by the institution: every surface marks it
       * (core's `exampleMark`; in the calendar a TENTATIVE event with "[CONTOH]" before its title).
       */
      example: z.boolean().default(false),
    })
    .strict()
    .check((ctx) => {
      if (ctx.value.period.end < ctx.value.period.start) {
        addLocalizedIssue(ctx, { id: 'Tanggal akhir sebelum tanggal mulai.', en: 'The end date is before the start date.' }, [
          'period',
          'end',
        ]);
      }
    }))();
export type Campaign = z.output<typeof campaignSchema>;

/** A hashtag every unit may use at any time, outside campaigns. */
export const standingHashtagSchema = /* @__PURE__ */ (() =>
  z
    .object({
      tag: hashtagSchema,
      owner: z.string().min(1),
      meaning: localizedTextSchema,
      /** `true` for a hashtag shipped as an example: every surface marks it. */
      example: z.boolean().default(false),
    })
    .strict())();
export type StandingHashtag = z.output<typeof standingHashtagSchema>;

/** A term with the brand the institution uses for it in public (APBN → "Uang Kita"). */
export const brandedTermSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The term as drafts write it ("APBN"); matched as a whole word, in any case. */
      term: z.string().min(1),
      /** The name the institution uses for it in public ("Uang Kita"). */
      brand: z.string().min(1),
      /** The brand's hashtag, when it has one (`UangKita`). */
      hashtag: hashtagSchema.optional(),
      note: localizedTextSchema,
      /** `true` for a term shipped as an example: every surface marks it. */
      example: z.boolean().default(false),
    })
    .strict())();
export type BrandedTerm = z.output<typeof brandedTermSchema>;

/** How many hashtags a post carries, and how often accounts post. */
export const agendaPolicySchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Most hashtags the institution wants in one post (fewer read better). */
      maxHashtags: z
        .object({ default: z.int().positive(), perPlatform: z.partialRecord(platformIdSchema, z.int().positive()).default({}) })
        .strict(),
      /** Hard limits the platforms themselves set, each with its source. */
      platformHashtagLimits: z.partialRecord(platformIdSchema, sourcedFigureSchema).default({}),
      cadence: z
        .object({
          /** Fewest posts a week an account should publish. */
          minPostsPerWeek: z
            .object({ default: z.int().nonnegative(), perPlatform: z.partialRecord(platformIdSchema, z.int().nonnegative()).default({}) })
            .strict(),
        })
        .strict(),
    })
    .strict())();
export type AgendaPolicy = z.output<typeof agendaPolicySchema>;

/** The agenda file. */
export const agendaFileSchema = /* @__PURE__ */ (() =>
  z
    .object({
      sources: z.array(sourceSchema).default([]),
      campaigns: z.array(campaignSchema),
      standingHashtags: z.array(standingHashtagSchema).default([]),
      brandedTerms: z.array(brandedTermSchema).default([]),
      policy: agendaPolicySchema,
    })
    .strict()
    .check((ctx) => {
      addDuplicateIdIssues(ctx, ctx.value.campaigns, 'campaigns');
      const known = new Set(ctx.value.sources.map((source) => source.id));
      for (const [platform, figure] of Object.entries(ctx.value.policy.platformHashtagLimits)) {
        if (figure && !known.has(figure.source)) {
          addLocalizedIssue(
            ctx,
            {
              id: `Sumber "${figure.source}" tidak ada di daftar \`sources\`.`,
              en: `Source "${figure.source}" is not in the \`sources\` list.`,
            },
            ['policy', 'platformHashtagLimits', platform, 'source'],
          );
        }
      }
    }))();
export type AgendaFile = z.output<typeof agendaFileSchema>;
