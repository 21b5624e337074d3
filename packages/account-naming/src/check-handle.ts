import { type Finding, findPlatform, type IsoDate, platforms } from '@pedoman-medsos/core';
import type { UnitInput } from './parse-unit';
import { checkPlatformRules } from './platform-handle-rules';
import { NamingFindings } from './rules';
import type { InstitutionProfile } from './schema/profile';
import { suggestHandle } from './suggest-handle';

/** Options of {@link checkHandle}. */
export interface CheckHandleOptions {
  platform: string;
  /** The unit the handle belongs to: enables the pattern, abbreviation and word-order checks. */
  unit?: UnitInput;
  profile: InstitutionProfile;
  asOf?: IsoDate;
}

const spoofing = /(official|resmi|asli|real|verified)/;
const bare = (handle: string) => handle.toLowerCase().replace(/[._-]/g, '');

/**
 * Findings for one handle: the platform's own rules, then the institution's conventions. Never
 * throws; each finding carries a suggestion where one can be made.
 */
export function checkHandle(input: string, options: CheckHandleOptions): Finding[] {
  const findings = new NamingFindings(options.asOf);
  const handle = String(input ?? '')
    .trim()
    .replace(/^@/, '');
  const platform = findPlatform(options.platform);
  if (!platform) {
    findings.add('naming.unknown-unit', {
      id: `Platform "${options.platform}" tidak dikenal; pilih: ${platforms.map((p) => p.id).join(', ')}.`,
      en: `Unknown platform "${options.platform}"; choose: ${platforms.map((p) => p.id).join(', ')}.`,
    });
    return findings.findings;
  }
  checkPlatformRules(handle, platform, findings);
  const suggestion = options.unit === undefined ? undefined : suggestHandle(options.unit, platform.id, options.profile, options);
  const canonical = suggestion?.handle;
  const suggest = canonical
    ? { suggestion: { message: { id: `Gunakan @${canonical}.`, en: `Use @${canonical}.` }, replacement: canonical } }
    : {};

  if (/[A-Z]/.test(handle)) {
    findings.add(
      'naming.case',
      {
        id: `${platform.name} tidak membedakan huruf besar; tulis "${handle.toLowerCase()}" agar sama di semua platform.`,
        en: `${platform.name} ignores case; write "${handle.toLowerCase()}" so it reads the same on every platform.`,
      },
      { suggestion: { message: { id: 'Huruf kecil semua.', en: 'All lower case.' }, replacement: canonical ?? handle.toLowerCase() } },
    );
  }
  const spoof = spoofing.exec(handle.toLowerCase());
  if (spoof) {
    findings.add(
      'naming.spoofing-word',
      {
        id: `"${spoof[1]}" dalam handle meniru gaya akun palsu; nyatakan keresmian di bio dan lewat verifikasi.`,
        en: `"${spoof[1]}" in a handle is what impostors write; state official status in the bio and by verification.`,
      },
      suggest,
    );
  }
  const digits = /(\d+)$/.exec(handle.replace(/[._-]+$/, ''));
  const autoAssigned = Boolean(digits && platform.id === 'youtube' && digits[1]!.length === 4 && /[a-z]{6,}\d{4}$/i.test(handle));
  if (autoAssigned) {
    findings.add(
      'naming.auto-assigned',
      {
        id: `"@${handle}" berbentuk nama + 4 angka acak: handle pemberian otomatis YouTube yang belum diklaim.`,
        en: `"@${handle}" is a name + 4 random digits: a handle YouTube assigned that was never claimed.`,
      },
      suggest,
    );
  } else if (/\d/.test(handle)) {
    findings.add(
      'naming.office-code',
      {
        id: `Angka dalam "@${handle}" (kode kantor atau nomor) tidak dikenal warga dan membuat handle berbeda antarplatform.`,
        en: `The digits in "@${handle}" (an office code or number) mean nothing to citizens and make handles differ between platforms.`,
      },
      suggest,
    );
  }

  if (suggestion && !canonical) findings.findings.push(...suggestion.findings);
  // An auto-assigned or spoofing handle is replaced whole: its shape needs no further diagnosis.
  if (suggestion?.unit && canonical && handle.toLowerCase() !== canonical && !autoAssigned && !spoof) {
    const { kind } = suggestion.unit;
    const region = suggestion.region;
    const core = bare(handle).replace(/\d+$/, '');
    const regionForms = region ? [region.handle, region.short].filter((form): form is string => Boolean(form)) : [];
    if (region && regionForms.some((form) => core === form + kind.abbreviation || core === `${form}${kind.abbreviation}`)) {
      findings.add(
        'naming.word-order',
        {
          id: `Urutan kata terbalik: wilayah sebelum jenis unit. Pola ${kind.pattern} memberi @${canonical}.`,
          en: `Reversed word order: region before unit kind. Pattern ${kind.pattern} gives @${canonical}.`,
        },
        suggest,
      );
    } else if (
      region &&
      core.startsWith(kind.abbreviation) &&
      !regionForms.includes(core.slice(kind.abbreviation.length)) &&
      core !== bare(canonical)
    ) {
      const written = core.slice(kind.abbreviation.length);
      findings.add(
        'naming.region-abbreviation',
        {
          id: `"${written}" bukan bentuk "${region.name}" dalam kamus profil (${regionForms.join(' atau ')}).`,
          en: `"${written}" is not a form of "${region.name}" in the profile's dictionary (${regionForms.join(' or ')}).`,
        },
        suggest,
      );
    } else if (core !== bare(canonical) || !/\d/.test(handle)) {
      // (When the digits were the only difference, the office-code finding already said so.)
      findings.add(
        'naming.pattern',
        {
          id: `Tidak mengikuti pola ${kind.pattern} profil ${options.profile.institution.name}: seharusnya @${canonical}.`,
          en: `Does not follow the ${options.profile.institution.name} profile's pattern ${kind.pattern}: it should be @${canonical}.`,
        },
        suggest,
      );
    }
  }
  return findings.findings;
}
