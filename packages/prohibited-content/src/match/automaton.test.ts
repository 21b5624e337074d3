import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, deserializeAutomaton, scan, serializeAutomaton } from './automaton';

const codes = (text: string) => Int32Array.from(Array.from(text, (char) => char.codePointAt(0)!));

function naive(keys: string[], text: string): string[] {
  const found: string[] = [];
  const chars = Array.from(text);
  keys.forEach((key, index) => {
    const keyChars = Array.from(key);
    for (let end = keyChars.length - 1; end < chars.length; end++) {
      if (chars.slice(end - keyChars.length + 1, end + 1).join('') === key) found.push(`${index}@${end}`);
    }
  });
  return found.sort();
}

function viaAutomaton(keys: string[], text: string): string[] {
  const automaton = buildAutomaton(keys.map((key) => Array.from(key, (char) => char.codePointAt(0)!)));
  const input = codes(text);
  const result = scan(automaton, input, input.length);
  return Array.from({ length: result.count }, (_, i) => `${result.keys[i]}@${result.ends[i]}`).sort();
}

describe('Aho–Corasick automaton', () => {
  it('finds overlapping and nested keys', () => {
    expect(viaAutomaton(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['0@3', '1@3', '3@5']);
  });

  it('finds exactly what a naive search finds', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '𝐒', 'é');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 40 }), (keys, text) => {
        expect(viaAutomaton(keys, text.join(''))).toEqual(naive(keys, text.join('')));
      }),
      { numRuns: 300 },
    );
  });

  it('survives serialization', () => {
    const automaton = buildAutomaton([Array.from('slot', (c) => c.codePointAt(0)!), [0x1d412, 0x61]]);
    const restored = deserializeAutomaton(JSON.parse(JSON.stringify(serializeAutomaton(automaton))));
    const input = codes('xslot𝐒a');
    expect(scan(restored, input, input.length)).toEqual(scan(automaton, input, input.length));
  });
});
