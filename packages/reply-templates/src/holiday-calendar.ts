// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import type { IsoDate } from '@pedoman-medsos/core';
import { holidaysFile } from './data';
import type { DayOff } from './schema/holidays';

// The institution's calendar of days off, read from data/holidays.yaml once.
const decreed = /* @__PURE__ */ (() =>
  new Map<string, DayOff>(holidaysFile.years.flatMap((year) => year.days.map((dayOff) => [dayOff.date, dayOff] as const))))();
const loadedYears = /* @__PURE__ */ (() => new Set(holidaysFile.years.map((year) => year.year)))();
const fixed = /* @__PURE__ */ (() => new Map(holidaysFile.fixedHolidays.map((holiday) => [holiday.monthDay, holiday])))();

/** The last day the loaded decrees cover (31 December of the last year in data/holidays.yaml). */
export const calendarCoveredUntil: IsoDate = `${Math.max(...loadedYears)}-12-31`;

/** Whether the decree of the date's year is loaded. */
export function isCalendarYearLoaded(date: IsoDate): boolean {
  return loadedYears.has(Number(date.slice(0, 4)));
}

/**
 * The day off on a date: from the year's decree when it is loaded; otherwise only a fixed-date
 * national holiday (New Year, 1 May, 1 June, 17 August, Christmas) — the rest of such a year is
 * unknown, which `replyDueBy` reports.
 */
export function dayOffOn(date: IsoDate): DayOff | undefined {
  if (isCalendarYearLoaded(date)) return decreed.get(date);
  const holiday = fixed.get(date.slice(5));
  return holiday ? { date, kind: 'national', name: holiday.name } : undefined;
}

/** The provisional days off (whose date may still move) from `from` to `to`, both included. */
export function provisionalDaysOff(from: IsoDate, to: IsoDate): DayOff[] {
  return [...decreed.values()].filter((dayOff) => dayOff.provisional !== undefined && dayOff.date >= from && dayOff.date <= to);
}
