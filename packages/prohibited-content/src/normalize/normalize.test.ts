import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepsOf } from './classify';
import { normalize, normalizedString, normalizeToString } from './normalize';

const words = (text: string) => {
  const normalized = normalize(text);
  let result = '';
  for (let k = 0; k < normalized.length; k++)
    result += (k > 0 && normalized.gapBefore[k] ? ' ' : '') + String.fromCodePoint(normalized.codes[k]!);
  return result;
};

describe('normalize', () => {
  it.each([
    ['𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑', 'siot gacor'],
    ['ＧＡＣＯＲ', 'gacor'],
    ['ⓢⓛⓞⓣ', 'siot'],
    ['🅂🄻🄾🅃', 'siot'],
    ['ꜱʟᴏᴛ', 'siot'],
    ['ѕlоt', 'siot'],
    ['s\u200Bl\u200Co\u200Dt\uFEFF', 'siot'],
    ['g4c0r', 'gacor'],
    ['5l0t', 'siot'],
    ['slooot', 'siot'],
    ['KU̲S̲U̲M̲A̲T̲0̲T̲0̲', 'kusumatoto'],
    ['café', 'cafe'],
    ['j@di', 'jadi'],
  ])('reads %s as %s', (text, expected) => {
    expect(words(text)).toBe(expected);
  });

  it('keeps separators as gaps, so split letters can be matched as a word', () => {
    expect(words('s.l.o.t')).toBe('s i o t');
    expect(words('s-l-o-t')).toBe('s i o t');
    expect(normalizeToString('s l o t')).toBe('siot');
  });

  it('keeps numbers as numbers, and reads digits as letters only inside words', () => {
    expect(words('NIK 3201234567890001 tahun 2024')).toBe('nik 3201234567890001 tahun 2024');
    expect(words('100 persen')).toBe('100 persen');
    expect(words('slot88')).toBe('siotb');
  });

  it('reads @ $ ! | as letters only between letters', () => {
    expect(words('@kpknl halo! $100')).toBe('kpkni haio 100');
  });

  it('maps every normalized character back to the original', () => {
    const text = 'Main 𝐒𝐋𝐎𝐎𝐎𝐓 di s.l.o.t';
    const normalized = normalize(text);
    const slot = normalizedString(normalized).indexOf('siot');
    expect(text.slice(normalized.starts[slot]!, normalized.ends[slot + 3]!)).toBe('𝐒𝐋𝐎𝐎𝐎𝐓');
    expect(stepsOf(normalized.flags[slot + 2]!)).toEqual(['compatibility', 'case-fold', 'repeated-letters']);
  });

  it('never throws, and every span lies inside the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const normalized = normalize(text);
        let previousStart = 0;
        for (let k = 0; k < normalized.length; k++) {
          const start = normalized.starts[k]!;
          const end = normalized.ends[k]!;
          expect(start).toBeGreaterThanOrEqual(previousStart);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          previousStart = start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a symbol inside an expansion against the expansion’s next part (⁉ is ! then ?)', () => {
    expect(normalizeToString('⻳⁉一')).toBe('龟一'); // not 龟i一: the ! is followed by ?, not by 一
  });

  it('is stable: normalizing the source of a word gives the same word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const normalized = normalize(text);
        for (let from = 0; from < normalized.length; ) {
          let to = from + 1;
          while (to < normalized.length && !normalized.gapBefore[to]) to++;
          const source = text.slice(normalized.starts[from]!, normalized.ends[to - 1]!);
          // A code point that expands around a separator (⅐ → 1⁄7) feeds two words: compare whole words only.
          const sharesSource =
            (from > 0 && normalized.ends[from - 1]! > normalized.starts[from]!) ||
            (to < normalized.length && normalized.starts[to]! < normalized.ends[to - 1]!);
          // A lone digit reads as a letter only beside letters written apart (s.1.o.t): it depends on its neighbours.
          if (to - from === 1 && normalized.fromDigit[from]) {
            from = to;
            continue;
          }
          if (sharesSource) expect(normalizeToString(source)).toContain(normalizedString(normalized, from, to));
          else expect(normalizeToString(source)).toBe(normalizedString(normalized, from, to));
          from = to;
        }
      }),
      { numRuns: 500 },
    );
  });
});
