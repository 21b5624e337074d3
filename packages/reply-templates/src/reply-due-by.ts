import { type Finding, type IsoDate, type LocalizedText, parseIsoDateTime, quoteValue } from '@pedoman-medsos/core';
import { findMessageCategory, messageCategories, procedureFile } from './data';
import { durationText } from './duration-text';
import { dayOffOn, isCalendarYearLoaded, provisionalDaysOff } from './holiday-calendar';
import { ReplyFindings } from './rules';
import type { MessageCategoryId } from './schema/category';
import type { Channel, ResponseTarget, TimeZone, Weekday } from './schema/procedure';

/**
 * Options of {@link replyDueBy}. An option it cannot read gives no deadline but an
 * `input.invalid-option` finding saying what it accepts.
 */
export interface DueOptions {
  /** Where the reply goes: `public` (default) or `private`. */
  channel?: Channel;
  /** The unit's time zone: `WIB` (default, the procedure's), `WITA` or `WIT` — not `UTC` or an IANA name. */
  timeZone?: TimeZone['id'];
  /** The date the rules are applied as of, `YYYY-MM-DD`; default today. No real day (`2026-02-31`): a finding. */
  asOf?: IsoDate;
}

/** A day the count passed over, and why. */
export interface SkippedDay {
  date: IsoDate;
  reason: LocalizedText;
}

/** When a reply is due, and the rule that says so. */
export interface ReplyDeadline {
  /** The deadline in the unit's zone, e.g. `2026-12-28T12:00:00+07:00`. */
  dueBy: string;
  dueAt: Date;
  /** The time of receipt in the unit's zone. */
  receivedLocal: string;
  timeZone: TimeZone['id'];
  target: ResponseTarget;
  /** The rule applied, in words. */
  rule: LocalizedText;
  /** Weekends, holidays and collective leave the count skipped. */
  skipped: SkippedDay[];
  findings: Finding[];
}

const minute = 60_000;
const day = 1440 * minute;
const weekdays: readonly Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The names of the days of the week, for messages and the handbook. */
export const weekdayNames: Record<Weekday, LocalizedText> = {
  monday: { id: 'Senin', en: 'Monday' },
  tuesday: { id: 'Selasa', en: 'Tuesday' },
  wednesday: { id: 'Rabu', en: 'Wednesday' },
  thursday: { id: 'Kamis', en: 'Thursday' },
  friday: { id: 'Jumat', en: 'Friday' },
  saturday: { id: 'Sabtu', en: 'Saturday' },
  sunday: { id: 'Minggu', en: 'Sunday' },
};
const clockMinutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const offsetMinutes = (zone: TimeZone) => Number(zone.offset.slice(1, 3)) * 60;

/** `YYYY-MM-DDTHH:MM:SS+07:00` of a local wall-clock time (kept as "UTC" milliseconds). */
function localIso(localMs: number, zone: TimeZone): string {
  return `${new Date(localMs).toISOString().slice(0, 19)}${zone.offset}`;
}

const receipt: LocalizedText = { id: 'Waktu terima', en: 'The time of receipt' };

/** The instant a message was received, or a `reply.invalid-time` finding. */
function readReceived(receivedAt: unknown, findings: ReplyFindings): Date | undefined {
  if (receivedAt instanceof Date) {
    // The years text can name; beyond them the count's dates would not print (a RangeError).
    const year = receivedAt.getUTCFullYear();
    if (year >= 0 && year <= 9999) return receivedAt;
    findings.add('reply.invalid-time', {
      id: 'Waktu terima bukan Date yang sah antara tahun 0 dan 9999.',
      en: 'The time of receipt is not a valid Date between the years 0 and 9999.',
    });
    return undefined;
  }
  // One reading of dates for every package: 31 February is refused, not taken for 3 March.
  const parsed = parseIsoDateTime(receivedAt, { name: receipt });
  if (parsed.ok) return parsed.value.instant;
  findings.add('reply.invalid-time', parsed.problem);
  return undefined;
}

