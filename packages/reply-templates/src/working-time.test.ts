import { describe, expect, it } from 'vitest';
import { isWorkingDate, workingMinutesBetween } from './working-time';

const at = (text: string) => new Date(text);

describe('workingMinutesBetween', () => {
  it('counts working hours only, on the unit’s wall clock', () => {
    // Monday 30 Nov 2026, 09:00 → 11:30 WIB: two and a half working hours.
    expect(workingMinutesBetween(at('2026-11-30T09:00+07:00'), at('2026-11-30T11:30+07:00'))).toBe(150);
    // Before opening and after closing count nothing: 06:00 → 18:00 is the working day 08:00–16:00.
    expect(workingMinutesBetween(at('2026-11-30T06:00+07:00'), at('2026-11-30T18:00+07:00'))).toBe(480);
  });

  it('skips the weekend: Friday 15:00 to Monday 09:00 is two working hours', () => {
    expect(workingMinutesBetween(at('2026-11-27T15:00+07:00'), at('2026-11-30T09:00+07:00'))).toBe(120);
  });

  it('skips national holidays and collective leave (Christmas 2026)', () => {
    // Wednesday 23 Dec 15:00 WIB → Monday 28 Dec 09:00: one hour on the 23rd; 24 Dec is cuti bersama,
    // 25 Dec Christmas, 26–27 the weekend; one hour on Monday.
    expect(isWorkingDate('2026-12-24')).toBe(false);
    expect(isWorkingDate('2026-12-25')).toBe(false);
    expect(workingMinutesBetween(at('2026-12-23T15:00+07:00'), at('2026-12-28T09:00+07:00'))).toBe(120);
  });

  it('reads the day in the unit’s zone: 07:30 UTC is 16:30 in WIT, after closing', () => {
    expect(workingMinutesBetween(at('2026-11-30T07:30Z'), at('2026-11-30T08:30Z'), 'WIT')).toBe(0);
    expect(workingMinutesBetween(at('2026-11-30T07:30Z'), at('2026-11-30T08:30Z'), 'WIB')).toBe(60);
  });

  it('gives zero when the reply is not after the message', () => {
    expect(workingMinutesBetween(at('2026-11-30T10:00+07:00'), at('2026-11-30T09:00+07:00'))).toBe(0);
  });
});
