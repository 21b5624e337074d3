import { gamblingMaxCues, gamblingThreshold, gamblingWeights, lettersMaySpellBrand } from '../detect/gambling-signals';
import { isAsciiLocalPart } from '../detect/personal-data';
import { bmpClass, CharKind, classify, kindOf, Step } from '../normalize/classify';
import { nextVisibleClass, normalizeToString } from '../normalize/normalize';
import { type Automaton, buildAutomaton, deserializeAutomaton, type SerializedAutomaton, serializeAutomaton } from './automaton';

/**
 * A first pass that proves most ordinary texts clean without normalizing them: one loop over the
 * original string, no allocation, no offset map. It answers `true` only when the full screener
 * would find nothing; any doubt (a disguise, a number, a word in capitals that may be a brand, a
 * word of a list) answers `false` and the text is screened in full. Most comments an institution
 * receives are ordinary, and the full pass costs several times more than this one.
 *
 * Why it is sound: on a text it does not reject, every character is read the way the normalizer
 * reads it (same classification table), the only step left out — collapsing repeated letters — is
 * applied to both the text and the keys here in a stronger form (every run collapses, across word
 * gaps too), so a key the full scan would find is found here as well; and the gambling score, the
 * personal-data and classification-mark detectors are bounded by the same tests they start with.
 * `prefilter.test.ts` checks the claim on random and adversarial texts against the full screener.
 */
export interface Prefilter {
  automaton: Automaton;
  /** What an occurrence of each key means (a {@link PrefilterKeyKind}), by key index. */
  kinds: Uint8Array;
  /**
   * The automaton's transitions by row (`state × alphabetSize`): the next state's row, bitwise
   * negated (`~row`) when a key ends there, so one read both moves and tells whether to look.
   */
  rows: Int32Array;
  /** Whether a word could start at each of the last positions read (a ring, `mask + 1` long). */
  boundaries: Uint8Array;
  mask: number;
}

/** What a key's occurrence means to the first pass, strongest last (a key with two roles gets the stronger). */
export const PrefilterKeyKind = {
  /** A gambling cue: only adds to the score bound, at a word boundary. */
  cue: 1,
  /** A term: a finding at a word boundary. */
  term: 2,
  /** Anywhere in the text, even inside a word, it sends the text to the full screening. */
  anywhere: 3,
} as const;
export type PrefilterKeyKind = (typeof PrefilterKeyKind)[keyof typeof PrefilterKeyKind];

/** A key of the first pass: a normalized term or cue. Allow phrases are left out: they only cancel. */
export interface PrefilterKey {
  normalized: string;
  kind: PrefilterKeyKind;
}

/** The words whose presence lets a classification mark be found (see `classification-marks.ts`). */
const classificationWords = ['rahasia', 'terbatas', 'sifat', 'klasifikasi'];

/** Removes every repetition of the code point before it: `slloot` → `slot`, `aa a` → `a a`. */
function collapseRuns(codes: readonly number[]): number[] {
  return codes.filter((code, index) => index === 0 || code !== codes[index - 1]);
}

/** The serialized form of a prefilter. */
export interface SerializedPrefilter {
  automaton: SerializedAutomaton;
  kinds: number[];
}

/** Builds the prefilter of a screener's keys. */
export function buildPrefilter(keys: readonly PrefilterKey[]): Prefilter {
  const unique = new Map<string, { codes: number[]; kind: PrefilterKeyKind }>();
  const anywhere = classificationWords.map((word) => ({ normalized: normalizeToString(word), kind: PrefilterKeyKind.anywhere }));
  for (const key of [...keys, ...anywhere]) {
    const codes = collapseRuns(Array.from(key.normalized, (char) => char.codePointAt(0)!));
    const id = codes.join(',');
    const known = unique.get(id);
    if (!known || known.kind < key.kind) unique.set(id, { codes, kind: known && known.kind > key.kind ? known.kind : key.kind });
  }
  const entries = [...unique.values()];
  return prefilterOf(
    buildAutomaton(entries.map((entry) => entry.codes)),
    entries.map((entry) => entry.kind),
  );
}

/** The prefilter of a built (or deserialized) automaton of collapsed keys and their kinds. */
export function prefilterOf(automaton: Automaton, kinds: readonly number[]): Prefilter {
  const { alphabetSize, delta, keyAt, outputLink } = automaton;
  const rows = new Int32Array(delta.length);
  for (let index = 0; index < delta.length; index++) {
    const next = delta[index]!;
    rows[index] = keyAt[next]! >= 0 || outputLink[next]! >= 0 ? ~(next * alphabetSize) : next * alphabetSize;
  }
  let ringSize = 16;
  while (ringSize <= Math.max(0, ...automaton.keyLengths)) ringSize *= 2;
  return { automaton, kinds: Uint8Array.from(kinds), rows, boundaries: new Uint8Array(ringSize), mask: ringSize - 1 };
}

