// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addLocalizedIssue, localizedTextSchema, provisionIdSchema, sourceReferenceCheck, sourceSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { fitsStatutoryLimit } from '../statutory-limit';
import { messageCategoryIdSchema } from './category';

const clockMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockTime = /* @__PURE__ */ (() => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time as HH:MM, e.g. "08:00"' }))();

/** Where a reply goes: a comment thread (public) or a direct message (private). */
export const channelSchema = /* @__PURE__ */ (() => z.enum(['public', 'private']))();
export type Channel = z.output<typeof channelSchema>;

/** How a response time is counted. */
export const durationUnitSchema = /* @__PURE__ */ (() =>
  z
    .enum(['working-hours', 'working-days', 'hours'])
    .describe('working-hours: jam kerja; working-days: hari kerja; hours: jam kalender.'))();
export type DurationUnit = z.output<typeof durationUnitSchema>;

export const weekdaySchema = /* @__PURE__ */ (() =>
  z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']))();
export type Weekday = z.output<typeof weekdaySchema>;

/** An Indonesian time zone: a fixed offset from UTC (Indonesia has no daylight saving time). */
export const timeZoneSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: z.enum(['WIB', 'WITA', 'WIT']),
      name: z.string().min(1),
      offset: z.string().regex(/^\+0[789]:00$/),
      iana: z.string().min(1),
    })
    .strict())();
export type TimeZone = z.output<typeof timeZoneSchema>;

/** A time limit set by law that a target answers to (e.g. UU 25/2009 Pasal 44(3): 14 days). */
export const statutoryLimitSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The provision, by its id in core's legal registry. */
      provision: provisionIdSchema,
      amount: z.int().positive(),
      /** `days` are calendar days; `working-days` leave out weekends and days off. */
      unit: z.enum(['days', 'working-days']),
    })
    .strict())();
export type StatutoryLimit = z.output<typeof statutoryLimitSchema>;

/**
 * The first-response target of one category on one channel. Targets are institutional policy;
 * `comparison` names published practice elsewhere (shown as comparison, not as their source), and
 * `limit` the statutory limit the target must stay within — the build refuses one that does not.
 */
export const responseTargetSchema = /* @__PURE__ */ (() =>
  z
    .object({
      category: messageCategoryIdSchema,
      channel: channelSchema,
      amount: z.int().nonnegative(),
      unit: durationUnitSchema,
      /** Ids of `sources` entries whose published targets this one can be compared with. */
      comparison: z.array(z.string().min(1)).optional(),
      /** The limit set by law, when one applies to this kind of message. */
      limit: statutoryLimitSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .strict())();
export type ResponseTarget = z.output<typeof responseTargetSchema>;

/** The `data/procedure.yaml` file. */
export const procedureFileSchema = /* @__PURE__ */ (() =>
  z
    .object({
      sources: z.array(sourceSchema).min(1),
      /** Why the targets bind: institutional policy, within the statutory limits. */
      targetsPolicy: localizedTextSchema,
      workingHours: z
        .object({ days: z.array(weekdaySchema).min(1), start: clockTime, end: clockTime, note: localizedTextSchema.optional() })
        .strict(),
      timeZones: z.array(timeZoneSchema).min(1),
      defaultTimeZone: z.enum(['WIB', 'WITA', 'WIT']),
      targets: z.array(responseTargetSchema).min(1),
      escalation: z
        .array(
          z
            .object({ after: z.object({ amount: z.int().nonnegative(), unit: durationUnitSchema }).strict(), to: localizedTextSchema })
            .strict(),
        )
        .min(1),
    })
    .strict()
    .check((ctx) => {
      const { sources, targets, workingHours } = ctx.value;
      const requireSource = sourceReferenceCheck(ctx, sources);
      const workingDayHours = (clockMinutes(workingHours.end) - clockMinutes(workingHours.start)) / 60;
      targets.forEach((target, index) => {
        target.comparison?.forEach((id, position) => {
          requireSource(id, ['targets', index, 'comparison', position]);
        });
        if (target.limit && !fitsStatutoryLimit(target, target.limit, workingDayHours)) {
          addLocalizedIssue(
            ctx,
            {
              id: `Target ${target.category}/${target.channel} (${target.amount} ${target.unit}) dapat melampaui batas undang-undang (${target.limit.amount} ${target.limit.unit}, ${target.limit.provision}). Perpendek targetnya.`,
              en: `The ${target.category}/${target.channel} target (${target.amount} ${target.unit}) can exceed the statutory limit (${target.limit.amount} ${target.limit.unit}, ${target.limit.provision}). Shorten the target.`,
            },
            ['targets', index, 'amount'],
          );
        }
      });
      if (workingHours.start >= workingHours.end) {
        addLocalizedIssue(
          ctx,
          {
            id: `Jam kerja berakhir (${workingHours.end}) sebelum atau saat dimulai (${workingHours.start}).`,
            en: `Working hours end (${workingHours.end}) before or when they start (${workingHours.start}).`,
          },
          ['workingHours', 'end'],
        );
      }
      const seen = new Set<string>();
      targets.forEach((target, index) => {
        const key = `${target.category}/${target.channel}`;
        if (seen.has(key)) {
          addLocalizedIssue(ctx, { id: `Target untuk ${key} tercantum dua kali.`, en: `The target for ${key} is listed twice.` }, [
            'targets',
            index,
            'category',
          ]);
        }
        seen.add(key);
      });
    }))();
export type ProcedureFile = z.output<typeof procedureFileSchema>;
