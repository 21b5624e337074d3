import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidaysFile, messageCategories } from './data';
import { isDeadline, type ReplyDeadline, replyDueBy } from './reply-due-by';

function due(...args: Parameters<typeof replyDueBy>): ReplyDeadline {
  const result = replyDueBy(...args);
  if (!isDeadline(result)) throw new Error(result.findings.map((finding) => finding.message.en).join('; '));
  return result;
}

describe('replyDueBy', () => {
  it('counts working hours across a weekend', () => {
    // Friday 15:00 WIB: one working hour left on Friday, three on Monday.
    expect(due('2026-11-20T15:00+07:00', 'question').dueBy).toBe('2026-11-23T11:00:00+07:00');
  });

  it('skips cuti bersama, a national holiday and the weekend after them', () => {
    // Thursday 24 December is cuti bersama, Friday 25 December Christmas, then the weekend.
    const deadline = due('2026-12-24T16:30+07:00', 'question');
    expect(deadline.dueBy).toBe('2026-12-28T12:00:00+07:00');
    expect(deadline.skipped.map((day) => [day.date, day.reason.en])).toEqual([
      ['2026-12-24', 'Collective leave: Collective leave for Christmas'],
      ['2026-12-25', 'National holiday: Christmas Day'],
      ['2026-12-26', 'Weekend (Saturday)'],
      ['2026-12-27', 'Weekend (Sunday)'],
    ]);
    expect(deadline.rule.en).toBe(
      'Question, public reply: 4 working hours (Monday–Friday 08:00–16:00 WIB, excluding national holidays and collective leave).',
    );
  });

  it('skips a national holiday in the middle of the week', () => {
    // Monday 17 August (Independence Day) 10:00: the count starts on Tuesday.
    expect(due('2026-08-17T10:00+07:00', 'question').dueBy).toBe('2026-08-18T12:00:00+07:00');
  });

  it('counts in the unit’s own time zone across the WIB/WITA/WIT boundary', () => {
    // 08:45 UTC is 15:45 WIB (15 minutes left today) but 17:45 WIT (after hours).
    const received = '2026-11-23T08:45:00Z';
    expect(due(received, 'question', { timeZone: 'WIB' }).dueBy).toBe('2026-11-24T11:45:00+07:00');
    expect(due(received, 'question', { timeZone: 'WITA' }).dueBy).toBe('2026-11-24T12:00:00+08:00');
    expect(due(received, 'question', { timeZone: 'WIT' }).dueBy).toBe('2026-11-24T12:00:00+09:00');
    expect(due(received, 'question', { timeZone: 'WIT' }).receivedLocal).toBe('2026-11-23T17:45:00+09:00');
  });

  it('counts working days from the next working day, ending at the close of work', () => {
    // An information request on Friday 13 March (day 0): the 10 working days skip Nyepi, Idulfitri
    // and their collective leave (18–24 March) and Good Friday (3 April).
    const deadline = due('2026-03-13T09:00+07:00', 'information-request', { channel: 'private' });
    expect(deadline.dueBy).toBe('2026-04-06T16:00:00+07:00');
    expect(deadline.target.limit).toEqual({ provision: 'uu-14-2008/22-7', amount: 10, unit: 'working-days' });
  });

  it('counts calendar hours for an emergency, holidays included', () => {
    expect(due('2026-12-25T22:30+07:00', 'emergency').dueBy).toBe('2026-12-25T23:30:00+07:00');
  });

  it('warns when the deadline falls in a year whose holidays are not loaded', () => {
    const last = Math.max(...holidaysFile.years.map((year) => year.year));
    const deadline = due(`${last}-12-31T15:00+07:00`, 'question');
    expect(deadline.findings.map((finding) => finding.ruleId)).toEqual(['reply.holiday-calendar-missing']);
    expect(deadline.findings[0]?.message.en).toContain(`The ${last + 1} holiday calendar is not loaded`);
  });

  it('skips New Year 2027 for a message received on the afternoon of 31 December 2026', () => {
    const deadline = due('2026-12-31T15:00+07:00', 'question');
    expect(deadline.dueBy).toBe('2027-01-04T11:00:00+07:00');
    expect(deadline.skipped.map((day) => day.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    expect(deadline.skipped[0]?.reason.id).toBe('Libur nasional: Tahun Baru 2027 Masehi');
    expect(deadline.findings).toEqual([]);
  });

  it('says when the count crosses days off whose dates may still move (sidang isbat)', () => {
    const deadline = due('2027-03-08T10:00+07:00', 'question');
    expect(deadline.dueBy).toBe('2027-03-16T12:00:00+07:00');
    expect(deadline.findings.map((finding) => finding.ruleId)).toEqual(['reply.holiday-unconfirmed']);
    expect(deadline.findings[0]?.message.id).toContain('2027-03-10 (Idulfitri 1448 H)');
  });

  it('still skips the fixed-date national holidays in a year whose decree is not loaded', () => {
    const deadline = due('2028-08-16T15:00+07:00', 'question');
    expect(deadline.dueBy).toBe('2028-08-18T11:00:00+07:00');
    expect(deadline.skipped.map((day) => day.date)).toEqual(['2028-08-17']);
    expect(deadline.findings.map((finding) => finding.ruleId)).toEqual(['reply.holiday-calendar-missing']);
  });

  it('refuses a time without a time zone, with a finding', () => {
    const result = replyDueBy('2026-12-24 16:30', 'question');
    expect(isDeadline(result)).toBe(false);
    expect(result.findings[0]?.message.en).toBe(
      'The time of receipt "2026-12-24 16:30" cannot be read. Write it with its time zone, YYYY-MM-DDTHH:MM±HH:MM, e.g. 2026-12-24T16:30+07:00.',
    );
    expect(replyDueBy('2026-12-24T16:30', 'question').findings[0]?.message.en).toBe(
      'The time of receipt: "2026-12-24T16:30" has no time zone: add e.g. +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT).',
    );
  });

  it('property: a working-hours deadline is after receipt, on a working day, within working hours', () => {
    const offDays = new Set(holidaysFile.years.flatMap((year) => year.days.map((day) => day.date)));
    fc.assert(
      fc.property(fc.date({ min: new Date('2026-01-01T00:00Z'), max: new Date('2026-12-20T00:00Z'), noInvalidDate: true }), (received) => {
        const deadline = due(received, 'question');
        expect(deadline.dueAt.getTime()).toBeGreaterThan(received.getTime());
        const [date, time] = deadline.dueBy.split('T') as [string, string];
        const weekday = new Date(`${date}T00:00Z`).getUTCDay();
        expect(weekday === 0 || weekday === 6 || offDays.has(date)).toBe(false);
        // After opening and no later than closing, to the millisecond (12:00:00.001 + 4 h is due at
        // 08:00:00.001 the next working day: the text form alone would read as opening time).
        const localMs = (deadline.dueAt.getTime() + 7 * 3_600_000) % 86_400_000;
        expect(localMs > 8 * 3_600_000 && localMs <= 16 * 3_600_000, `${time} (${deadline.dueAt.toISOString()})`).toBe(true);
      }),
    );
  });
});

describe('replyDueBy with input and options it cannot read', () => {
  const problems = (result: ReturnType<typeof replyDueBy>) => {
    expect(isDeadline(result)).toBe(false);
    return result.findings.map((finding) => [finding.ruleId, finding.severity, finding.message.en]);
  };

  it.each([
    ['2026-02-31T10:00+07:00', '"2026-02-31T10:00+07:00" is not a real date: February 2026 has only 28 days.'],
    ['2026-12-24T24:00+07:00', '"2026-12-24T24:00+07:00" is not a real time: there is no hour 24 (midnight is 00:00 of the next day).'],
    ['2026-12-24T16:60+07:00', '"2026-12-24T16:60+07:00" is not a real time: the minute must be 00–59, not 60.'],
  ])('refuses the impossible time of receipt %s instead of rolling it over (issue #18: 31 February became 3 March)', (received, en) => {
    expect(problems(replyDueBy(received, 'question'))).toEqual([['reply.invalid-time', 'error', `The time of receipt: ${en}`]]);
  });

  it('refuses an unknown category with a finding naming the known ones (issue #18: a plain Error)', () => {
    const known = messageCategories.map((category) => category.id).join(', ');
    expect(problems(replyDueBy('2026-11-20T15:00+07:00', 'bogus' as never))).toEqual([
      ['input.invalid-option', 'error', `Unknown category "bogus". Choose one of: ${known}.`],
    ]);
  });

  it.each([['UTC'], ['wib'], ['Asia/Jakarta'], [7]])(
    'refuses the time zone %s with a finding naming WIB, WITA and WIT (issue #18: a TypeError)',
    (timeZone) => {
      const [problem] = problems(replyDueBy('2026-11-20T15:00+07:00', 'question', { timeZone } as never));
      expect(problem?.[0]).toBe('input.invalid-option');
      expect(problem?.[2]).toMatch(/^timeZone must be WIB, WITA or WIT \(the unit's zone\), not /);
    },
  );

  it('refuses an unknown channel with a finding', () => {
    expect(problems(replyDueBy('2026-11-20T15:00+07:00', 'question', { channel: 'email' } as never))).toEqual([
      ['input.invalid-option', 'error', 'channel must be "public" or "private", not "email".'],
    ]);
  });

  it('reports every option it cannot read at once', () => {
    const result = replyDueBy('2026-02-30T10:00+07:00', 'bogus' as never, { timeZone: 'UTC', channel: 'dm' } as never);
    expect(problems(result).map(([ruleId, , en]) => [ruleId, (en as string).split(' ')[0]])).toEqual([
      ['reply.invalid-time', 'The'],
      ['input.invalid-option', 'Unknown'],
      ['input.invalid-option', 'channel'],
      ['input.invalid-option', 'timeZone'],
    ]);
  });

  it('reports an asOf that is no real day, and nothing else: which rules apply is unknown', () => {
    const result = replyDueBy('2026-11-20T15:00+07:00', 'bogus' as never, { asOf: '2026-02-29' });
    expect(problems(result)).toEqual([
      ['input.invalid-option', 'error', 'asOf: "2026-02-29" is not a real date: February 2026 has only 28 days.'],
    ]);
  });

  it('reports its problems whatever asOf is, even before the rules take effect', () => {
    expect(problems(replyDueBy('2026-11-20T15:00+07:00', 'bogus' as never, { asOf: '2025-06-01' }))).toHaveLength(1);
  });

  it.each([[new Date(Number.NaN)], [new Date(8.64e15)], [new Date(-8.64e15)]])('refuses the Date %s with a finding', (received) => {
    expect(problems(replyDueBy(received, 'question'))).toEqual([
      ['reply.invalid-time', 'error', 'The time of receipt is not a valid Date between the years 0 and 9999.'],
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (received, category, options) => {
        expect(() => replyDueBy(received as never, category as never, options as never)).not.toThrow();
        expect(() => replyDueBy('2026-11-20T15:00+07:00', 'question', { timeZone: received, channel: category } as never)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
