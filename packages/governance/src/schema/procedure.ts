// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addDuplicateIdIssues, localizedTextSchema, provisionIdSchema, ruleIdSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { entryIdSchema } from './id';
import { roleIdSchema } from './role-id';

/** How a time limit is counted: calendar hours, working hours, working days, or calendar days. */
export const limitUnitSchema = /* @__PURE__ */ (() =>
  z
    .enum(['hours', 'working-hours', 'working-days', 'days'])
    .describe('hours: jam kalender; working-hours: jam kerja; working-days: hari kerja; days: hari kalender.'))();
export type LimitUnit = z.output<typeof limitUnitSchema>;

/** At once, before anything else: no count, the step comes first. */
export const immediateLimitSchema = /* @__PURE__ */ (() => z.object({ immediately: z.literal(true) }).strict())();

/** Before the end of the day something happens (an admin leaves): what "the same day" means here. */
export const sameDayLimitSchema = /* @__PURE__ */ (() => z.object({ sameDay: z.literal(true), from: localizedTextSchema }).strict())();

/**
 * A duration and where it comes from: a statute (`provision`, an id of core's legal registry) or,
 * without one, the institution's own policy. A limit is a fact to cite, never a guess.
 */
export const durationLimitSchema = /* @__PURE__ */ (() =>
  z
    .object({
      amount: z.int().positive(),
      unit: limitUnitSchema,
      /** The provision that sets this limit; absent, the limit is institutional policy. */
      provision: provisionIdSchema.optional(),
      /** What the count starts from, e.g. "sejak kegagalan diketahui". */
      from: localizedTextSchema.optional(),
    })
    .strict())();

/** The response-time target of a reply-templates category and channel: the number is kept there, once. */
export const replyTargetLimitSchema = /* @__PURE__ */ (() =>
  z
    .object({
      replyTarget: z
        .object({ category: z.string().min(1), channel: z.enum(['public', 'private']) })
        .strict()
        .describe('Kategori dan kanal di data/procedure.yaml paket reply-templates.'),
    })
    .strict())();

export const timeLimitSchema = /* @__PURE__ */ (() =>
  z.union([immediateLimitSchema, sameDayLimitSchema, durationLimitSchema, replyTargetLimitSchema]))();
export type TimeLimit = z.output<typeof timeLimitSchema>;
export type DurationLimit = z.output<typeof durationLimitSchema>;
export type ReplyTargetLimit = z.output<typeof replyTargetLimitSchema>;

/**
 * What supports a step, in a form a build can verify: a handbook tool page (its slug, checked when
 * the handbook builds), a rule (its id, checked against every package's rules), or a function a
 * package exports (checked against the built package).
 */
export const supportSchema = /* @__PURE__ */ (() =>
  z.union([
    z.object({ tool: z.string().regex(/^[a-z0-9-]+$/) }).strict(),
    z.object({ rule: ruleIdSchema }).strict(),
    z
      .object({
        check: z.object({ package: z.string().regex(/^@pedoman-medsos\/[a-z-]+$/), export: z.string().min(1) }).strict(),
      })
      .strict(),
  ]))();
export type Support = z.output<typeof supportSchema>;

/** One step of a procedure: who acts, what they do, by when, and what record remains. */
export const procedureStepSchema = /* @__PURE__ */ (() =>
  z
    .object({
      role: roleIdSchema,
      action: localizedTextSchema,
      timeLimit: timeLimitSchema,
      /** The record the step leaves, e.g. "Nota dinas permohonan", "Register akun resmi". */
      record: localizedTextSchema,
      supportedBy: z.array(supportSchema).optional(),
    })
    .strict())();
export type ProcedureStep = z.output<typeof procedureStepSchema>;

/** A procedure: when it applies, the rules it carries out, and its ordered steps. */
export const procedureSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: entryIdSchema,
      title: localizedTextSchema,
      /** When the procedure applies. */
      trigger: localizedTextSchema,
      /** The rules the procedure carries out (ids from any package's rules). */
      relatedRules: z.array(ruleIdSchema).default([]),
      steps: z.array(procedureStepSchema).min(2),
    })
    .strict())();
export type Procedure = z.output<typeof procedureSchema>;

/** `data/procedures.yaml`. */
export const proceduresFileSchema = /* @__PURE__ */ (() =>
  z
    .object({ procedures: z.array(procedureSchema).min(1) })
    .strict()
    .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.procedures, 'procedures')))();
export type ProceduresFile = z.output<typeof proceduresFileSchema>;
