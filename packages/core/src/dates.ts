import { quoteValue } from './quote-value';
import type { IsoDate } from './schema/dates';
import type { LocalizedText } from './schema/localized-text';

/** What a parser returns: the value, or what is wrong with it in both languages. Parsers never throw. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problem: LocalizedText };

/** Options of {@link parseIsoDate}. */
export interface DateParseOptions {
  /**
   * What the value is called where it was given — `asOf`, `--as-of`, or words such as
   * `{ id: 'Waktu terima', en: 'The time of receipt' }` — so the problem names it as the reader does.
   */
  name?: string | LocalizedText;
}

/** Options of {@link parseIsoDateTime}. */
export interface DateTimeParseOptions extends DateParseOptions {
  /**
   * `required` (default): the text must end with its offset from UTC (`+07:00`, `+0700` or `Z`), so
   * it names one instant. `optional`: a local time without one is accepted too (no `instant` then).
   */
  offset?: 'required' | 'optional';
}

/** A date-time read by {@link parseIsoDateTime}. */
export interface IsoDateTime {
  /** The calendar date as written (in the offset's zone, not converted to UTC). */
  date: IsoDate;
  /** The wall-clock time as written, `HH:MM:SS` (seconds `00` when the text had none). */
  time: string;
  /** Minutes east of UTC (`+07:00` → 420, `Z` → 0); absent for a local time. */
  offsetMinutes?: number;
  /** The instant the text names; absent for a local time. */
  instant?: Date;
}

/** A month's name in both languages, from the platform's own calendar data (Intl), not a table. */
function monthName(month: number): LocalizedText {
  const name = (locale: string) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
  return { id: name('id-ID'), en: name('en-GB') };
}

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12), the calendar of ISO 8601. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const nameOf = (name: string | LocalizedText | undefined): LocalizedText | undefined =>
  typeof name === 'string' ? { id: name, en: name } : name;

/** "asOf: " before a problem with the value itself, or nothing when the value has no name. */
function prefixed(name: LocalizedText | undefined, problem: LocalizedText): LocalizedText {
  return name ? { id: `${name.id}: ${problem.id}`, en: `${name.en}: ${problem.en}` } : problem;
}

/** Why year-month-day is no day of the calendar, or `undefined` when it is one. */
function calendarProblem(shown: string, year: number, month: number, day: number): LocalizedText | undefined {
  if (month < 1 || month > 12) {
    return {
      id: `${shown} bukan tanggal yang ada: tidak ada bulan ${month}.`,
      en: `${shown} is not a real date: there is no month ${month}.`,
    };
  }
  const days = daysInMonth(year, month);
  if (day >= 1 && day <= days) return undefined;
  const monthLabel = monthName(month);
  return day === 0
    ? { id: `${shown} bukan tanggal yang ada: tidak ada tanggal 0.`, en: `${shown} is not a real date: there is no day 0.` }
    : {
        id: `${shown} bukan tanggal yang ada: ${monthLabel.id} ${year} hanya ${days} hari.`,
        en: `${shown} is not a real date: ${monthLabel.en} ${year} has only ${days} days.`,
      };
}

/**
 * Reads a calendar date written `YYYY-MM-DD`, refusing days the calendar does not have (31 April,
 * 30 February, 29 February of a common year) instead of rolling them over into the next month as
 * `Date` does. Never throws: anything else, of any type, gives a problem in Indonesian and English
 * that names the value as `options.name` says. Every date option and date field of the packages is
 * read with it (`isoDateSchema` too), so they accept and refuse the same dates.
 */
export function parseIsoDate(value: unknown, options: DateParseOptions = {}): ParseResult<IsoDate> {
  const name = nameOf(options.name);
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) {
    const shown = quoteValue(value);
    return {
      ok: false,
      problem: name
        ? { id: `${name.id} harus tanggal YYYY-MM-DD, bukan ${shown}.`, en: `${name.en} must be a date YYYY-MM-DD, not ${shown}.` }
        : { id: `Tanggal harus ditulis YYYY-MM-DD, bukan ${shown}.`, en: `A date must be written YYYY-MM-DD, not ${shown}.` },
    };
  }
  const problem = calendarProblem(quoteValue(value), Number(match[1]), Number(match[2]), Number(match[3]));
  return problem ? { ok: false, problem: prefixed(name, problem) } : { ok: true, value: value as IsoDate };
}

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))?$/;

/** The clock of a date-time as written: hour, minute, second and the offset's hours and minutes. */
interface Clock {
  hour: number;
  minute: number;
  second: number;
  /** The offset as written (`+07:00`, `Z`), absent for a local time. */
  zone?: string | undefined;
  offsetHours: number;
  offsetMinutes: number;
}

