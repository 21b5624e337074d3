import type { ResponseTarget, StatutoryLimit } from './schema/procedure';

/**
 * The most working days a target can take: working hours round up to whole working days, calendar
 * hours count as days (a calendar day is never shorter than a working one).
 */
function targetWorkingDays(target: Pick<ResponseTarget, 'amount' | 'unit'>, workingDayHours: number): number {
  if (target.unit === 'working-days') return target.amount;
  if (target.unit === 'working-hours') return Math.ceil(target.amount / workingDayHours);
  return Math.ceil(target.amount / 24);
}

/**
 * The working days a statutory limit guarantees in the worst case. A limit in calendar days loses
 * its weekends (5 of every 7 days remain) and, at worst, the longest run of holidays and
 * cuti bersama in a year (the Idulfitri block: up to 5 working days).
 */
function limitWorkingDays(limit: Pick<StatutoryLimit, 'amount' | 'unit'>): number {
  if (limit.unit === 'working-days') return limit.amount;
  return Math.floor((limit.amount * 5) / 7) - 5;
}

/** Whether an institutional target stays within the statutory limit it answers to, even in the worst week. */
export function fitsStatutoryLimit(
  target: Pick<ResponseTarget, 'amount' | 'unit'>,
  limit: Pick<StatutoryLimit, 'amount' | 'unit'>,
  workingDayHours: number,
): boolean {
  return targetWorkingDays(target, workingDayHours) <= limitWorkingDays(limit);
}
