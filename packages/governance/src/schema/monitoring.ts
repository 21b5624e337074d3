// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { legalBasisSchema, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { entryIdSchema } from './id';
import { roleIdSchema } from './role-id';

/**
 * An indicator of compliance, kept with an id so that an evaluation can compute it from the
 * account register, the reply log and the content calendar.
 */
export const indicatorSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: entryIdSchema,
      title: localizedTextSchema,
      /** How it is counted. */
      measure: localizedTextSchema,
      /** The computation, in words a reader can redo by hand: "replies on time ÷ questions and complaints due". */
      formula: localizedTextSchema,
      /** What the indicator rests on: the provisions or the institution's policy. */
      legalBasis: z.array(legalBasisSchema).min(1),
      /** The value a compliant unit reaches. */
      target: localizedTextSchema,
      /** The share the target sets, 0–1, when the indicator is a share (what an evaluation compares). */
      targetShare: z.number().min(0).max(1).optional(),
    })
    .strict())();
export type Indicator = z.output<typeof indicatorSchema>;

/** A kind of content or a format that the content-mix indicators count. */
export const contentKindSchema = /* @__PURE__ */ (() =>
  z.object({ id: entryIdSchema, label: localizedTextSchema, ceremonial: z.boolean().default(false) }).strict())();
export type ContentKind = z.output<typeof contentKindSchema>;

export const reportingPeriodSchema = /* @__PURE__ */ (() => z.enum(['monthly', 'quarterly', 'yearly']))();
export type ReportingPeriod = z.output<typeof reportingPeriodSchema>;

/** Who reports what to whom, and when. */
export const reportSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: entryIdSchema,
      period: reportingPeriodSchema,
      by: roleIdSchema,
      /** Absent for the yearly evaluation, which central-pr publishes rather than sends up. */
      to: roleIdSchema.optional(),
      what: localizedTextSchema,
      due: localizedTextSchema,
      indicators: z.array(entryIdSchema).min(1),
    })
    .strict())();
export type Report = z.output<typeof reportSchema>;

/** Monitoring dan evaluasi: the indicators, the content kinds and formats they count, and the reports. */
export const monitoringSchema = /* @__PURE__ */ (() =>
  z
    .object({
      summary: localizedTextSchema,
      indicators: z.array(indicatorSchema).min(1),
      contentPurposes: z.array(contentKindSchema).min(1),
      contentFormats: z.array(contentKindSchema).min(1),
      reports: z.array(reportSchema).min(1),
    })
    .strict()
    .check((ctx) => {
      const known = new Set(ctx.value.indicators.map((indicator) => indicator.id));
      ctx.value.reports.forEach((report, index) => {
        for (const id of report.indicators.filter((indicator) => !known.has(indicator))) {
          ctx.issues.push({
            code: 'custom',
            input: id,
            path: ['reports', index, 'indicators'],
            message: `Indikator "${id}" tidak ada / unknown indicator "${id}"`,
          });
        }
      });
    }))();
export type Monitoring = z.output<typeof monitoringSchema>;
