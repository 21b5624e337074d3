// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { parseIsoDate, parseIsoDateTime } from '../dates';
import { addLocalizedIssue } from './localized-issue';

/**
 * The calendar as a regular expression, for YAML editors only (JSON Schema `pattern`): they cannot
 * run `parseIsoDate`. A test checks that the two agree on every date.
 */
export const isoDatePattern: string = /* @__PURE__ */ (() => z.core.regexes.date.source)();

/**
 * A calendar date written `YYYY-MM-DD` (kept as text: YAML editors see exactly what is stored).
 * Read by `parseIsoDate`, the one definition of a date: 31 February is refused, with a message in
 * both languages.
 */
export const isoDateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check((ctx) => {
      const parsed = parseIsoDate(ctx.value);
      if (!parsed.ok) addLocalizedIssue(ctx, parsed.problem);
    })
    .meta({ format: 'date', pattern: isoDatePattern })
    .describe('Tanggal YYYY-MM-DD / date YYYY-MM-DD'))();
export type IsoDate = string;

/**
 * A date-time `YYYY-MM-DDTHH:MM[:SS[.sss]]` with its offset (`+07:00`, `Z`), read by
 * `parseIsoDateTime`; with `offset: 'optional'` a local time without one is accepted too. Kept as
 * text, as written. JSON Schema: `format: date-time` when the offset is required.
 */
export function isoDateTimeSchema(options: { offset?: 'required' | 'optional' } = {}) {
  const schema = z.string().check((ctx) => {
    const parsed = parseIsoDateTime(ctx.value, options);
    if (!parsed.ok) addLocalizedIssue(ctx, parsed.problem);
  });
  return options.offset === 'optional'
    ? schema.describe('Waktu YYYY-MM-DDTHH:MM, zona waktu boleh / date-time, offset optional')
    : schema.meta({ format: 'date-time' }).describe('Waktu YYYY-MM-DDTHH:MM+07:00 / date-time with offset');
}

/** A package version `MAJOR.MINOR.PATCH`. */
export const semverSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'MAJOR.MINOR.PATCH')
    .describe('Versi paket MAJOR.MINOR.PATCH'))();
