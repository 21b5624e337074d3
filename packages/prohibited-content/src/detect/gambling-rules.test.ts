import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countedPatternSignals,
  countedSignalsBound,
  gamblingSignalRules,
  gamblingThreshold,
  gamblingWeights,
  isCapitalIForL,
  mayMatchPattern,
  patternSignals,
} from './gambling-rules';

describe('gamblingSignalRules', () => {
  it('gives every signal a weight and a way the first pass bounds it', () => {
    for (const [name, rule] of Object.entries(gamblingSignalRules)) {
      expect(gamblingWeights[name as keyof typeof gamblingWeights]).toBe(rule.weight);
      expect(rule.weight, name).toBeGreaterThan(0);
      expect('counted' in rule.firstPass || rule.firstPass.sentOnBy.length > 0, name).toBe(true);
      // A counted pattern signal has a pattern; a pattern not counted is sent on by the first pass
      // (its keys, or a named step).
      const counted = 'counted' in rule.firstPass && rule.firstPass.counted === 'pattern';
      if (counted) expect('pattern' in rule, name).toBe(true);
      if ('pattern' in rule && !counted) expect('firstPassKeys' in rule || 'sentOnBy' in rule.firstPass, name).toBe(true);
    }
  });

  it('names, for every signal the first pass does not count, steps of the first pass that exist', () => {
    const firstPass = readFileSync(new URL('../match/prefilter.ts', import.meta.url), 'utf8');
    for (const [name, rule] of Object.entries(gamblingSignalRules)) {
      if (!('sentOnBy' in rule.firstPass)) continue;
      for (const step of rule.firstPass.sentOnBy.split('; ')) {
        const functionName = step.split(':')[0]!;
        expect(firstPass, `${name}: ${functionName}`).toContain(`function ${functionName}(`);
      }
    }
  });

  it('counts the pattern signals untested only where they cannot decide against `enough`', () => {
    const texts = fc.array(fc.constantFrom('situs titik com ', 'bit.ly/x ', 'halo ', 'wa.me/1 ', '/', 'ALEXIS 1.7 ', 'toto 4 . 2 '), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(texts, fc.nat(3), fc.nat(3), (parts, words, cues) => {
        const text = parts.join('');
        const exact = countedSignalsBound(text, words, cues);
        const bounded = countedSignalsBound(text, words, cues, gamblingThreshold);
        expect(bounded).toBeGreaterThanOrEqual(exact);
        expect(bounded >= gamblingThreshold).toBe(exact >= gamblingThreshold);
      }),
    );
    expect(patternSignals.map((rule) => rule.kind)).toEqual(['call-to-action', 'spelled-address', 'number-words', 'split-number']);
    expect(countedPatternSignals.map((rule) => rule.kind)).toEqual(['call-to-action', 'spelled-address']);
  });

  it("property: a pattern signal's cheap tests pass every text its pattern matches", () => {
    const piece = fc.oneof(
      fc.constantFrom('situs', ' titik ', '(dot)', ' DOT ', 'com', 'net', 'bit.ly/', 'wa.me/', 'ALEXIS', ' 1.7', '4 . 2', '7 7', 'weton'),
      fc.constantFrom(' delapan', ' Delapan', ' tujuh', ' seven', 'x', ' ', '.', '[', ']', '1', '88'),
      fc.string({ unit: 'grapheme-composite', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        for (const rule of patternSignals) {
          if (!rule.pattern.test(text)) continue;
          expect(mayMatchPattern(rule, text), `${rule.kind}: ${text}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a capital I as l only between letters that were not capitals', () => {
    expect(isCapitalIForL(0x49, 0, 0)).toBe(true); // PuIau
    expect(isCapitalIForL(0x49, 2, 0)).toBe(false); // MIn
    expect(isCapitalIForL(0x4c, 0, 0)).toBe(false); // a capital L is an L
  });
});
