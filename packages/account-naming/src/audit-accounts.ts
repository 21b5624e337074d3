import type { Finding, IsoDate } from '@pedoman-medsos/core';
import { createRegisterAudit } from './register-audit';
import type { InstitutionProfile } from './schema/profile';
import type { RegisterRow } from './schema/register-row';

export { expectedDisplayName } from './audit-register-row';

/** Findings of one register row, and findings that concern several rows. */
export interface AuditResult {
  rows: { index: number; row: RegisterRow; findings: Finding[] }[];
  /** Cross-platform and cross-row findings (each locates the rows it concerns). */
  findings: Finding[];
}

/**
 * Audits the official-account register: every row's handle, display name, bio and security, then
 * the rows together — the same unit named differently across platforms, and two official accounts
 * of one unit on one platform. Columns a register lacks skip their rules. For a register too large
 * to hold in memory, feed the rows to {@link createRegisterAudit} one at a time.
 */
export function auditAccounts(rows: readonly RegisterRow[], profile: InstitutionProfile, options: { asOf?: IsoDate } = {}): AuditResult {
  const audit = createRegisterAudit(profile, options);
  const audited = rows.map((row, index) => ({ index, row, findings: audit.row(row, index) }));
  return { rows: audited, findings: audit.finish() };
}
