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
import { isSplitUnit, type ParsedUnit, parseUnit, type UnitInput, unitName } from './parse-unit';
import { type ResolvedRegion, resolveRegion } from './regions';
import { NamingFindings } from './rules';
import type { InstitutionProfile, UnitKind } from './schema/profile';

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

function reportUnknownPlatform(findings: NamingFindings, platformId: string): void {
  findings.add('naming.unknown-unit', {
    id: `Platform "${platformId}" tidak dikenal; pilih: ${platforms.map((p) => p.id).join(', ')}.`,
    en: `Unknown platform "${platformId}"; choose: ${platforms.map((p) => p.id).join(', ')}.`,
  });
}

/**
 * A name with no unit kind of the profile, or a regional unit named without its region. A split
 * unit (`{ kind, region }`) is told what its `kind` may be (the kinds' ids, with their
 * abbreviations), and how to add the region in that form.
 */
function reportUnreadableUnit(
  findings: NamingFindings,
  unit: UnitInput,
  parsed: ParsedUnit | undefined,
  profile: InstitutionProfile,
): void {
  const name = unitName(unit);
  if (isSplitUnit(unit)) {
    if (parsed) {
      const example = `{ kind: "${parsed.kind.id}", region: "Bandung" }`;
      findings.add('naming.unknown-unit', {
        id: `"${name}": unit kewilayahan perlu nama wilayah, mis. ${example}.`,
        en: `"${name}": a regional unit needs a region, e.g. ${example}.`,
      });
      return;
    }
    const accepted = profile.unitKinds
      .map((kind) => (kind.abbreviation === kind.id ? kind.id : `${kind.id} (${kind.abbreviation})`))
      .join(', ');
    findings.add('naming.unknown-unit', {
      id: `Jenis unit "${unit.kind}" tidak ada di profil ${profile.institution.name}; tulis id atau singkatannya: ${accepted}.`,
      en: `Unit kind "${unit.kind}" is not in the ${profile.institution.name} profile; give its id or abbreviation: ${accepted}.`,
    });
    return;
  }
  const kinds = profile.unitKinds.map((kind) => kind.abbreviation.toUpperCase()).join(', ');
  findings.add('naming.unknown-unit', {
    id: parsed
      ? `"${name}": unit kewilayahan perlu nama wilayah, mis. "${parsed.kind.abbreviation.toUpperCase()} Bandung".`
      : `"${name}" tidak memuat jenis unit dari profil ${profile.institution.name} (${kinds}).`,
    en: parsed
      ? `"${name}": a regional unit needs a region, e.g. "${parsed.kind.abbreviation.toUpperCase()} Bandung".`
      : `"${name}" names no unit kind of the ${profile.institution.name} profile (${kinds}).`,
  });
}

function reportUnwritableRegion(findings: NamingFindings, parsed: ParsedUnit): void {
  findings.add('naming.unknown-unit', {
    id: `Wilayah "${parsed.region}" tidak dapat ditulis dengan huruf Latin; tambahkan ejaannya ke kamus profil.`,
    en: `Region "${parsed.region}" cannot be written in Latin letters; add its spelling to the profile's dictionary.`,
  });
}

/** The steps that explain how the kind, the region and the separator are written, before any length limit. */
function spellingSteps(
  parsed: ParsedUnit,
  region: ResolvedRegion | undefined,
  platform: Platform,
  profile: InstitutionProfile,
  { separator, fallback }: { separator: string; fallback: boolean },
): LocalizedText[] {
  const { kind } = parsed;
  const steps: LocalizedText[] = [
    {
      id: `Jenis unit "${kind.name}" ditulis "${kind.abbreviation}"; pola ${kind.pattern}.`,
      en: `Unit kind "${kind.name}" is written "${kind.abbreviation}"; pattern ${kind.pattern}.`,
    },
  ];
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
  // Only a pattern with a "." has a separator to replace; the others need no word about it.
  if (kind.pattern.includes('.') && fallback) {
    steps.push({
      id: `${platform.name} tidak menerima "${profile.separator.preferred}"; pemisahnya "${separator}".`,
      en: `${platform.name} does not accept "${profile.separator.preferred}"; the separator is "${separator}".`,
    });
  }
  return steps;
}

/** The kind's pattern filled in: `.` in the pattern stands for the separator. */
function buildHandle(kind: UnitKind, profile: InstitutionProfile, regionToken: string, separator: string): string {
  return kind.pattern
    .replaceAll('{institution}', profile.institution.shortName)
    .replaceAll('{unit}', kind.abbreviation)
    .replaceAll('{region}', regionToken)
    .replaceAll('.', separator);
}

/** A handle on its way to the platform's length limit: the tokens it is built from, and the steps taken so far. */
interface HandleDraft {
  handle: string;
  regionToken: string;
  separator: string;
  /** Whether the limit cut the handle into a form the public does not know (reported as a finding). */
  shortened: boolean;
  steps: LocalizedText[];
}

