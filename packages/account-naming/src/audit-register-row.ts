import { dormantAfterDays, type Finding, findPlatform, type IsoDate, isDormant } from '@pedoman-medsos/core';
import { checkHandle } from './check-handle';
import { parseUnit } from './parse-unit';
import { NamingFindings, type NamingRuleId } from './rules';
import type { InstitutionProfile } from './schema/profile';
import type { RegisterRow } from './schema/register-row';

const daysBetween = (from: IsoDate, to: IsoDate) => Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
export const registerField = (index: number, name: keyof RegisterRow) => ({ kind: 'field' as const, path: ['rows', index, name] });
const platformName = (platform: string) => findPlatform(platform)?.name ?? platform;

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

function addAccountType(list: NamingFindings, row: RegisterRow, index: number): void {
  if (row.accountType !== 'personal') return;
  list.add(
    'naming.organisation-account',
    {
      id: `${platformName(row.platform)}: akun pribadi dipakai sebagai akun resmi; pindahkan ke Halaman atau akun bisnis.`,
      en: `${platformName(row.platform)}: a personal profile used as the official account; move to a Page or business account.`,
    },
    { location: registerField(index, 'accountType') },
  );
}

function addDormant(list: NamingFindings, row: RegisterRow, index: number, asOf: IsoDate): void {
  if (row.lastPostDate === undefined) return;
  const days = daysBetween(row.lastPostDate, asOf);
  if (!isDormant(days)) return;
  list.add(
    'account.dormant',
    {
      id: `Tidak ada unggahan sejak ${row.lastPostDate} (${days} hari, batas ${dormantAfterDays}): hidupkan kembali atau tutup dengan pengumuman.`,
      en: `No post since ${row.lastPostDate} (${days} days, limit ${dormantAfterDays}): revive it or close it with an announcement.`,
    },
    { location: registerField(index, 'lastPostDate') },
  );
}

function addDisplayName(list: NamingFindings, row: RegisterRow, index: number, profile: InstitutionProfile): void {
  if (row.displayName === undefined) return;
  const expected = expectedDisplayName(row.unit, profile);
  if (!expected || row.displayName.replace(/\s+/g, ' ') === expected || row.displayName.includes(expected)) return;
  list.add(
    'naming.display-name',
    {
      id: `Nama tampilan "${row.displayName}" seharusnya memuat "${expected}".`,
      en: `The display name "${row.displayName}" should carry "${expected}".`,
    },
    {
      location: registerField(index, 'displayName'),
      suggestion: { message: { id: `Gunakan "${expected}".`, en: `Use "${expected}".` }, replacement: expected },
    },
  );
}

function addBio(list: NamingFindings, row: RegisterRow, index: number, profile: InstitutionProfile): void {
  if (row.bio === undefined) return;
  const bio = row.bio.toLowerCase();
  if (!profile.bio.officialPhrases.some((phrase) => bio.includes(phrase.toLowerCase()))) {
    list.add(
      'naming.bio-official',
      {
        id: `Bio tidak menyatakan akun resmi (mis. "${profile.bio.officialPhrases[0]}").`,
        en: `The bio does not say the account is official (e.g. "${profile.bio.officialPhrases[0]}").`,
      },
      { location: registerField(index, 'bio') },
    );
  }
  const host = new URL(profile.institution.website).hostname.replace(/^www\./, '');
  if (!profile.bio.requireWebsiteLink || bio.includes(host)) return;
  list.add(
    'naming.bio-link',
    { id: `Bio tidak menautkan ${host}.`, en: `The bio does not link to ${host}.` },
    {
      location: registerField(index, 'bio'),
      suggestion: {
        message: { id: `Tambahkan ${profile.institution.website} ke bio.`, en: `Add ${profile.institution.website} to the bio.` },
      },
    },
  );
}

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
    { location: registerField(index, missing[0]!) },
  );
}

function addSecurity(list: NamingFindings, row: RegisterRow, index: number): void {
  if (row.twoFactor === false) {
    list.add(
      'naming.two-factor',
      { id: 'Autentikasi dua faktor tidak aktif.', en: 'Two-factor authentication is off.' },
      { location: registerField(index, 'twoFactor') },
    );
  }
  if (row.verified === false) {
    list.add(
      'naming.verification',
      {
        id: 'Belum terverifikasi: ajukan verifikasi bila platform menyediakannya.',
        en: 'Not verified: apply where the platform offers it.',
      },
      { location: registerField(index, 'verified') },
    );
  }
}

/**
 * The findings of one register row (row `index`): its handle, account type, dormancy, display
 * name, bio, admin and security. Columns the register lacks skip their rules.
 */
export function auditRegisterRow(row: RegisterRow, index: number, profile: InstitutionProfile, asOf: IsoDate): Finding[] {
  const list = new NamingFindings(asOf);
  const handle = row.handle.replace(/^@/, '');
  for (const finding of checkHandle(handle, { platform: row.platform, unit: row.unit, profile, asOf })) {
    list.findings.push({
      ...finding,
      location: registerField(index, finding.ruleId === ('naming.unknown-unit' satisfies NamingRuleId) ? 'unit' : 'handle'),
    });
  }
  addAccountType(list, row, index);
  addDormant(list, row, index, asOf);
  addDisplayName(list, row, index, profile);
  addBio(list, row, index, profile);
  addMissingAdmin(list, row, index);
  addSecurity(list, row, index);
  return list.findings;
}
