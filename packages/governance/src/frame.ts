import { isProvisionCitation, type LegalBasis, type LocalizedText, ruleLevelLabels } from '@pedoman-medsos/core';
import { definitions } from './definitions';
import { closing } from './generated/closing';
import { introduction } from './generated/introduction';
import { sanctions } from './generated/sanctions';
import { scope } from './generated/scope';
import { monitoring } from './monitoring';
import type { Clause } from './schema/clause';
import type { NormativeLevel } from './schema/level';

export { closing, introduction, sanctions, scope };

/** The clauses of the chapter on civil servants' personal accounts, neutrality first. */
export function personalAccountClauses(): Clause[] {
  return [...scope.personalAccounts.neutrality, ...scope.personalAccounts.confidentiality];
}

/** How each level reads in a pedoman, in both languages: core's labels, the same as the rules'. */
export const levelLabels: Readonly<Record<NormativeLevel, LocalizedText>> = ruleLevelLabels;

/**
 * Every provision id the frame cites, once each. A test checks that each is in the legal
 * registry: the frame never cites a provision the registry has not read.
 */
export function citedProvisions(): string[] {
  const bases: LegalBasis[] = [
    ...personalAccountClauses().flatMap((clause) => clause.legalBasis),
    ...closing.advice.flatMap((clause) => clause.legalBasis),
    ...sanctions.steps.flatMap((step) => step.legalBasis),
    ...definitions.flatMap((definition) => definition.legalBasis ?? []),
  ];
  return [...new Set(bases.filter(isProvisionCitation).map((basis) => basis.provision))];
}

/** The role ids the frame names (monitoring reports, follow-up decisions), for checking against the roles. */
export function namedRoles(): string[] {
  const roles = [
    ...monitoring.reports.flatMap((report) => [report.by, ...(report.to ? [report.to] : [])]),
    ...sanctions.steps.flatMap((step) => step.decidedBy),
  ];
  return [...new Set(roles)];
}
