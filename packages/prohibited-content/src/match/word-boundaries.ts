import type { NormalizedText } from '../normalize/normalize';

/** A word boundary of the original text: a gap, the text's edge, or digits (`slot88` ends `slot`). */
export function isBoundary(text: NormalizedText, before: number): boolean {
  return (
    before <= 0 || before >= text.length || text.gapBefore[before] === 1 || text.fromDigit[before - 1] === 1 || text.fromDigit[before] === 1
  );
}

/**
 * Spaces inside a match are allowed where the phrase has them (`gaps`: offsets inside the phrase),
 * or between single letters (`s l o t`).
 */
export function gapsFit(text: NormalizedText, start: number, end: number, gaps: readonly number[]): boolean {
  let gapCount = 0;
  let outsideTerm = false;
  for (let k = start + 1; k <= end; k++) {
    if (text.gapBefore[k] === 0) continue;
    gapCount++;
    if (!gaps.includes(k - start)) outsideTerm = true;
  }
  return !outsideTerm || gapCount === end - start;
}

/** Offsets inside a normalized phrase where the phrase itself has a space. */
export function gapsOf(phrase: NormalizedText): number[] {
  const gaps: number[] = [];
  for (let k = 1; k < phrase.length; k++) if (phrase.gapBefore[k]) gaps.push(k);
  return gaps;
}

/**
 * Whether `phrase` (as written, with no `l`) matched the original `input` between `from` and `to`
 * only because the normalizer reads a lower-case `l` as `i` (so that `sIot`, `s1ot` and `slot`
 * meet): in plain writing an `l` is an `l` — "tali asih" is no `tai`, "talk show" no `taik`. The
 * capital `I`, `1`, `!` and `|` still stand for either letter. Matchers drop such a match.
 */
export function readsPlainLAsI(input: string, from: number, to: number, phrase: string): boolean {
  if (phrase.includes('l') || phrase.includes('L')) return false;
  for (let k = from; k < to; k++) if (input.charCodeAt(k) === 0x6c) return true;
  return false;
}
