import {
  type Finding,
  findPlatform,
  type IsoDate,
  type KnownId,
  type LocalizedText,
  type Platform,
  type PlatformId,
  platforms,
} from '@pedoman-medsos/core';
import { type ParsedUnit, parseUnit, type UnitInput, unitName } from './parse-unit';
import { type ResolvedRegion, resolveRegion } from './regions';
import { NamingFindings } from './rules';
import type { InstitutionProfile } from './schema/profile';

/** The canonical handle of a unit on a platform, and how it was reached. */
export interface HandleSuggestion {
  /** The handle, without "@"; absent when the unit could not be read. */
  handle?: string;
  /** Each step, for the person who must understand the result. */
  steps: LocalizedText[];
  /**
   * Why no handle could be suggested (unknown unit or platform), or what to know about the one
   * suggested: `naming.shortened-handle` when the platform's length limit cut it (with the full
   * form and the fix), `naming.platform-length` when it is still too short.
   */
  findings: Finding[];
  unit?: ParsedUnit;
  region?: ResolvedRegion;
}

function separatorFor(platform: Platform, profile: InstitutionProfile): { separator: string; fallback: boolean } {
  const accepts = (mark: string) => mark === '' || (platform.handle.punctuation as string[]).includes(mark);
  if (accepts(profile.separator.preferred)) return { separator: profile.separator.preferred, fallback: false };
  return { separator: accepts(profile.separator.fallback) ? profile.separator.fallback : '', fallback: true };
}

const length = (text: string) => Array.from(text).length;

/**
 * A handle the length limit cut (a region cut short, or the whole handle cut) is not a form the
 * public knows: say so, with the full form and the fix, rather than only in the steps. Dropping the
 * separator or using the dictionary's short form is the profile's own rule and is not reported.
 */
function reportShortened(
  findings: NamingFindings,
  handle: string,
  full: string,
  platform: Platform,
  region: ResolvedRegion | undefined,
): void {
  const max = platform.handle.maxLength.value;
  const fix = region
    ? {
        id: `Tambahkan bentuk pendek resmi "${region.name}" (\`short\`) ke kamus profil.`,
        en: `Add an official short form of "${region.name}" (\`short\`) to the profile's dictionary.`,
      }
    : { id: 'Tetapkan singkatan resmi di profil.', en: 'Set an official abbreviation in the profile.' };
  findings.add('naming.shortened-handle', {
    id: `@${handle} adalah @${full} yang dipendekkan agar muat dalam batas ${max} karakter ${platform.name}. ${fix.id}`,
    en: `@${handle} is @${full} shortened to fit the ${max}-character limit of ${platform.name}. ${fix.en}`,
  });
}

/**
 * The canonical handle of a unit on a platform, built from the profile's pattern (no handle, and a
 * finding, for an unknown unit or platform, or an `asOf` that is no real `YYYY-MM-DD` day). When the
 * platform's length limit is hit, the profile's `lengthFallback` steps apply in order (by default:
 * drop the separator, use the region's short form from the dictionary, shorten the region); if the
 * fixed words alone are too long, the handle is cut at the limit.
 */
