import { monitoring } from './generated/monitoring';
import type { Indicator, Report } from './schema/monitoring';
import type { RoleId } from './schema/role-id';

export { monitoring };

/** The indicator with this id (what an evaluation computes), if there is one. */
export function findIndicator(id: string): Indicator | undefined {
  return monitoring.indicators.find((indicator) => indicator.id === id);
}

/** The reports a role writes, from the most frequent to the yearly evaluation. */
export function reportsBy(role: RoleId): Report[] {
  return monitoring.reports.filter((report) => report.by === role);
}

/** The content purposes that count as ceremonial, which must not make up most of an account's posts. */
export function ceremonialPurposes(): string[] {
  return monitoring.contentPurposes.filter((purpose) => purpose.ceremonial).map((purpose) => purpose.id);
}