/** The category, channel and zone of the options, or `undefined` once their problems are reported. */
function readDueOptions(category: unknown, options: DueOptions, findings: ReplyFindings) {
  const found = typeof category === 'string' ? findMessageCategory(category) : undefined;
  if (!found) {
    const ids = messageCategories.map((candidate) => candidate.id).join(', ');
    findings.addOptionProblem({
      id: `Kategori ${quoteValue(category)} tidak dikenal. Pilih salah satu: ${ids}.`,
      en: `Unknown category ${quoteValue(category)}. Choose one of: ${ids}.`,
    });
  }
  const channel = options.channel ?? 'public';
  if (channel !== 'public' && channel !== 'private') {
    findings.addOptionProblem({
      id: `channel harus "public" atau "private", bukan ${quoteValue(channel)}.`,
      en: `channel must be "public" or "private", not ${quoteValue(channel)}.`,
    });
  }
  const zoneId = options.timeZone ?? procedureFile.defaultTimeZone;
  const zone = procedureFile.timeZones.find((candidate) => candidate.id === zoneId);
  if (!zone) {
    const zones = procedureFile.timeZones.map((candidate) => candidate.id);
    const list = zones.slice(0, -1).join(', ');
    findings.addOptionProblem({
      id: `timeZone harus ${list} atau ${zones.at(-1)} (zona waktu unit), bukan ${quoteValue(zoneId)}. Zona waktu saat pesan diterima ditulis pada waktu terima, mis. 2026-12-24T09:30Z.`,
      en: `timeZone must be ${list} or ${zones.at(-1)} (the unit's zone), not ${quoteValue(zoneId)}. The zone the message arrived in is written in the time of receipt, e.g. 2026-12-24T09:30Z.`,
    });
  }
  return found && zone && !findings.hasOptionProblem ? { category: found.id as MessageCategoryId, channel, zone } : undefined;
}

/**
 * The deadline for the first response to a message, in the unit's time zone: working hours and
 * working days skip weekends, national holidays and cuti bersama (data/holidays.yaml); calendar
 * hours (emergencies) do not. Indonesian zones have no daylight saving, so each is a fixed offset.
 * Written by hand because the calendar is the institution's own (its hours, the yearly decree);
 * time-zone libraries know neither.
 *
 * Never throws. `receivedAt` is a `Date` or text `YYYY-MM-DDTHH:MM[:SS]` with its offset
 * (`2026-12-24T16:30+07:00`, `…Z`); another form, or a time that does not exist (31 February,
 * hour 24), gives no deadline but a `reply.invalid-time` finding. An unknown category, or an option
 * it cannot read (see {@link DueOptions}), gives no deadline but an `input.invalid-option` finding;
 * every such problem is reported at once.
 */
export function replyDueBy(
  receivedAt: Date | string,
  category: MessageCategoryId,
  options: DueOptions = {},
): ReplyDeadline | { findings: Finding[] } {
  const given: DueOptions = typeof options === 'object' && options !== null ? options : {};
  const findings = new ReplyFindings(given.asOf);
  if (findings.hasOptionProblem) return { findings: findings.findings };
  const received = readReceived(receivedAt, findings);
  const read = readDueOptions(category, given, findings);
  if (!received || !read) return { findings: findings.findings };
  return deadline(received, read.category, read.channel, read.zone, findings);
}

function deadline(received: Date, category: MessageCategoryId, channel: Channel, zone: TimeZone, findings: ReplyFindings): ReplyDeadline {
  const target = procedureFile.targets.find((candidate) => candidate.category === category && candidate.channel === channel);
  // data.test.ts checks that every category has a target on each channel: a miss is a bug.
  if (!target) throw new Error(`data/procedure.yaml has no target for ${category}/${channel}`);
  const hours = procedureFile.workingHours;
  const open = clockMinutes(hours.start) * minute;
  const close = clockMinutes(hours.end) * minute;
  const skipped: SkippedDay[] = [];
  const missingYears = new Set<number>();

  const dateOf = (localMs: number) => new Date(localMs).toISOString().slice(0, 10);
  const isWorkingDay = (dayStart: number): boolean => {
    const date = dateOf(dayStart);
    if (!isCalendarYearLoaded(date)) missingYears.add(Number(date.slice(0, 4)));
    const weekday = weekdays[new Date(dayStart).getUTCDay()] as Weekday;
    const off = dayOffOn(date);
    if (hours.days.includes(weekday) && !off) return true;
    if (!skipped.some((entry) => entry.date === date)) {
      skipped.push({
        date,
        reason: off
          ? {
              id: `${off.kind === 'national' ? 'Libur nasional' : 'Cuti bersama'}: ${off.name.id}`,
              en: `${off.kind === 'national' ? 'National holiday' : 'Collective leave'}: ${off.name.en}`,
            }
          : { id: `Akhir pekan (${weekdayNames[weekday].id})`, en: `Weekend (${weekdayNames[weekday].en})` },
      });
    }
    return false;
  };
  /** The first working moment at or after `localMs`. */
  const nextWorkingMoment = (localMs: number): number => {
    let cursor = localMs;
    for (let guard = 0; guard < 3700; guard++) {
      const dayStart = Math.floor(cursor / day) * day;
      if (isWorkingDay(dayStart) && cursor < dayStart + close) return Math.max(cursor, dayStart + open);
      cursor = dayStart + day + open;
    }
    throw new Error('No working day within ten years: check workingHours.days in data/procedure.yaml');
  };

  const receivedLocal = received.getTime() + offsetMinutes(zone) * minute;
  let dueLocal: number;
  if (target.unit === 'hours') {
    dueLocal = receivedLocal + target.amount * 60 * minute;
  } else if (target.unit === 'working-hours') {
    let cursor = nextWorkingMoment(receivedLocal);
    let remaining = target.amount * 60 * minute;
    for (;;) {
      const dayEnd = Math.floor(cursor / day) * day + close;
      if (remaining <= dayEnd - cursor) break;
      remaining -= dayEnd - cursor;
      cursor = nextWorkingMoment(dayEnd - close + day + open);
    }
    dueLocal = cursor + remaining;
  } else {
    // Day 0 is the day the message is (or, outside working hours, is taken as) received; the reply
    // is due by the close of the Nth working day after it.
    let dayStart = Math.floor(nextWorkingMoment(receivedLocal) / day) * day;
    for (let counted = 0; counted < target.amount; counted++) dayStart = Math.floor(nextWorkingMoment(dayStart + day + open) / day) * day;
    dueLocal = dayStart + close;
  }

  reportCalendarGaps(findings, missingYears, localIso(receivedLocal, zone).slice(0, 10), localIso(dueLocal, zone).slice(0, 10));
  return {
    dueBy: localIso(dueLocal, zone),
    dueAt: new Date(dueLocal - offsetMinutes(zone) * minute),
    receivedLocal: localIso(receivedLocal, zone),
    timeZone: zone.id,
    target,
    rule: ruleText(category, channel, target, zone),
    skipped: skipped.filter((entry) => entry.date <= localIso(dueLocal, zone).slice(0, 10)),
    findings: findings.findings,
  };
}