export function serializePrefilter(prefilter: Prefilter): SerializedPrefilter {
  return { automaton: serializeAutomaton(prefilter.automaton), kinds: Array.from(prefilter.kinds) };
}

export function deserializePrefilter(data: SerializedPrefilter): Prefilter {
  return prefilterOf(deserializeAutomaton(data.automaton), data.kinds);
}

// Longest word kept for the brand test; a longer word in capitals is not proved clean.
const maxWordLength = 64;
const wordCodes = new Int32Array(maxWordLength);
const capitalI = 0x49;
// ASCII letters that no step changes (lower case, not a look-alike): their normalized code point, or -1.
const plainAsciiLetters = Int32Array.from({ length: 0x80 }, (_, code) => {
  const packed = bmpClass(code);
  return kindOf(packed) === CharKind.Letter && ((packed >>> 3) & 0xff) === 0 ? packed >>> 11 : -1;
});

/** What the keys ending at `state` mean, for keys starting at a word boundary: cues (bits 2+) and terms (bit 1); bit 0 rejects. */
function keysEndingAt(prefilter: Prefilter, state: number, position: number): number {
  const { keyAt, outputLink, keyLengths } = prefilter.automaton;
  const { kinds, boundaries, mask } = prefilter;
  let result = 0;
  for (let output = keyAt[state]! >= 0 ? state : outputLink[state]!; output >= 0; output = outputLink[output]!) {
    const key = keyAt[output]!;
    const kind = kinds[key]!;
    if (kind === PrefilterKeyKind.anywhere) return 1;
    if (boundaries[(position - keyLengths[key]! + 1) & mask] === 0) continue;
    result += kind === PrefilterKeyKind.cue ? 4 : result & 2 ? 0 : 2;
  }
  return result;
}

/**
 * Whether `text` certainly has no finding. Hand-written as one loop with plain locals (no closures:
 * captured variables would live on the heap) because it is the screener's hot path: it runs on
 * every text, and a text it clears costs nothing more.
 */