/** Why the time or offset of a date-time cannot be, or `undefined`. */
function clockProblem(shown: string, clock: Clock): LocalizedText | undefined {
  const notReal = (id: string, en: string) => ({ id: `${shown} bukan waktu yang ada: ${id}.`, en: `${shown} is not a real time: ${en}.` });
  const { hour, minute, second, zone } = clock;
  if (hour === 24) {
    return notReal(
      'tidak ada jam 24 (tengah malam ditulis 00:00 hari berikutnya)',
      'there is no hour 24 (midnight is 00:00 of the next day)',
    );
  }
  if (hour > 23) return notReal(`jam harus 00–23, bukan ${hour}`, `the hour must be 00–23, not ${hour}`);
  if (minute > 59) return notReal(`menit harus 00–59, bukan ${minute}`, `the minute must be 00–59, not ${minute}`);
  if (second > 59) return notReal(`detik harus 00–59, bukan ${second}`, `the second must be 00–59, not ${second}`);
  if (clock.offsetHours > 23 || clock.offsetMinutes > 59) {
    return notReal(`zona waktu ${zone} tidak ada (paling jauh ±23:59 dari UTC)`, `there is no offset ${zone} (at most ±23:59 from UTC)`);
  }
  return undefined;
}

/** The problem of a text that is no date-time at all: what to write instead. */
function dateTimeShapeProblem(value: unknown, name: LocalizedText | undefined, offsetRequired: boolean): LocalizedText {
  const subject = name ?? { id: 'Waktu', en: 'The time' };
  const unreadable = {
    id: `${subject.id} ${quoteValue(value)} tidak dapat dibaca.`,
    en: `${subject.en} ${quoteValue(value)} cannot be read.`,
  };
  return offsetRequired
    ? {
        id: `${unreadable.id} Tulis lengkap dengan zona waktunya, YYYY-MM-DDTHH:MM±HH:MM, mis. 2026-12-24T16:30+07:00.`,
        en: `${unreadable.en} Write it with its time zone, YYYY-MM-DDTHH:MM±HH:MM, e.g. 2026-12-24T16:30+07:00.`,
      }
    : {
        id: `${unreadable.id} Tulis YYYY-MM-DDTHH:MM, boleh dengan zona waktunya, mis. 2026-12-24T16:30 atau 2026-12-24T16:30+07:00.`,
        en: `${unreadable.en} Write it YYYY-MM-DDTHH:MM, its time zone optional, e.g. 2026-12-24T16:30 or 2026-12-24T16:30+07:00.`,
      };
}

/**
 * Reads a date-time written `YYYY-MM-DDTHH:MM`, optionally with seconds (`:SS`, `:SS.sss`), and an
 * offset from UTC (`+07:00`, `+0700` or `Z`) — required unless `options.offset` is `optional`.
 * Refuses impossible dates as {@link parseIsoDate} does, hour 24, minute or second 60, and an
 * offset beyond ±23:59, instead of rolling them over as `Date` does. Never throws.
 */
export function parseIsoDateTime(value: unknown, options: DateTimeParseOptions = {}): ParseResult<IsoDateTime> {
  const name = nameOf(options.name);
  const offsetRequired = options.offset !== 'optional';
  const match = typeof value === 'string' ? dateTimePattern.exec(value) : null;
  if (!match) return { ok: false, problem: dateTimeShapeProblem(value, name, offsetRequired) };
  const [, year, month, day, hour, minute, second = '00', fraction = '', zone, sign, offsetHours = '0', offsetMinutesText = '0'] = match;
  const shown = quoteValue(value);
  const clock = {
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    zone,
    offsetHours: Number(offsetHours),
    offsetMinutes: Number(offsetMinutesText),
  };
  const problem = calendarProblem(shown, Number(year), Number(month), Number(day)) ?? clockProblem(shown, clock);
  if (problem) return { ok: false, problem: prefixed(name, problem) };
  if (zone === undefined && offsetRequired) {
    return {
      ok: false,
      problem: prefixed(name, {
        id: `${shown} tidak memuat zona waktu: tambahkan mis. +07:00 (WIB), +08:00 (WITA) atau +09:00 (WIT).`,
        en: `${shown} has no time zone: add e.g. +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT).`,
      }),
    };
  }
  const date = `${year}-${month}-${day}`;
  const time = `${hour}:${minute}:${second}`;
  if (zone === undefined) return { ok: true, value: { date, time } };
  // (`-00:00` is UTC too: no negative zero.)
  const offsetMinutes = (sign === '-' ? -1 : 1) * (clock.offsetHours * 60 + clock.offsetMinutes) || 0;
  // Built field by field: Date.UTC would read the years 0–99 as 1900–1999.
  const instant = new Date(0);
  instant.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  instant.setUTCHours(clock.hour, clock.minute - offsetMinutes, clock.second, Number(fraction.padEnd(3, '0').slice(0, 3)));
  return { ok: true, value: { date, time, offsetMinutes, instant } };
}
