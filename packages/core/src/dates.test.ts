import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDate, parseIsoDateTime } from './dates';
import { quoteValue } from './quote-value';
import { isoDatePattern, isoDateSchema, isoDateTimeSchema } from './schema/dates';
import { localizedMessageOf } from './schema/localized-issue';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Whether y-m-d is a day, by a different road: let `Date` roll it over and see whether it moved. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('parseIsoDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '0000-02-29'])('accepts %s', (value) => {
    expect(parseIsoDate(value)).toEqual({ ok: true, value });
  });

  it.each([
    ['2026-02-31', '"2026-02-31" is not a real date: February 2026 has only 28 days.'],
    ['2026-02-30', '"2026-02-30" is not a real date: February 2026 has only 28 days.'],
    ['2026-02-29', '"2026-02-29" is not a real date: February 2026 has only 28 days.'],
    ['1900-02-29', '"1900-02-29" is not a real date: February 1900 has only 28 days.'],
    ['2026-04-31', '"2026-04-31" is not a real date: April 2026 has only 30 days.'],
    ['2026-13-01', '"2026-13-01" is not a real date: there is no month 13.'],
    ['2026-00-10', '"2026-00-10" is not a real date: there is no month 0.'],
    ['2026-01-00', '"2026-01-00" is not a real date: there is no day 0.'],
  ])('refuses the impossible date %s instead of rolling it over', (value, en) => {
    const result = parseIsoDate(value);
    expect(result).toMatchObject({ ok: false, problem: { en } });
  });

  it('says in Indonesian too what is wrong, naming the option as the caller does', () => {
    expect(parseIsoDate('2026-02-31', { name: '--as-of' })).toEqual({
      ok: false,
      problem: {
        id: '--as-of: "2026-02-31" bukan tanggal yang ada: Februari 2026 hanya 28 hari.',
        en: '--as-of: "2026-02-31" is not a real date: February 2026 has only 28 days.',
      },
    });
    expect(parseIsoDate('22/11/2026', { name: 'asOf' })).toEqual({
      ok: false,
      problem: { id: 'asOf harus tanggal YYYY-MM-DD, bukan "22/11/2026".', en: 'asOf must be a date YYYY-MM-DD, not "22/11/2026".' },
    });
  });

  it.each([['2026-2-3'], [' 2026-02-03'], ['2026-02-03T00:00'], [''], [20260203], [null], [undefined], [{}], [10n], [Symbol('x')]])(
    'refuses %s, which is no YYYY-MM-DD text, without throwing',
    (value) => {
      const result = parseIsoDate(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.en).toMatch(/^A date must be written YYYY-MM-DD, not /);
    },
  );

  it('agrees with the calendar computed by Date for any year, month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        expect(parseIsoDate(text).ok).toBe(m >= 1 && m <= 12 && isCalendarDay(y, m, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the pattern YAML editors read from the JSON Schema', () => {
    const pattern = new RegExp(isoDatePattern);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        expect(parseIsoDate(text).ok).toBe(pattern.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseIsoDateTime', () => {
  it('reads the form the CLI takes, with its instant', () => {
    const result = parseIsoDateTime('2026-12-24T16:30+07:00');
    expect(result).toEqual({
      ok: true,
      value: { date: '2026-12-24', time: '16:30:00', offsetMinutes: 420, instant: new Date('2026-12-24T09:30:00Z') },
    });
  });

  it.each([
    ['2026-11-23T08:45:00Z', '2026-11-23T08:45:00.000Z'],
    ['2026-11-23T08:45:00.5-03:30', '2026-11-23T12:15:00.500Z'],
    ['2026-11-23T08:45:59.123456+0700', '2026-11-23T01:45:59.123Z'],
    ['2026-01-01T00:00-00:00', '2026-01-01T00:00:00.000Z'],
    ['0099-03-01T00:00Z', '0099-03-01T00:00:00.000Z'],
  ])('reads %s as the instant %s', (value, instant) => {
    const result = parseIsoDateTime(value);
    expect(result.ok && result.value.instant?.toISOString()).toBe(instant);
  });

  it.each([
    ['2026-02-31T10:00+07:00', '"2026-02-31T10:00+07:00" is not a real date: February 2026 has only 28 days.'],
    ['2026-12-24T24:00+07:00', '"2026-12-24T24:00+07:00" is not a real time: there is no hour 24 (midnight is 00:00 of the next day).'],
    ['2026-12-24T25:00+07:00', '"2026-12-24T25:00+07:00" is not a real time: the hour must be 00–23, not 25.'],
    ['2026-12-24T16:60+07:00', '"2026-12-24T16:60+07:00" is not a real time: the minute must be 00–59, not 60.'],
    ['2026-12-24T16:30:60+07:00', '"2026-12-24T16:30:60+07:00" is not a real time: the second must be 00–59, not 60.'],
    ['2026-12-24T16:30+24:00', '"2026-12-24T16:30+24:00" is not a real time: there is no offset +24:00 (at most ±23:59 from UTC).'],
    ['2026-12-24T16:30', '"2026-12-24T16:30" has no time zone: add e.g. +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT).'],
  ])('refuses %s instead of rolling it over', (value, en) => {
    expect(parseIsoDateTime(value)).toMatchObject({ ok: false, problem: { en } });
  });

  it.each([
    ['2026-12-24 16:30+07:00'],
    ['2026-12-24T16+07:00'],
    ['Thu, 24 Dec 2026 16:30:00 +0700'],
    ['2026-12-24'],
    [1766568600000],
    [null],
  ])('refuses %s, which is not written YYYY-MM-DDTHH:MM', (value) => {
    const result = parseIsoDateTime(value, { name: { id: 'Waktu terima', en: 'The time of receipt' } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.en).toBe(
        `The time of receipt ${quoteValue(value)} cannot be read. Write it with its time zone, YYYY-MM-DDTHH:MM±HH:MM, e.g. 2026-12-24T16:30+07:00.`,
      );
    }
  });

  it('accepts a local time without an offset when told to, and gives no instant then', () => {
    expect(parseIsoDateTime('2026-11-02T09:30', { offset: 'optional' })).toEqual({
      ok: true,
      value: { date: '2026-11-02', time: '09:30:00' },
    });
    expect(parseIsoDateTime('2026-11-31T09:30', { offset: 'optional' }).ok).toBe(false);
  });

  it('agrees with Date on every valid date-time, and refuses every one Date would roll over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (y, m, d, hour, minute, offset) => {
          const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          const text = `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(hour)}:${pad(minute)}${zone}`;
          const result = parseIsoDateTime(text);
          const possible = isCalendarDay(y, m, d) && hour < 24 && minute < 60;
          expect(result.ok).toBe(possible);
          if (result.ok) {
            const expected = new Date(0);
            expected.setUTCFullYear(y, m - 1, d);
            expected.setUTCHours(hour, minute - offset, 0, 0);
            expect(result.value.instant?.getTime()).toBe(expected.getTime());
            expect(result.value.date).toBe(text.slice(0, 10));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isoDateSchema and isoDateTimeSchema', () => {
  it('read dates with the same parser, and say what is wrong in both languages', () => {
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
    const issue = isoDateSchema.safeParse('2026-02-31').error?.issues[0];
    expect(issue?.message).toBe('"2026-02-31" is not a real date: February 2026 has only 28 days.');
    expect(localizedMessageOf(issue!)?.id).toBe('"2026-02-31" bukan tanggal yang ada: Februari 2026 hanya 28 hari.');
    expect(isoDateSchema.safeParse(20260203).success).toBe(false);
  });

  it('read date-times with their offset unless it is optional', () => {
    expect(isoDateTimeSchema().safeParse('2026-12-24T16:30+07:00').success).toBe(true);
    expect(isoDateTimeSchema().safeParse('2026-12-24T16:30').success).toBe(false);
    expect(isoDateTimeSchema({ offset: 'optional' }).safeParse('2026-12-24T16:30').success).toBe(true);
    expect(isoDateTimeSchema({ offset: 'optional' }).safeParse('2026-12-24T24:00').success).toBe(false);
  });
});
