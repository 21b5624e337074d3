import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countedSignalsBound,
  gamblingSignalRules,
  gamblingThreshold,
  gamblingWeights,
  isCapitalIForL,
  patternSignals,
} from './gambling-rules';

describe('gamblingSignalRules', () => {
  it('gives every signal a weight and a way the first pass bounds it', () => {
    for (const [name, rule] of Object.entries(gamblingSignalRules)) {
      expect(gamblingWeights[name as keyof typeof gamblingWeights]).toBe(rule.weight);
      expect(rule.weight, name).toBeGreaterThan(0);
      expect('counted' in rule.firstPass || rule.firstPass.sentOnBy.length > 0, name).toBe(true);
      expect('pattern' in rule, name).toBe('counted' in rule.firstPass && rule.firstPass.counted === 'pattern');
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
    const texts = fc.array(fc.constantFrom('situs titik com ', 'bit.ly/x ', 'halo ', 'wa.me/1 ', '/'), { maxLength: 6 });
    fc.assert(
      fc.property(texts, fc.nat(3), fc.nat(3), (parts, words, cues) => {
        const text = parts.join('');
        const exact = countedSignalsBound(text, words, cues);
        const bounded = countedSignalsBound(text, words, cues, gamblingThreshold);
        expect(bounded).toBeGreaterThanOrEqual(exact);
        expect(bounded >= gamblingThreshold).toBe(exact >= gamblingThreshold);
      }),
    );
    expect(patternSignals.map((rule) => rule.kind)).toEqual(['call-to-action', 'spelled-address']);
  });

  it('reads a capital I as l only between letters that were not capitals', () => {
    expect(isCapitalIForL(0x49, 0, 0)).toBe(true); // PuIau
    expect(isCapitalIForL(0x49, 2, 0)).toBe(false); // MIn
    expect(isCapitalIForL(0x4c, 0, 0)).toBe(false); // a capital L is an L
  });
});
