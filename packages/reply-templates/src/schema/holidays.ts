// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addLocalizedIssue, isoDateSchema, localizedTextSchema, sourceReferenceCheck, sourceSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/** A day off: a national holiday, or collective leave (cuti bersama) that civil servants also take. */
export const dayOffSchema = /* @__PURE__ */ (() =>
  z
    .object({
      date: isoDateSchema,
      kind: z.enum(['national', 'collective-leave']),
      name: localizedTextSchema,
      /**
       * Set when the date may still move, with the reason (e.g. Idulfitri and Iduladha are fixed by
       * the Religious Affairs Minister's sidang isbat). A deadline counted across it says so.
       */
      provisional: localizedTextSchema.optional(),
    })
    .strict())();
export type DayOff = z.output<typeof dayOffSchema>;

/** A national holiday on the same day every year (`MM-DD`), used for years whose decree is not loaded. */
export const fixedHolidaySchema = /* @__PURE__ */ (() =>
  z
    .object({
      monthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'MM-DD' }),
      name: localizedTextSchema,
    })
    .strict())();
export type FixedHoliday = z.output<typeof fixedHolidaySchema>;

/** One year's days off, as the three-minister decree sets them. */
export const holidayYearSchema = /* @__PURE__ */ (() =>
  z
    .object({
      year: z.int().min(2000).max(2100),
      /** Source of the list of dates. */
      source: z.string().min(1),
      /** Number of the decree (SKB) that sets the dates. */
      decree: z.string().min(1),
      /** Source of the decree's number. */
      decreeSource: z.string().min(1),
      verifiedAt: isoDateSchema,
      days: z.array(dayOffSchema).min(1),
    })
    .strict())();
export type HolidayYear = z.output<typeof holidayYearSchema>;

/** The `data/holidays.yaml` file. */
export const holidaysFileSchema = /* @__PURE__ */ (() =>
  z
    .object({
      sources: z.array(sourceSchema).min(1),
      /** Holidays fixed to a calendar day; for a year not in `years` only these (and weekends) are skipped. */
      fixedHolidays: z.array(fixedHolidaySchema).min(1),
      years: z.array(holidayYearSchema).min(1),
    })
    .strict()
    .check((ctx) => {
      const requireSource = sourceReferenceCheck(ctx, ctx.value.sources);
      ctx.value.years.forEach((year, index) => {
        requireSource(year.source, ['years', index, 'source']);
        requireSource(year.decreeSource, ['years', index, 'decreeSource']);
        year.days.forEach((day, dayIndex) => {
          if (!day.date.startsWith(`${year.year}-`)) {
            addLocalizedIssue(
              ctx,
              { id: `Tanggal ${day.date} bukan tahun ${year.year}.`, en: `The date ${day.date} is not in ${year.year}.` },
              ['years', index, 'days', dayIndex, 'date'],
            );
          }
        });
      });
    }))();
export type HolidaysFile = z.output<typeof holidaysFileSchema>;
