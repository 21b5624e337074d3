import {
  type Finding,
  findPlatform,
  type IsoDate,
  type KnownId,
  type Platform,
  type PlatformId,
  platforms,
  quoteValue,
} from '@pedoman-medsos/core';
import type { ParsedUnit, UnitInput } from './parse-unit';
import { checkPlatformRules } from './platform-handle-rules';
import { NamingFindings } from './rules';
import type { InstitutionProfile } from './schema/profile';
import { type HandleSuggestion, suggestHandle } from './suggest-handle';

/** Options of {@link checkHandle}. None of them makes it throw: what it cannot read is a finding. */
export interface CheckHandleOptions<P extends string = string> {
  /**
   * A platform id of the registry (`x`, `instagram`…): a misspelt literal fails the type-check; any
   * other string (read at run time) is a `naming.unknown-unit` finding listing the ids.
   */
  platform: KnownId<P, PlatformId>;
  /**
   * The unit the handle belongs to, by name ("KPKNL Bandung") or split (`{ kind, region }`):
   * enables the pattern, abbreviation and word-order checks. `undefined` or `null`: no unit, and
   * those checks are skipped. A unit the profile does not know, or a value that is no unit at all
   * (a number, `{}`), gives a `naming.unknown-unit` finding.
   */
  unit?: UnitInput | null;
  /** The institution's profile (read with `institutionProfileSchema`). Missing or not a profile: an `input.invalid-option` finding. */
  profile: InstitutionProfile;
  /** The date the rules are applied as of, `YYYY-MM-DD`; default today. No real day (`2026-02-31`): one `input.invalid-option` finding. */
  asOf?: IsoDate;
}

const spoofing = /(official|resmi|asli|real|verified)/;
const bare = (handle: string) => handle.toLowerCase().replace(/[._-]/g, '');

const isProfile = (value: unknown): value is InstitutionProfile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as InstitutionProfile).institution === 'object' &&
  Array.isArray((value as InstitutionProfile).unitKinds);

/**
 * The platform of the options, or `undefined` once the options' problems are reported: a profile
 * that is none, an unknown platform (an `asOf` that is no date, `NamingFindings` reports itself).
 */
function readOptions(options: Partial<CheckHandleOptions>, findings: NamingFindings): Platform | undefined {
  if (!isProfile(options.profile)) {
    findings.addOptionProblem({
      id: `profile harus profil instansi (institutionProfileSchema), bukan ${quoteValue(options.profile)}.`,
      en: `profile must be an institution profile (institutionProfileSchema), not ${quoteValue(options.profile)}.`,
    });
  }
  const platform = typeof options.platform === 'string' ? findPlatform(options.platform) : undefined;
  if (!platform) {
    const shown = typeof options.platform === 'string' ? `"${options.platform}"` : quoteValue(options.platform);
    findings.add('naming.unknown-unit', {
      id: `Platform ${shown} tidak dikenal; pilih: ${platforms.map((p) => p.id).join(', ')}.`,
      en: `Unknown platform ${shown}; choose: ${platforms.map((p) => p.id).join(', ')}.`,
    });
  }
  return findings.hasOptionProblem ? undefined : platform;
}

/**
 * Findings for one handle: the platform's own rules, then the institution's conventions. Never
 * throws, whatever the handle or the options (see {@link CheckHandleOptions}: what it cannot read
 * is reported as a finding, and nothing else is checked then); each finding carries a suggestion
 * where one can be made.
 */
export function checkHandle<P extends string>(input: string, options: CheckHandleOptions<P>): Finding[] {
  const given: Partial<CheckHandleOptions> = typeof options === 'object' && options !== null ? options : {};
  const findings = new NamingFindings(given.asOf);
  if (findings.hasOptionProblem) return findings.findings;
  const platform = readOptions(given, findings);
  if (!platform) return findings.findings;
  const profile = given.profile as InstitutionProfile;
  const handle = String(input ?? '')
    .trim()
    .replace(/^@/, '');
  checkPlatformRules(handle, platform, findings);
  // A JavaScript caller's `null` means no unit, as `undefined` does.
  const unit = given.unit ?? undefined;
  const suggestion = unit === undefined ? undefined : suggestHandle(unit, platform.id, profile, given);
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
  // The canonical handle itself was cut to fit: the reader learns the full form and the fix.
  if (canonical && handle.toLowerCase() === canonical) {
    findings.findings.push(...suggestion.findings.filter((finding) => finding.ruleId === 'naming.shortened-handle'));
  }
  // An auto-assigned or spoofing handle is replaced whole: its shape needs no further diagnosis.
  if (suggestion?.unit && canonical && handle.toLowerCase() !== canonical && !autoAssigned && !spoof) {
    checkShape(handle, { ...suggestion, unit: suggestion.unit, handle: canonical }, profile, findings);
  }
  return findings.findings;
}

/** The shape of a handle against the canonical one: reversed word order, region form, pattern. */
function checkShape(
  handle: string,
  suggestion: HandleSuggestion & { unit: ParsedUnit; handle: string },
  profile: InstitutionProfile,
  findings: NamingFindings,
): void {
  const canonical = suggestion.handle;
  const suggest = { suggestion: { message: { id: `Gunakan @${canonical}.`, en: `Use @${canonical}.` }, replacement: canonical } };
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
        id: `Tidak mengikuti pola ${kind.pattern} profil ${profile.institution.name}: seharusnya @${canonical}.`,
        en: `Does not follow the ${profile.institution.name} profile's pattern ${kind.pattern}: it should be @${canonical}.`,
      },
      suggest,
    );
  }
}
