import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLength } from './text-length';

describe('textLength', () => {
  it('counts code points, and on X every link as 23', () => {
    expect(textLength('Halo 👋')).toBe(6);
    expect(textLength('Cek https://www.djkn.kemenkeu.go.id/kpknl-bandung/berita ya', 'x')).toBe(4 + 23 + 3);
    expect(textLength('Cek https://a.id ya', 'instagram')).toBe(19);
  });

  it('property: on X, a text without links counts as anywhere else', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((text) => !text.includes('http')),
        (text) => {
          expect(textLength(text, 'x')).toBe(textLength(text));
        },
      ),
    );
  });
});