export function suggestHandle<P extends string>(
  unit: UnitInput,
  platformId: KnownId<P, PlatformId>,
  profile: InstitutionProfile,
  options: { asOf?: IsoDate } = {},
): HandleSuggestion {
  const findings = new NamingFindings(options.asOf);
  // An asOf that is no date: which rules apply is unknown, and so is the handle they would give.
  if (findings.hasOptionProblem) return { steps: [], findings: findings.findings };
  const platform = findPlatform(platformId);
  const parsed = parseUnit(unit, profile);
  if (!platform) {
    findings.add('naming.unknown-unit', {
      id: `Platform "${platformId}" tidak dikenal; pilih: ${platforms.map((p) => p.id).join(', ')}.`,
      en: `Unknown platform "${platformId}"; choose: ${platforms.map((p) => p.id).join(', ')}.`,
    });
    return { steps: [], findings: findings.findings };
  }
  if (!parsed || (parsed.kind.regional && !parsed.region)) {
    const kinds = profile.unitKinds.map((kind) => kind.abbreviation.toUpperCase()).join(', ');
    const name = unitName(unit);
    findings.add('naming.unknown-unit', {
      id: parsed
        ? `"${name}": unit kewilayahan perlu nama wilayah, mis. "${parsed.kind.abbreviation.toUpperCase()} Bandung".`
        : `"${name}" tidak memuat jenis unit dari profil ${profile.institution.name} (${kinds}).`,
      en: parsed
        ? `"${name}": a regional unit needs a region, e.g. "${parsed.kind.abbreviation.toUpperCase()} Bandung".`
        : `"${name}" names no unit kind of the ${profile.institution.name} profile (${kinds}).`,
    });
    return { steps: [], findings: findings.findings, ...(parsed ? { unit: parsed } : {}) };
  }

  const steps: LocalizedText[] = [];
  const kind = parsed.kind;
  const region = parsed.region ? resolveRegion(parsed.region, profile) : undefined;
  if (region && region.handle === '') {
    findings.add('naming.unknown-unit', {
      id: `Wilayah "${parsed.region}" tidak dapat ditulis dengan huruf Latin; tambahkan ejaannya ke kamus profil.`,
      en: `Region "${parsed.region}" cannot be written in Latin letters; add its spelling to the profile's dictionary.`,
    });
    return { steps: [], findings: findings.findings, unit: parsed };
  }
  steps.push({
    id: `Jenis unit "${kind.name}" ditulis "${kind.abbreviation}"; pola ${kind.pattern}.`,
    en: `Unit kind "${kind.name}" is written "${kind.abbreviation}"; pattern ${kind.pattern}.`,
  });
  if (region) {
    const from = {
      profile: { id: 'kamus profil', en: 'the profile’s dictionary' },
      national: { id: 'daftar wilayah nasional', en: 'the national region list' },
      unlisted: { id: 'namanya sendiri (tidak ada di daftar wilayah)', en: 'its own name (not in the region lists)' },
    }[region.source];
    steps.push({
      id: `Wilayah "${parsed.region}" ditulis "${region.handle}" menurut ${from.id}.`,
      en: `Region "${parsed.region}" is written "${region.handle}" per ${from.en}.`,
    });
  }
  const { separator, fallback } = separatorFor(platform, profile);
  if (kind.pattern.includes('.') && fallback) {
    steps.push({
      id: `${platform.name} tidak menerima "${profile.separator.preferred}"; pemisahnya "${separator}".`,
      en: `${platform.name} does not accept "${profile.separator.preferred}"; the separator is "${separator}".`,
    });
  }

  const build = (regionToken: string, sep: string) =>
    kind.pattern
      .replaceAll('{institution}', profile.institution.shortName)
      .replaceAll('{unit}', kind.abbreviation)
      .replaceAll('{region}', regionToken)
      .replaceAll('.', sep);
  const max = platform.handle.maxLength.value;
  let regionToken = region?.handle ?? '';
  let sep = separator;
  let handle = build(regionToken, sep);
  let shortened = false;
  for (const step of profile.lengthFallback) {
    if (length(handle) <= max) break;
    if (step === 'drop-separator' && sep !== '') {
      sep = '';
      handle = build(regionToken, sep);
      steps.push({ id: `Lebih dari ${max} karakter: pemisah dihapus.`, en: `Over ${max} characters: the separator is dropped.` });
    } else if (step === 'short-region' && region?.short && regionToken !== region.short) {
      regionToken = region.short;
      handle = build(regionToken, sep);
      steps.push({
        id: `Lebih dari ${max} karakter: bentuk pendek wilayah dari kamus, "${region.short}".`,
        en: `Over ${max} characters: the region’s short form from the dictionary, "${region.short}".`,
      });
    } else if (step === 'truncate-region' && regionToken) {
      const keep = Math.max(1, length(regionToken) - (length(handle) - max));
      regionToken = Array.from(regionToken).slice(0, keep).join('');
      handle = build(regionToken, sep);
      shortened = true;
      steps.push({
        id: `Lebih dari ${max} karakter: nama wilayah dipotong menjadi "${regionToken}". Tambahkan bentuk pendek resmi ke kamus profil.`,
        en: `Over ${max} characters: the region is cut to "${regionToken}". Add an official short form to the profile's dictionary.`,
      });
    }
  }
  if (length(handle) > max) {
    // The fixed tokens alone are too long: shorten from the end, never starting or ending on punctuation.
    handle = Array.from(handle)
      .slice(0, max)
      .join('')
      .replace(/[._-]+$/, '');
    shortened = true;
    steps.push({ id: `Dipotong menjadi ${max} karakter.`, en: `Cut to ${max} characters.` });
  }
  if (shortened) reportShortened(findings, handle, build(region?.handle ?? '', separator), platform, region);
  if (length(handle) < platform.handle.minLength.value) {
    findings.add('naming.platform-length', {
      id: `@${handle} lebih pendek dari ${platform.handle.minLength.value} karakter yang diminta ${platform.name}; tentukan ejaan lebih panjang di profil.`,
      en: `@${handle} is shorter than the ${platform.handle.minLength.value} characters ${platform.name} requires; set a longer spelling in the profile.`,
    });
  }
  return { handle, steps, findings: findings.findings, unit: parsed, ...(region ? { region } : {}) };
}
