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