/** The profile's `lengthFallback` steps, in order, until the handle fits; a step that cannot apply is skipped. */
function applyLengthFallback(
  draft: HandleDraft,
  kind: UnitKind,
  profile: InstitutionProfile,
  region: ResolvedRegion | undefined,
  max: number,
): void {
  for (const step of profile.lengthFallback) {
    if (length(draft.handle) <= max) break;
    if (step === 'drop-separator' && draft.separator !== '') {
      draft.separator = '';
      draft.handle = buildHandle(kind, profile, draft.regionToken, draft.separator);
      draft.steps.push({ id: `Lebih dari ${max} karakter: pemisah dihapus.`, en: `Over ${max} characters: the separator is dropped.` });
    } else if (step === 'short-region' && region?.short && draft.regionToken !== region.short) {
      draft.regionToken = region.short;
      draft.handle = buildHandle(kind, profile, draft.regionToken, draft.separator);
      draft.steps.push({
        id: `Lebih dari ${max} karakter: bentuk pendek wilayah dari kamus, "${region.short}".`,
        en: `Over ${max} characters: the region’s short form from the dictionary, "${region.short}".`,
      });
    } else if (step === 'truncate-region' && draft.regionToken) {
      const keep = Math.max(1, length(draft.regionToken) - (length(draft.handle) - max));
      draft.regionToken = Array.from(draft.regionToken).slice(0, keep).join('');
      draft.handle = buildHandle(kind, profile, draft.regionToken, draft.separator);
      draft.shortened = true;
      draft.steps.push({
        id: `Lebih dari ${max} karakter: nama wilayah dipotong menjadi "${draft.regionToken}". Tambahkan bentuk pendek resmi ke kamus profil.`,
        en: `Over ${max} characters: the region is cut to "${draft.regionToken}". Add an official short form to the profile's dictionary.`,
      });
    }
  }
}

/** The last resort when the fixed tokens alone are too long: cut the handle itself at the limit. */
function cutToLimit(draft: HandleDraft, max: number): void {
  if (length(draft.handle) <= max) return;
  // Shorten from the end, never starting or ending on punctuation.
  draft.handle = Array.from(draft.handle)
    .slice(0, max)
    .join('')
    .replace(/[._-]+$/, '');
  draft.shortened = true;
  draft.steps.push({ id: `Dipotong menjadi ${max} karakter.`, en: `Cut to ${max} characters.` });
}

/** The handle brought within the platform's length limit, with the steps that took it there. */
function fitToLength(
  kind: UnitKind,
  profile: InstitutionProfile,
  region: ResolvedRegion | undefined,
  platform: Platform,
  separator: string,
): { handle: string; shortened: boolean; steps: LocalizedText[] } {
  const max = platform.handle.maxLength.value;
  const regionToken = region?.handle ?? '';
  const draft: HandleDraft = {
    handle: buildHandle(kind, profile, regionToken, separator),
    regionToken,
    separator,
    shortened: false,
    steps: [],
  };
  applyLengthFallback(draft, kind, profile, region, max);
  cutToLimit(draft, max);
  return { handle: draft.handle, shortened: draft.shortened, steps: draft.steps };
}

function reportTooShort(findings: NamingFindings, handle: string, platform: Platform): void {
  if (length(handle) >= platform.handle.minLength.value) return;
  findings.add('naming.platform-length', {
    id: `@${handle} lebih pendek dari ${platform.handle.minLength.value} karakter yang diminta ${platform.name}; tentukan ejaan lebih panjang di profil.`,
    en: `@${handle} is shorter than the ${platform.handle.minLength.value} characters ${platform.name} requires; set a longer spelling in the profile.`,
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
    reportUnknownPlatform(findings, platformId);
    return { steps: [], findings: findings.findings };
  }
  if (!parsed || (parsed.kind.regional && !parsed.region)) {
    reportUnreadableUnit(findings, unit, parsed, profile);
    return { steps: [], findings: findings.findings, ...(parsed ? { unit: parsed } : {}) };
  }
  const region = parsed.region ? resolveRegion(parsed.region, profile) : undefined;
  if (region && region.handle === '') {
    reportUnwritableRegion(findings, parsed);
    return { steps: [], findings: findings.findings, unit: parsed };
  }

  const separatorChoice = separatorFor(platform, profile);
  const spelled = spellingSteps(parsed, region, platform, profile, separatorChoice);
  const { handle, shortened, steps: fitted } = fitToLength(parsed.kind, profile, region, platform, separatorChoice.separator);
  if (shortened) {
    const full = buildHandle(parsed.kind, profile, region?.handle ?? '', separatorChoice.separator);
    reportShortened(findings, handle, full, platform, region);
  }
  reportTooShort(findings, handle, platform);
  return { handle, steps: [...spelled, ...fitted], findings: findings.findings, unit: parsed, ...(region ? { region } : {}) };
}
