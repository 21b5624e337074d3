import { type Finding, findPlatform } from '@pedoman-medsos/core';
import { checkHandle } from './check-handle';
import { NamingFindings } from './rules';
import type { AccountRequest } from './schema/account-request';
import type { InstitutionProfile } from './schema/profile';
import { suggestHandle } from './suggest-handle';

const field = (name: keyof AccountRequest) => ({ kind: 'field' as const, path: [name] });

/**
 * Checks a unit's request to open an account: no account without a communication strategy and
 * goals, nor without a reason the parent account is not enough (from 2027-01-01), an admin team with assignment letters, a content plan, and the canonical handle free.
 * `options.asOf` (`YYYY-MM-DD`, default today) that is no real day gives one `input.invalid-option`
 * finding and nothing else.
 */
export function checkAccountRequest(
  request: AccountRequest,
  profile: InstitutionProfile,
  options: { asOf?: string } = {},
): { handle?: string; findings: Finding[] } {
  const findings = new NamingFindings(options.asOf);
  // An asOf that is no date is reported once (the checks below would each report it again).
  if (findings.hasOptionProblem) return { findings: findings.findings };
  const suggestion = suggestHandle(request.unit, request.platform, profile, options);
  findings.findings.push(...suggestion.findings);
  if (!request.strategy || request.goals.length === 0) {
    findings.add(
      'naming.request-strategy',
      {
        id: 'Permohonan belum memuat strategi komunikasi dan tujuan yang terukur.',
        en: 'The request has no communication strategy and measurable goals yet.',
      },
      { location: field(request.strategy ? 'goals' : 'strategy') },
    );
  }
  if (!request.parentAccountReason) {
    findings.add(
      'naming.request-parent-account',
      {
        id: 'Permohonan belum menjelaskan mengapa akun induk tidak cukup: unit kerja tidak memerlukan akun sendiri bila akun induk dapat menyampaikan informasinya.',
        en: 'The request does not say why the parent account is not enough: a work unit needs no account of its own when the parent account can carry its information.',
      },
      { location: field('parentAccountReason') },
    );
  }
  const withoutLetter = request.admins.filter((admin) => !admin.assignmentLetter);
  if (request.admins.length === 0 || withoutLetter.length > 0) {
    findings.add(
      'naming.request-admins',
      request.admins.length === 0
        ? { id: 'Permohonan belum menyebut tim admin.', en: 'The request names no admin team.' }
        : {
            id: `Admin tanpa surat tugas: ${withoutLetter.map((admin) => admin.name).join(', ')}.`,
            en: `Admins without an assignment letter: ${withoutLetter.map((admin) => admin.name).join(', ')}.`,
          },
      { location: field('admins') },
    );
  }
  if (!request.contentPlan) {
    findings.add(
      'naming.request-content-plan',
      { id: 'Permohonan belum memuat rencana konten.', en: 'The request has no content plan.' },
      { location: field('contentPlan') },
    );
  }
  if (suggestion.handle && request.handleAvailable !== true) {
    const platform = findPlatform(request.platform)?.name ?? request.platform;
    findings.add(
      'naming.request-handle-free',
      request.handleAvailable === false
        ? {
            id: `@${suggestion.handle} sudah dipakai di ${platform}: laporkan ke Humas pusat sebelum memilih nama lain.`,
            en: `@${suggestion.handle} is taken on ${platform}: report to central Humas before choosing another name.`,
          }
        : {
            id: `Pastikan @${suggestion.handle} masih tersedia di ${platform}.`,
            en: `Confirm @${suggestion.handle} is still free on ${platform}.`,
          },
      { location: field('handleAvailable') },
    );
  }
  if (request.handle) {
    // A handle the unit chose itself is held to the same rules as any other.
    findings.findings.push(...checkHandle(request.handle, { platform: request.platform, unit: request.unit, profile, ...options }));
  }
  return { ...(suggestion.handle ? { handle: suggestion.handle } : {}), findings: findings.findings };
}
