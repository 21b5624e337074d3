// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import type { KnownId, PlatformId } from '@pedoman-medsos/core';
import { specsFile } from './generated/specs';
import type { Placement } from './schema/placement';
import type { ImageFormat, PlatformImageSpec } from './schema/platform-image-spec';

export { specsFile };
/** Every platform's image spec, in the order of data/specs.yaml. */
export const imageSpecs: readonly PlatformImageSpec[] = /* @__PURE__ */ (() => specsFile.platforms)();
/** The institution's emblem-placement rule. */
export const placement: Placement = /* @__PURE__ */ (() => specsFile.placement)();

/** What an image is checked against: a platform, or the institution's master file. */
export type ImageTargetId = PlatformId | 'master';

/** The plain numbers a check needs, taken from a platform spec or from the master-file rule. */
export interface ImageTarget {
  id: ImageTargetId;
  crop: 'circle' | 'square';
  /** Side of the recommended square, in pixels. */
  recommendedSize: number;
  /** Smallest acceptable side, in pixels. */
  minimumSize: number;
  formats: readonly ImageFormat[];
  /** Largest file in bytes, when the platform has a limit. */
  maxBytes?: number;
}

function targetOf(spec: PlatformImageSpec): ImageTarget {
  return {
    id: spec.platform,
    crop: spec.crop,
    recommendedSize: spec.recommendedSize.value,
    minimumSize: spec.minimumSize.value,
    formats: spec.formats,
    ...(spec.maxBytes ? { maxBytes: spec.maxBytes.value } : {}),
  };
}

const masterTarget: ImageTarget = {
  id: 'master',
  crop: 'circle',
  recommendedSize: placement.master.minimumSize,
  minimumSize: placement.master.minimumSize,
  formats: [placement.master.format],
};

const targets = /* @__PURE__ */ (() =>
  new Map<string, ImageTarget>([...imageSpecs.map((spec) => [spec.platform, targetOf(spec)] as const), ['master', masterTarget]]))();

/** Every id {@link findImageTarget} accepts: the platforms, then `master`. */
export const imageTargetIds: readonly ImageTargetId[] = [...imageSpecs.map((spec) => spec.platform), 'master'];

/** The target with this id, or `undefined` for an id that comes from a user and is unknown. */
export function findImageTarget<I extends string>(id: KnownId<I, ImageTargetId>): ImageTarget | undefined {
  return targets.get(id);
}

/** The spec of one platform; throws only for an id outside {@link PlatformId}, a programming error. */
export function getImageSpec(platform: PlatformId): PlatformImageSpec {
  const spec = imageSpecs.find((candidate) => candidate.platform === platform);
  if (!spec) throw new Error(`Platform "${platform}" is missing from data/specs.yaml`);
  return spec;
}

/** The largest side any platform recommends: an export master must be at least this large. */
export const largestRecommendedSize = Math.max(...imageSpecs.map((spec) => spec.recommendedSize.value));