/** The rule applied, in words: "Question, public reply: 4 working hours (Monday–Friday 08:00–16:00 WIB, …)." */
function ruleText(category: MessageCategoryId, channel: Channel, target: ResponseTarget, zone: TimeZone): LocalizedText {
  const hours = procedureFile.workingHours;
  const title = findMessageCategory(category)?.title ?? { id: category, en: category };
  const duration = durationText(target.amount, target.unit);
  const days = `${weekdayNames[hours.days[0] as Weekday].id}–${weekdayNames[hours.days.at(-1) as Weekday].id}`;
  const daysEn = `${weekdayNames[hours.days[0] as Weekday].en}–${weekdayNames[hours.days.at(-1) as Weekday].en}`;
  const working = target.unit !== 'hours';
  return {
    id: `${title.id}, ${channel === 'public' ? 'balasan publik' : 'pesan langsung'}: ${duration.id}${working ? ` (${days} ${hours.start}–${hours.end} ${zone.id}, di luar libur nasional dan cuti bersama)` : ' (termasuk malam dan hari libur)'}.`,
    en: `${title.en}, ${channel === 'public' ? 'public reply' : 'direct message'}: ${duration.en}${working ? ` (${daysEn} ${hours.start}–${hours.end} ${zone.id}, excluding national holidays and collective leave)` : ' (nights and holidays included)'}.`,
  };
}

/** Findings for a count that crossed a year whose decree is not loaded, or a day off that may still move. */
function reportCalendarGaps(findings: ReplyFindings, missingYears: ReadonlySet<number>, from: IsoDate, to: IsoDate): void {
  for (const year of missingYears) {
    findings.add('reply.holiday-calendar-missing', {
      id: `Kalender libur ${year} belum dimuat: tenggat hanya melewati akhir pekan dan hari libur bertanggal tetap. Periksa tenggat ini terhadap SKB libur ${year}.`,
      en: `The ${year} holiday calendar is not loaded: the deadline skips weekends and fixed-date holidays only. Check this deadline against the ${year} decree.`,
    });
  }
  const moving = provisionalDaysOff(from, to);
  if (moving.length > 0) {
    const days = moving.map((dayOff) => `${dayOff.date} (${dayOff.name.id})`).join(', ');
    const daysEn = moving.map((dayOff) => `${dayOff.date} (${dayOff.name.en})`).join(', ');
    findings.add('reply.holiday-unconfirmed', {
      id: `Tenggat dihitung melewati hari libur yang tanggalnya belum pasti: ${days}. Bila tanggalnya bergeser, tenggat ikut bergeser.`,
      en: `The deadline is counted across days off whose dates are not final: ${daysEn}. If they move, so does the deadline.`,
    });
  }
}

/** Whether {@link replyDueBy} could compute a deadline. */
export function isDeadline(result: ReplyDeadline | { findings: Finding[] }): result is ReplyDeadline {
  return 'dueBy' in result;
}
