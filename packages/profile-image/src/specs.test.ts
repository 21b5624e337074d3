import { describe, expect, it } from 'vitest';
import { findImageTarget, imageTargetIds } from './specs';

describe('findImageTarget', () => {
  it('finds every target id, and a misspelt literal fails the type-check', () => {
    for (const id of imageTargetIds) expect(findImageTarget(id)?.id).toBe(id);
    // @ts-expect-error — 'instagarm' is a typo of 'instagram'
    expect(findImageTarget('instagarm')).toBeUndefined();
    const fromCommandLine: string = 'mastodon';
    expect(findImageTarget(fromCommandLine)).toBeUndefined();
  });
});
