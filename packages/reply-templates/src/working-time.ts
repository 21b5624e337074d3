import type { IsoDate } from '@pedoman-medsos/core';
import { procedureFile } from './data';
import { dayOffOn } from './holiday-calendar';
import type { TimeZone, Weekday } from './schema/procedure';

const minute = 60_000;
const day = 1440 * minute;
const weekdays: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const clockMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** Whether a date is a working day of the procedure: a working weekday that is no holiday or collective leave. */
export function isWorkingDate(date: IsoDate): boolean {
  const weekday = weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()] as Weekday;
  return procedureFile.workingHours.days.includes(weekday) && !dayOffOn(date);
}

/**
 * The working time between two instants, in minutes: only the working hours of working days count
 * (data/procedure.yaml; weekends, national holidays and cuti bersama skipped), read on the wall clock
 * of the unit's zone (`WIB` by default). How long a reply took, measured the way its target is.
 * Zero when `to` is not after `from`; an unknown zone is a programming error (throws).
 */
export function workingMinutesBetween(from: Date, to: Date, timeZone: TimeZone['id'] = procedureFile.defaultTimeZone): number {
  const zone = procedureFile.timeZones.find((candidate) => candidate.id === timeZone);
  if (!zone)
    throw new Error(`Unknown time zone ${timeZone}: one of ${procedureFile.timeZones.map((candidate) => candidate.id).join(', ')}`);
  const offset = Number(zone.offset.slice(1, 3)) * 60 * minute;
  const start = from.getTime() + offset;
  const end = to.getTime() + offset;
  if (!(end > start)) return 0;
  const open = clockMinutes(procedureFile.workingHours.start) * minute;
  const close = clockMinutes(procedureFile.workingHours.end) * minute;
  let total = 0;
  // Day by day on the local wall clock (Indonesian zones keep one offset all year).
  for (let dayStart = Math.floor(start / day) * day; dayStart < end; dayStart += day) {
    if (!isWorkingDate(new Date(dayStart).toISOString().slice(0, 10))) continue;
    const from = Math.max(start, dayStart + open);
    const until = Math.min(end, dayStart + close);
    if (until > from) total += until - from;
  }
  return total / minute;
}
