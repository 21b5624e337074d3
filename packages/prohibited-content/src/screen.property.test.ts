import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultTermLists } from './categories';
import { normalizeToString } from './normalize/normalize';
import { screen } from './screen';

const asOf = '2026-11-22';
const terms = defaultTermLists.flatMap((list) => list.terms);

// Ways people disguise a term, applied to random terms inside random text.
const bold = (text: string) =>
  Array.from(text, (char) =>
    /[a-z]/i.test(char) ? String.fromCodePoint((/[a-z]/.test(char) ? 0x1d41a - 97 : 0x1d400 - 65) + char.codePointAt(0)!) : char,
  ).join('');
const disguises: ((term: string) => string)[] = [
  (term) => term,
  (term) => term.toUpperCase(),
  bold,
  (term) => Array.from(term).join('.'),
  (term) => Array.from(term).join('\u200B'),
  // Leetspeak keeps a letter in every word: a word of digits only is a number, never a term.
  (term) =>
    term
      .split(' ')
      .map((word) => {
        const leet = word.replace(/o/g, '0').replace(/a/g, '4');
        return /\p{L}/u.test(leet) ? leet : word;
      })
      .join(' '),
  (term) => term.replace(/([aeiou])/, '$1$1$1'),
];

function checkFindings(text: string) {
  const result = screen(text, { mode: 'comment', asOf });
  for (const finding of result.findings) {
    const span = finding.location;
    expect(span?.kind).toBe('span');
    if (span?.kind !== 'span') continue;
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(span.start, span.end);
    expect(slice).toBe(finding.match.text);
    if (finding.detector === 'term') expect(normalizeToString(slice)).toBe(finding.match.normalized);
  }
  return result;
}

describe('screen, for any text', () => {
  it('does not throw, and every span slices the original to what was matched', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkFindings(text);
      }),
      { numRuns: 400 },
    );
  });

  it('finds disguised terms inside random text, with spans that normalize to the term', () => {
    // Filler that cannot spell a term or an allow phrase next to the term: words of k, digits, emoji.
    const filler = fc.string({ unit: fc.constantFrom('kk', ' ', ' ', '.', '😀', '12', '\n'), maxLength: 12 });
    fc.assert(
      fc.property(filler, fc.constantFrom(...terms), fc.constantFrom(...disguises), filler, (before, term, disguise, after) => {
        const written = disguise(term);
        const text = `${before} ${written} ${after}`;
        const result = checkFindings(text);
        // The filler cannot spell an allow phrase, so the disguised term is found where it was written.
        const start = before.length + 1;
        const found = result.findings.some(
          (f) => f.location?.kind === 'span' && f.location.start <= start && f.location.end >= start + written.length - 1,
        );
        expect(found, `${JSON.stringify(text)}: ${JSON.stringify(result.findings.map((f) => f.match))}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives gambling-signal findings spans that slice the original', () => {
    // Pieces of brand promotion (fancy, spaced, joined, leetspeak) and of the text around them.
    const piece = fc.constantFrom(
      ...['𝐊𝗨𝗦𝗨𝗠𝗔𝗧𝟎𝗧𝟎', '𝗪𝗘𝗧𝗢𝗡', '𝟴𝟴', 'WETON', '88', '-', '`', '🚩', '⭐', 'Alexis17', 'P U L A U', 'W I N', 'ga𝘤hor'],
      ...['ѕlоt', 'PuIauwin', 's.1.o.t', '1', 'l', 'I', 'main di', 'wd', 'bit.ly/x', ' ', ' ', '.', 'mantap'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        checkFindings(pieces.join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('finishes adversarial inputs (the bound is vitest’s timeout; speed is measured by pnpm bench)', () => {
    const inputs = [
      `a${'\u0301'.repeat(1_000_000)}`,
      '. '.repeat(500_000),
      `s${'\u200B'.repeat(200_000)}lot`,
      'slot'.repeat(100_000),
      `${'s l o '.repeat(100_000)}t`,
      `${'0'.repeat(300_000)}@${'a'.repeat(300_000)}.id`,
    ];
    for (const text of inputs) expect(() => screen(text, { mode: 'comment', asOf })).not.toThrow();
  });
});
