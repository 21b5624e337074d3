// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { platformRegistry } from './generated/platforms';
import type { Platform, PlatformId } from './schema/platform';
import type { Source } from './schema/source';

export { platformRegistry };

/** Every platform in the registry, in the order of the data file. */
export const platforms: readonly Platform[] = /* @__PURE__ */ (() => platformRegistry.platforms)();

const byId = /* @__PURE__ */ (() => new Map<string, Platform>(platforms.map((platform) => [platform.id, platform])))();
const sourcesById = /* @__PURE__ */ (() => new Map<string, Source>(platformRegistry.sources.map((source) => [source.id, source])))();

/** The platform with this id, or `undefined` for an id the registry does not know. */
export function findPlatform(id: string): Platform | undefined {
  return byId.get(id);
}

/** The platform with this id; use {@link findPlatform} for ids that come from users. */
export function getPlatform(id: PlatformId): Platform {
  const platform = byId.get(id);
  if (!platform) throw new Error(`Platform "${id}" is missing from data/platforms.yaml`);
  return platform;
}

/** The source a figure cites (every id is checked when the data is compiled). */
export function getSource(id: string): Source {
  const source = sourcesById.get(id);
  if (!source) throw new Error(`Source "${id}" is missing from data/platforms.yaml`);
  return source;
}
