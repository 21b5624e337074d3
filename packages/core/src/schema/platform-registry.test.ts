import { describe, expect, it } from 'vitest';
import { platformRegistry } from '../generated/platforms';
import { localizedMessageOf } from './localized-issue';
import { platformRegistrySchema } from './platform-registry';

const clone = () => structuredClone(platformRegistry);

describe('platformRegistrySchema', () => {
  it('accepts the shipped registry', () => {
    expect(platformRegistrySchema.safeParse(platformRegistry).success).toBe(true);
  });

  it('reports a figure citing a source that is not listed, at the figure', () => {
    const registry = clone();
    registry.platforms[0]!.handle.maxLength.source = 'nowhere';
    const result = platformRegistrySchema.safeParse(registry);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['platforms', 0, 'handle', 'maxLength', 'source']);
    expect(localizedMessageOf(issue)?.en).toContain('"nowhere" is not in the `sources` list');
  });

  it('reports a platform listed twice', () => {
    const registry = clone();
    registry.platforms.push(registry.platforms[0]!);
    const result = platformRegistrySchema.safeParse(registry);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(['platforms', registry.platforms.length - 1, 'id']);
  });

  it('reports a minimum handle length above the maximum', () => {
    const registry = clone();
    registry.platforms[2]!.handle.minLength.value = 99;
    expect(platformRegistrySchema.safeParse(registry).success).toBe(false);
  });
});
