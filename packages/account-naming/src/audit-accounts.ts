import { dormantAfterDays, type Finding, findPlatform, type IsoDate, isDormant, today } from '@pedoman-medsos/core';
import { checkHandle } from './check-handle';
import { parseUnit } from './parse-unit';
import { NamingFindings, type NamingRuleId } from './rules';
import type { InstitutionProfile } from './schema/profile';
import type { RegisterRow } from './schema/register-row';
import { suggestHandle } from './suggest-handle';

/** Findings of one register row, and findings that concern several rows. */
export interface AuditResult {
  rows: { index: number; row: RegisterRow; findings: Finding[] }[];
  /** Cross-platform and cross-row findings (each locates the rows it concerns). */
  findings: Finding[];
}

/** The display name the profile gives a unit: "KPKNL Bandung" (the kind in capitals, then the region). */
export function expectedDisplayName(unit: string, profile: InstitutionProfile): string | undefined {
  const parsed = parseUnit(unit, profile);
  if (!parsed) return undefined;
  const kind = (parsed.kind.aliases[0] ?? parsed.kind.abbreviation).toUpperCase();
  return profile.displayName.pattern
    .replace('{unit}', kind)
    .replace('{region}', parsed.region ?? '')
    .trim();
}

const daysBetween = (from: IsoDate, to: IsoDate) => Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
const field = (index: number, name: keyof RegisterRow) => ({ kind: 'field' as const, path: ['rows', index, name] });

/**
 * A missing admin or assignment letter. Either column present means the register tracks admins,
 * so a blank cell there is a missing one (an absent column skips the rule).
 */
function addMissingAdmin(list: NamingFindings, row: RegisterRow, index: number): void {
  if (row.admin === undefined && row.assignmentLetter === undefined) return;
  const missing = (['admin', 'assignmentLetter'] as const).filter((column) => !row[column]);
  if (missing.length === 0) return;
  const names = {
    admin: { id: 'admin', en: 'admin' },
    assignmentLetter: { id: 'nomor surat tugas', en: 'assignment-letter number' },
  };
  list.add(
    'naming.admin-assignment',
    {
      id: `Tidak ada ${missing.map((column) => names[column].id).join(' dan ')}: tunjuk admin dengan surat tugas dan catat keduanya di daftar akun.`,
      en: `No ${missing.map((column) => names[column].en).join(' and ')}: appoint an admin by an assignment letter and record both in the register.`,
    },
    { location: field(index, missing[0]!) },
  );
}

/**
 * Audits the official-account register: every row's handle, display name, bio and security, then
 * the rows together — the same unit named differently across platforms, and two official accounts
 * of one unit on one platform. Columns a register lacks skip their rules.
 */
