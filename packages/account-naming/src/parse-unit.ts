// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { quoteValue } from '@pedoman-medsos/core';
import type { InstitutionProfile, UnitKind } from './schema/profile';

/** A unit read from its name: its kind and, for regional units, its region. */
export interface ParsedUnit {
  kind: UnitKind;
  region?: string;
  /** `true` when the name put the region first ("Bandung KPKNL"). */
  regionFirst: boolean;
}

/**
 * A unit given by name ("KPKNL Bandung") or already split: `kind` is the unit kind's id
 * (`kpp-pratama`) or its abbreviation (`kpp`, `KPP`), in any case.
 */
export type UnitInput = string | { kind: string; region?: string };

const squeeze = (text: string) => text.trim().replace(/\s+/g, ' ');

const namesCache = /* @__PURE__ */ (() => new WeakMap<InstitutionProfile, { kind: UnitKind; name: string }[]>())();

/** The ways a unit kind is written, longest first so "KPP Madya" wins over "KPP" (once per profile). */
function namesOf(profile: InstitutionProfile): { kind: UnitKind; name: string }[] {
  let names = namesCache.get(profile);
  if (!names) {
    names = profile.unitKinds
      .flatMap((kind) => [kind.name, kind.abbreviation, ...kind.aliases].map((name) => ({ kind, name: squeeze(name).toLowerCase() })))
      .sort((a, b) => b.name.length - a.name.length);
    namesCache.set(profile, names);
  }
  return names;
}

/** Whether a value is a unit as {@link UnitInput} writes one (JavaScript callers may pass anything). */
export function isSplitUnit(unit: unknown): unit is { kind: string; region?: string } {
  if (typeof unit !== 'object' || unit === null) return false;
  const { kind, region } = unit as Record<string, unknown>;
  return typeof kind === 'string' && (region === undefined || typeof region === 'string');
}

/** The kind a split unit names: by its id first, then by its abbreviation, in any case. */
function kindNamed(name: string, profile: InstitutionProfile): UnitKind | undefined {
  const wanted = squeeze(name).toLowerCase();
  return (
    profile.unitKinds.find((kind) => kind.id === wanted) ?? profile.unitKinds.find((kind) => kind.abbreviation.toLowerCase() === wanted)
  );
}

/** A unit as a message names it: its name, or its kind and region. */
export function unitName(unit: unknown): string {
  if (typeof unit === 'string') return unit;
  return isSplitUnit(unit) ? `${unit.kind} ${unit.region ?? ''}`.trim() : quoteValue(unit);
}

/**
 * Reads "KPKNL Bandung", "Kantor Pelayanan Kekayaan Negara dan Lelang Bandung" or "Bandung KPKNL"
 * against the profile's unit kinds, or a split unit whose `kind` is a kind's id or abbreviation.
 * `undefined` when no kind of the profile appears, and for a value that is no unit at all (`null`,
 * a number, `{}`).
 */
export function parseUnit(unit: UnitInput, profile: InstitutionProfile): ParsedUnit | undefined {
  if (typeof unit !== 'string') {
    if (!isSplitUnit(unit)) return undefined;
    const kind = kindNamed(unit.kind, profile);
    return kind ? { kind, ...(unit.region ? { region: squeeze(unit.region) } : {}), regionFirst: false } : undefined;
  }
  const text = squeeze(unit);
  const lower = text.toLowerCase();
  for (const { kind, name } of namesOf(profile)) {
    if (lower === name) return { kind, regionFirst: false };
    if (lower.startsWith(`${name} `)) return { kind, region: text.slice(name.length + 1), regionFirst: false };
    if (lower.endsWith(` ${name}`)) return { kind, region: text.slice(0, text.length - name.length - 1), regionFirst: true };
  }
  return undefined;
}
