import type { Span } from '../match/span-set';
import { type NormalizedText, normalizedString, normalizeToString } from '../normalize/normalize';
import { saraRules } from './sara-rules';

const names: ReadonlySet<string> = new Set(saraRules.sacredNames);
const insults: ReadonlySet<string> = new Set(saraRules.sacredInsults);
const personalNames: ReadonlySet<string> = new Set(saraRules.sacredPersonalNames);
// The words allowed between, as the normalized text reads them (`lu` is read `iu`, like every l).
const between: ReadonlySet<string> = new Set(saraRules.sacredBetween.map(normalizeToString));
const personalBetween: ReadonlySet<string> = new Set(saraRules.sacredPersonalBetween.map(normalizeToString));
// What closes a clause: an insult after it is said of someone else ("ingat Allah, bangsat!").
const clauseBreak = /[,.;:!?"“”()…\n]/;

/** Whether a SARA group term is God or a prophet by name (`saraRules.sacredNames`). */
export function isSacredName(term: string): boolean {
  return names.has(term);
}

/**
 * Whether the derogation `insult` is said of the sacred name `name` (spans of the normalized
 * text, `wordsBetween` words apart), as `saraRules.sacredNames` describes: one of
 * `sacredInsults`, after the name in the same clause, right after it or after one word of
 * `sacredBetween` (of `sacredPersonalBetween` after a name many people bear).
 */
export function isSaidOfSacredName(
  input: string,
  normalized: NormalizedText,
  name: Span & { term: string },
  insult: Span & { term: string },
  wordsBetween: number,
): boolean {
  if (!insults.has(insult.term) || insult.start < name.end || wordsBetween > 1) return false;
  if (clauseBreak.test(input.slice(normalized.ends[name.end - 1]!, normalized.starts[insult.start]!))) return false;
  if (wordsBetween === 0) return true;
  const word = normalizedString(normalized, name.end, insult.start);
  return (personalNames.has(name.term) ? personalBetween : between).has(word);
}
