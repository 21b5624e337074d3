import { describe, expect, it } from 'vitest';
import { findPlatform, getPlatform, getSource, platforms } from './platforms';
import { textKinds } from './schema/text-limits';

describe('platform registry', () => {
  it('covers the six platforms of the guidelines', () => {
    expect(platforms.map((platform) => platform.id)).toEqual(['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'threads']);
  });

  it('keeps X at 15 characters without a period (domain facts B1)', () => {
    const x = getPlatform('x');
    expect(x.handle.maxLength.value).toBe(15);
    expect(x.handle.punctuation).not.toContain('.');
  });

  it('gives Threads the Instagram username rules', () => {
    expect(getPlatform('threads').handle).toEqual(getPlatform('instagram').handle);
  });

  it('cites a known source for every figure', () => {
    for (const platform of platforms) {
      for (const kind of textKinds) {
        const figure = platform.textLimits[kind];
        if (figure) expect(getSource(figure.source).title).toBeTruthy();
      }
      expect(getSource(platform.handle.maxLength.source).url).toMatch(/^https:/);
    }
  });

  it('answers undefined for an unknown id from a user', () => {
    expect(findPlatform('myspace')).toBeUndefined();
  });
});