export function auditAccounts(rows: readonly RegisterRow[], profile: InstitutionProfile, options: { asOf?: IsoDate } = {}): AuditResult {
  const asOf = options.asOf ?? today();
  const result: AuditResult = { rows: [], findings: [] };
  const byUnit = new Map<string, { index: number; row: RegisterRow; handle: string }[]>();

  rows.forEach((row, index) => {
    const list = new NamingFindings(asOf);
    const handle = row.handle.replace(/^@/, '');
    for (const finding of checkHandle(handle, { platform: row.platform, unit: row.unit, profile, asOf })) {
      list.findings.push({
        ...finding,
        location: field(index, finding.ruleId === ('naming.unknown-unit' satisfies NamingRuleId) ? 'unit' : 'handle'),
      });
    }
    if (row.accountType === 'personal') {
      list.add(
        'naming.organisation-account',
        {
          id: `${findPlatform(row.platform)?.name ?? row.platform}: akun pribadi dipakai sebagai akun resmi; pindahkan ke Halaman atau akun bisnis.`,
          en: `${findPlatform(row.platform)?.name ?? row.platform}: a personal profile used as the official account; move to a Page or business account.`,
        },
        { location: field(index, 'accountType') },
      );
    }
    if (row.lastPostDate !== undefined && isDormant(daysBetween(row.lastPostDate, asOf))) {
      list.add(
        'account.dormant',
        {
          id: `Tidak ada unggahan sejak ${row.lastPostDate} (${daysBetween(row.lastPostDate, asOf)} hari, batas ${dormantAfterDays}): hidupkan kembali atau tutup dengan pengumuman.`,
          en: `No post since ${row.lastPostDate} (${daysBetween(row.lastPostDate, asOf)} days, limit ${dormantAfterDays}): revive it or close it with an announcement.`,
        },
        { location: field(index, 'lastPostDate') },
      );
    }
    if (row.displayName !== undefined) {
      const expected = expectedDisplayName(row.unit, profile);
      if (expected && row.displayName.replace(/\s+/g, ' ') !== expected && !row.displayName.includes(expected)) {
        list.add(
          'naming.display-name',
          {
            id: `Nama tampilan "${row.displayName}" seharusnya memuat "${expected}".`,
            en: `The display name "${row.displayName}" should carry "${expected}".`,
          },
          {
            location: field(index, 'displayName'),
            suggestion: { message: { id: `Gunakan "${expected}".`, en: `Use "${expected}".` }, replacement: expected },
          },
        );
      }
    }
    if (row.bio !== undefined) {
      const bio = row.bio.toLowerCase();
      if (!profile.bio.officialPhrases.some((phrase) => bio.includes(phrase.toLowerCase()))) {
        list.add(
          'naming.bio-official',
          {
            id: `Bio tidak menyatakan akun resmi (mis. "${profile.bio.officialPhrases[0]}").`,
            en: `The bio does not say the account is official (e.g. "${profile.bio.officialPhrases[0]}").`,
          },
          { location: field(index, 'bio') },
        );
      }
      const host = new URL(profile.institution.website).hostname.replace(/^www\./, '');
      if (profile.bio.requireWebsiteLink && !bio.includes(host)) {
        list.add(
          'naming.bio-link',
          { id: `Bio tidak menautkan ${host}.`, en: `The bio does not link to ${host}.` },
          {
            location: field(index, 'bio'),
            suggestion: {
              message: { id: `Tambahkan ${profile.institution.website} ke bio.`, en: `Add ${profile.institution.website} to the bio.` },
            },
          },
        );
      }
    }
    addMissingAdmin(list, row, index);
    if (row.twoFactor === false) {
      list.add(
        'naming.two-factor',
        { id: 'Autentikasi dua faktor tidak aktif.', en: 'Two-factor authentication is off.' },
        { location: field(index, 'twoFactor') },
      );
    }
    if (row.verified === false) {
      list.add(
        'naming.verification',
        {
          id: 'Belum terverifikasi: ajukan verifikasi bila platform menyediakannya.',
          en: 'Not verified: apply where the platform offers it.',
        },
        { location: field(index, 'verified') },
      );
    }
    result.rows.push({ index, row, findings: list.findings });

    const parsed = parseUnit(row.unit, profile);
    const unitKey = parsed ? `${parsed.kind.id}|${(parsed.region ?? '').toLowerCase()}` : row.unit.toLowerCase();
    const group = byUnit.get(unitKey) ?? [];
    group.push({ index, row, handle: handle.toLowerCase() });
    byUnit.set(unitKey, group);
  });

  const across = new NamingFindings(asOf);
  for (const group of byUnit.values()) {
    const perPlatform = new Map<string, number[]>();
    for (const entry of group) perPlatform.set(entry.row.platform, [...(perPlatform.get(entry.row.platform) ?? []), entry.index]);
    for (const [platform, indexes] of perPlatform) {
      if (indexes.length < 2) continue;
      const handles = indexes.map((index) => `@${rows[index]!.handle.replace(/^@/, '')}`).join(', ');
      across.add(
        'naming.one-account-per-platform',
        {
          id: `${group[0]!.row.unit}: ${indexes.length} akun resmi di ${findPlatform(platform)?.name ?? platform} (${handles}); pertahankan satu.`,
          en: `${group[0]!.row.unit}: ${indexes.length} official accounts on ${findPlatform(platform)?.name ?? platform} (${handles}); keep one.`,
        },
        { location: { kind: 'field', path: ['rows', indexes[1]!, 'handle'] } },
      );
    }
    // Differences the platforms force (X's length, its missing ".") are not inconsistencies: the
    // handles differ wrongly when one of them is not the canonical handle of its own platform.
    const distinct = new Set(group.map((entry) => entry.handle));
    if (distinct.size > 1) {
      const drifting = group.filter(
        (entry) => entry.handle !== suggestHandle(entry.row.unit, entry.row.platform, profile, { asOf }).handle,
      );
      if (drifting.length > 0) {
        const list = group
          .map((entry) => `${findPlatform(entry.row.platform)?.name ?? entry.row.platform} @${entry.row.handle.replace(/^@/, '')}`)
          .join(', ');
        across.add(
          'naming.consistent-across-platforms',
          {
            id: `${group[0]!.row.unit} bernama berbeda antarplatform: ${list}.`,
            en: `${group[0]!.row.unit} is named differently across platforms: ${list}.`,
          },
          { location: { kind: 'field', path: ['rows', drifting[0]!.index, 'handle'] } },
        );
      }
    }
  }
  result.findings = across.findings;
  return result;
}