export function isCertainlyClean(text: string, prefilter: Prefilter): boolean {
  const { alphabetSize, bmpSymbols, astralSymbols } = prefilter.automaton;
  const { rows, boundaries, mask } = prefilter;
  let row = 0; // the automaton's state × alphabetSize
  let keysEnd = false;
  // Position in the collapsed stream (one per run of the same character) and its character.
  let position = -1;
  let lastCode = -1;
  let gapBefore = true; // the text's start is a word boundary
  let previousWasDigit = false;
  // A term ended at the current run with a word boundary before it: it is a finding if one follows.
  let termMayEnd = false;
  let cueCount = 0;
  // The word being read (a run of letters or digits with no gap), as the gambling-score bound reads it.
  let wordLength = 0; // normalized characters: runs of one letter count once, digits each
  let wordHasLetter = false;
  let wordHasDigit = false;
  let wordCapitals = true;
  let runFlags = 0; // step flags of the current run of one letter
  let lastLetter = -1;
  let runStartsWithCapitalI = false;
  let capitalIForL = false;
  let previousCapitals = false;
  let shortWordsInARow = 0;
  let capitalIForLWords = 0;
  let hasLink = false;
  // Personal data: a digit and seven more digits, spaces, dots or dashes (`findPersonalData`'s first test).
  let numberRun = 0;

  const textLength = text.length;
  // One step past the end: the text's end closes the last word like a separator.
  for (let i = 0; i <= textLength; ) {
    // Most characters are plain lower-case letters inside a word: the steps below reduced to what
    // such a letter changes (no number, link, e-mail, boundary, digit or capital to track).
    if (wordHasLetter && i < textLength) {
      const plain = text.charCodeAt(i);
      const value = plain < 0x80 ? plainAsciiLetters[plain]! : -1;
      if (value >= 0) {
        i++;
        numberRun = 0;
        if (value === lastLetter) continue;
        if (!(runFlags & Step.caseFold)) wordCapitals = false;
        if (runStartsWithCapitalI) capitalIForL = true;
        runStartsWithCapitalI = false;
        runFlags = 0;
        lastLetter = value;
        if (wordCapitals && wordLength < maxWordLength) wordCodes[wordLength] = value;
        wordLength++;
        termMayEnd = false;
        lastCode = value;
        position++;
        boundaries[position & mask] = 0;
        row = rows[row + bmpSymbols[value]!]!;
        keysEnd = row < 0;
        if (keysEnd) {
          row = ~row;
          const keys = keysEndingAt(prefilter, row / alphabetSize, position);
          if (keys & 1) return false;
          if (keys & 2) termMayEnd = true;
          cueCount += keys >>> 2;
        }
        continue;
      }
    }
    let kind: number = CharKind.Separator;
    let size = 1;
    let code = 0;
    let packed = 0;
    if (i < textLength) {
      code = text.charCodeAt(i);
      if (code >= 0x30 && code <= 0x39) numberRun++;
      else if (numberRun > 0 && (code === 0x20 || code === 0x2e || code === 0x2d)) numberRun++;
      else numberRun = 0;
      if (numberRun >= 8) return false;
      if (code === 0x2f) hasLink = true;
      else if (code === 0x40 && i > 0) {
        const before = text.charCodeAt(i - 1);
        if (before >= 0x80 || isAsciiLocalPart(before)) return false; // may end an e-mail's local part
      }
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < textLength) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          size = 2;
        }
      }
      packed = code < 0x10000 ? bmpClass(code) : classify(code);
      kind = packed & 7;
    }
    i += size;
    if (kind === CharKind.Letter || kind === CharKind.Digit) {
      const flags = (packed >>> 3) & 0xff;
      // Fancy and look-alike letters, and astral letters (regional indicators), are gambling signals.
      if (size === 2 || flags & (Step.compatibility | Step.lookalike)) return false;
      const value = packed >>> 11;
      const isDigit = kind === CharKind.Digit;
      if (isDigit) {
        if (wordHasLetter) return false; // leetspeak: read only in full
        wordHasDigit = true;
        wordLength++;
      } else {
        if (wordHasDigit) return false;
        if (wordHasLetter && value === lastLetter) {
          runFlags |= flags; // the same letter again: one normalized character
        } else {
          if (wordLength > 0 && !(runFlags & Step.caseFold)) wordCapitals = false;
          if (runStartsWithCapitalI) capitalIForL = true; // a capital I with more of the word after it
          runStartsWithCapitalI = wordLength > 0 && code === capitalI;
          runFlags = flags;
          lastLetter = value;
          // Kept only while the word may be in capitals: only then is it tested as a brand.
          if (wordCapitals && wordLength < maxWordLength) wordCodes[wordLength] = value;
          wordLength++;
          wordHasLetter = true;
        }
      }
      const boundary = gapBefore || isDigit || previousWasDigit;
      gapBefore = false;
      previousWasDigit = isDigit;
      if (value === lastCode) {
        // Collapsed into the current run. Read with a boundary before it, it may also stand apart
        // (`baa a`): the run may then start, or end, a word.
        if (!boundary) continue;
        if (termMayEnd) return false;
        boundaries[position & mask] = 1;
      } else {
        if (termMayEnd) {
          if (boundary) return false;
          termMayEnd = false;
        }
        lastCode = value;
        position++;
        boundaries[position & mask] = boundary ? 1 : 0;
        row = rows[row + (value < 0x10000 ? bmpSymbols[value]! : (astralSymbols.get(value) ?? 0))]!;
        keysEnd = row < 0;
        if (keysEnd) row = ~row;
      }
      if (keysEnd) {
        const keys = keysEndingAt(prefilter, row / alphabetSize, position);
        if (keys & 1) return false;
        if (keys & 2) termMayEnd = true;
        cueCount += keys >>> 2;
      }
      continue;
    }
    if (kind === CharKind.Symbol) {
      // `j@di`: a symbol between two letters is read as a letter; elsewhere it separates words.
      if (wordHasLetter && kindOf(nextVisibleClass(text, i)) === CharKind.Letter) return false;
    } else if (kind === CharKind.Expansion) {
      return false;
    } else if (kind !== CharKind.Separator) {
      continue; // invisible characters and combining marks change neither the letters nor the words
    }
    // A separator: the word being read ends. Its gambling-score bound, as `gamblingScoreCeiling` reads it.
    gapBefore = true;
    if (wordLength === 0) continue;
    if (wordHasLetter && !(runFlags & Step.caseFold)) wordCapitals = false;
    const capitals = wordCapitals && wordHasLetter;
    if (capitals && (wordLength > maxWordLength || lettersMaySpellBrand(wordCodes, 0, wordLength))) return false;
    if (!wordHasLetter && previousCapitals) return false;
    shortWordsInARow = wordLength === 1 || (wordLength === 2 && capitals) ? shortWordsInARow + 1 : 0;
    if (shortWordsInARow >= 2) return false;
    if (capitalIForL) capitalIForLWords++;
    previousCapitals = capitals;
    wordLength = 0;
    wordHasLetter = false;
    wordHasDigit = false;
    wordCapitals = true;
    runFlags = 0;
    runStartsWithCapitalI = false;
    capitalIForL = false;
  }
  if (termMayEnd) return false;
  const bound =
    capitalIForLWords * gamblingWeights.capitalIForL +
    (hasLink ? gamblingWeights.callToAction : 0) +
    Math.min(cueCount, gamblingMaxCues) * gamblingWeights.gamblingCue;
  return bound < gamblingThreshold;
}
