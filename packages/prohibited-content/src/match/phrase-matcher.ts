import { normalize, normalizedString } from '../normalize/normalize';
import { buildAutomaton, scan } from './automaton';
import { gapsFit, gapsOf, isBoundary, readsPlainLAsI } from './word-boundaries';

/** One occurrence of a phrase, as UTF-16 offsets of the original text. */
export interface PhraseMatch {
  /** Index of the phrase in the list the matcher was created with. */
  phrase: number;
  start: number;
  end: number;
}

/** Finds many phrases in a text in one pass, with the screener's normalization. */
export interface PhraseMatcher {
  match(text: string): PhraseMatch[];
}

/**
 * A matcher for any list of phrases (e.g. the cues that triage incoming messages), with the same
 * obfuscation-proof normalization, word boundaries and one-pass automaton as the screener, so
 * `t0long` and `t o l o n g` match `tolong` everywhere the guidelines match words.
 */
export function createPhraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const keyIndex = new Map<string, number>();
  const keys: { codes: number[]; gaps: number[]; phrases: number[] }[] = [];
  phrases.forEach((phrase, index) => {
    const normalized = normalize(phrase);
    if (normalized.length === 0) return;
    const text = normalizedString(normalized);
    let at = keyIndex.get(text);
    if (at === undefined) {
      at = keys.length;
      keyIndex.set(text, at);
      keys.push({ codes: Array.from(text, (char) => char.codePointAt(0) as number), gaps: gapsOf(normalized), phrases: [] });
    }
    keys[at]?.phrases.push(index);
  });
  const automaton = buildAutomaton(keys.map((key) => key.codes));
  return {
    match(text) {
      const input = typeof text === 'string' ? text : String(text ?? '');
      const normalized = normalize(input);
      const occurrences = scan(automaton, normalized.codes, normalized.length);
      const matches: PhraseMatch[] = [];
      for (let i = 0; i < occurrences.count; i++) {
        const keyAt = occurrences.keys[i] as number;
        const key = keys[keyAt];
        const last = occurrences.ends[i] as number;
        const first = last - (automaton.keyLengths[keyAt] as number) + 1;
        if (!key || !isBoundary(normalized, first) || !isBoundary(normalized, last + 1) || !gapsFit(normalized, first, last, key.gaps))
          continue;
        const start = normalized.starts[first] as number;
        const end = normalized.ends[last] as number;
        for (const phrase of key.phrases) if (!readsPlainLAsI(input, start, end, phrases[phrase]!)) matches.push({ phrase, start, end });
      }
      return matches;
    },
  };
}
