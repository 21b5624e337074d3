// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { nationalRegions } from './generated/regions';
import { regionHandle } from './region-handle';
import type { InstitutionProfile, RegionSpelling } from './schema/profile';

/** A province, regency or city of the national list (idn-area-data). */
export interface NationalRegion {
  /** Kepmendagri code: "32" (Jawa Barat), "32.73" (Kota Bandung). */
  code: string;
  kind: 'province' | 'regency' | 'city';
  /** Name without "Kota"/"Kabupaten", except where a regency shares its name with a city. */
  name: string;
  /** Default handle form: "bandung". */
  handle: string;
}

export { nationalRegions };

const nationalByKey = /* @__PURE__ */ (() => new Map<string, NationalRegion>())();
for (const region of nationalRegions) {
  const key = regionHandle(region.name);
  if (!nationalByKey.has(key)) nationalByKey.set(key, region); // provinces first, then cities
}

/** How a region is spelled in handles, and where that spelling comes from. */
export interface ResolvedRegion extends RegionSpelling {
  source: 'profile' | 'national' | 'unlisted';
}

/**
 * The spelling of a region for a profile: the profile's own dictionary first (its abbreviations,
 * e.g. Jakarta Selatan → jaksel), then the national list, then the name itself made handle-safe.
 */
export function resolveRegion(name: string, profile: InstitutionProfile): ResolvedRegion {
  const key = regionHandle(name);
  // "Kabupaten Sleman", "Provinsi Jawa Tengah": the full name first, then without its kind.
  const keys = [key, regionHandle(name.replace(/^(kota|kabupaten|kab\.?|provinsi|prov\.?)\s+/i, ''))];
  const own = keys.map((candidate) => profile.regions.find((region) => regionHandle(region.name) === candidate)).find(Boolean);
  if (own) return { ...own, source: 'profile' };
  const national = keys.map((candidate) => nationalByKey.get(candidate)).find(Boolean);
  if (national) return { name: national.name, handle: national.handle, source: 'national' };
  return { name, handle: key, source: 'unlisted' };
}
