import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeToString } from '../normalize/normalize';
import { createPhraseMatcher } from './phrase-matcher';

describe('createPhraseMatcher', () => {
  const matcher = createPhraseMatcher(['tolong', 'kapan dibuka', 'nik', 'Tolong']);

  it('finds phrases at word boundaries, through the screener’s normalization', () => {
    const text = 'Min, t0long dong… KAPAN   dibuka? teknik';
    const found = matcher.match(text).map((match) => [match.phrase, text.slice(match.start, match.end)]);
    expect(found).toEqual([
      [0, 't0long'],
      [3, 't0long'],
      [1, 'KAPAN   dibuka'],
    ]);
  });

  it('reads a plain lower-case l as an l, as the screener does, and the disguises of i as i', () => {
    const cues = createPhraseMatcher(['bisa', 'izin']);
    expect(cues.match('blsa? lzin dong').map((match) => match.phrase)).toEqual([]);
    expect(cues.match('b1sa? Izin dong').map((match) => match.phrase)).toEqual([0, 1]);
  });

  it('property: every match slices the original text to its phrase’s normalized form', () => {
    const phrases = ['tolong', 'kapan dibuka', 'nik'];
    const words = fc.constantFrom('tolong', 'T O L O N G', 't0l0ng', 'kapan dibuka', 'NIK', 'teknik', '🙏', 'halo', '\u200b', ' ', '.');
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 12 }).map((parts) => parts.join(' ')),
        (text) => {
          for (const match of createPhraseMatcher(phrases).match(text)) {
            expect(normalizeToString(text.slice(match.start, match.end))).toBe(normalizeToString(phrases[match.phrase] as string));
          }
        },
      ),
    );
  });

  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => void matcher.match(text)));
  });
});
