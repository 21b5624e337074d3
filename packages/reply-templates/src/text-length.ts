import type { PlatformId } from '@pedoman-medsos/core';

// X counts every link as 23 characters, whatever its length (t.co wrapping; domain-facts B3).
const urlPattern = /https?:\/\/[^\s]+/g;
const xUrlLength = 23;

/**
 * The length of a text as the platform counts it: code points (an emoji is one), and on X each
 * link as 23. Written by hand because the counting rule is the platforms' own, not a library's.
 */
export function textLength(text: string, platform?: PlatformId): number {
  if (platform !== 'x') return Array.from(text).length;
  let length = 0;
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    length += Array.from(text.slice(last, match.index)).length + xUrlLength;
    last = match.index + match[0].length;
  }
  return length + Array.from(text.slice(last)).length;
}
