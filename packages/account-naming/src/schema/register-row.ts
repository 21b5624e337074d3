// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { isoDateSchema, platformIdSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/** The spellings a yes/no cell (`twoFactor`, `verified`) accepts, in any case (`Ya`, `TIDAK`): the first five read as yes. */
export const yesNoSpellings = ['ya', 'yes', 'y', 'true', '1', 'tidak', 'no', 'n', 'false', '0'] as const;
const yesSpellings: readonly string[] = /* @__PURE__ */ (() => yesNoSpellings.slice(0, 5))();

// Spreadsheets write "Ya" or "TIDAK" as often as "ya": the case of a yes/no cell carries no meaning.
const yesNo = /* @__PURE__ */ (() =>
  z.union([
    z.boolean(),
    z
      .preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(yesNoSpellings))
      .transform((v) => yesSpellings.includes(v)),
  ]))();

/**
 * A typed column whose cell may be blank in a spreadsheet: a blank cell reads as "not filled in"
 * (undefined), so a blank date or yes/no does not reject the row. Text columns keep their blank
 * cells (""), so the audit can report a blank admin, assignment letter, display name or bio.
 */
const blankable = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * One row of the official-account register. Only `unit`, `platform` and `handle` are required;
 * an absent column skips the rules that need it, while a blank text cell is checked (and reported).
 */
export const registerRowSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The unit as people write it: "KPKNL Bandung". */
      unit: z.string().trim().min(1),
      platform: platformIdSchema,
      /** The handle, with or without "@". */
      handle: z.string().trim().min(1),
      displayName: z.string().trim().optional(),
      bio: z.string().trim().optional(),
      /** `page`/`business` (an organisation account) or `personal` (a person's profile). */
      accountType: blankable(z.enum(['page', 'business', 'creator', 'personal'])),
      /** Date of the last post. */
      lastPostDate: blankable(isoDateSchema),
      /** The admin assigned to the account. */
      admin: z.string().trim().optional(),
      /** Number of the admin's assignment letter (surat tugas). */
      assignmentLetter: z.string().trim().optional(),
      twoFactor: blankable(yesNo),
      verified: blankable(yesNo),
    })
    .strict())();
export type RegisterRow = z.output<typeof registerRowSchema>;
export type RegisterRowInput = z.input<typeof registerRowSchema>;

/** The register's columns, in the order reports and CSV exports use. */
export const registerColumns = /* @__PURE__ */ (() => Object.keys(registerRowSchema.shape))() as (keyof RegisterRow)[];
