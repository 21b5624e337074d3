import { headerMarkWords, mayHoldStatusField } from '../detect/classification-marks';
import { countedSignalsBound, gamblingThreshold, isCapitalIForL } from '../detect/gambling-rules';
import { isBrandShaped, isNameNumberJoiner, lettersMaySpellBrand } from '../detect/gambling-signals';
import { isAsciiLocalPart } from '../detect/personal-data';
import { bmpClass, CharKind, classify, expansions, flagsOf, kindOf, leetLetter, payloadOf, Step } from '../normalize/classify';
import { nextVisibleClass } from '../normalize/normalize';
import { type Automaton, buildAutomaton, deserializeAutomaton, type SerializedAutomaton, serializeAutomaton } from './automaton';

/**
 * A first pass that proves most ordinary texts clean without normalizing them: one loop over the
 * original string, no allocation, no offset map. It answers `true` only when the full screener
 * would find nothing; at any doubt it answers `false` and the text is screened in full. Most
 * comments an institution receives are ordinary, and the full pass costs several times more.
 *
 * Why it is sound:
 * - Letters and digits are read through the normalizer's classification table, digits inside a
 *   word as leetspeak (a word that starts with digits is read again once a letter shows it is a
 *   word); the one step left out — collapsing repeated letters — is applied to both the text and
 *   the keys here in a stronger form (every run collapses, across word gaps too), so a key the full
 *   scan finds is found here as well, and a term counts when it starts and ends where the full scan
 *   sees a word boundary.
 * - The gambling score is bounded signal by signal as `gamblingSignals` reads the words: fancy and
 *   look-alike letters, symbols between letters and expansions into letters are sent on; brand
 *   shapes are tested with the same function, on words with digits, words in capitals and runs of
 *   short words; a capital I between lower-case letters, a link and the cues add up to the bound.
 * - Personal data and classification marks start from cheap tests that are repeated here: a digit
 *   and seven more digits or separators, an `@` after a local-part character, a status field's
 *   colon and word (`mayHoldStatusField`), and a header mark's word (RAHASIA) in capitals, which
 *   the word reader sees as it reads every word in capitals.
 * - Plain ASCII text (lower-case words, capitalized words, separators, no digit, link or `@`) can
 *   hold none of those but the terms and cues, and the cues alone stay under the threshold; it is
 *   read by a shortcut that follows only the automaton, which hands over to the full loop at the
 *   first word that is not plain, with the automaton's state there.
 * `prefilter.test.ts` checks the claim against the full screener on generated texts built from the
 * rules' edge cases, on any Unicode string, on every category example and on the shared comments.
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

/** What a key's occurrence means to the first pass (a key with both roles is a term). */
export const PrefilterKeyKind = {
  /** A gambling cue: only adds to the score bound, at a word boundary. */
  cue: 1,
  /** A term: a finding at a word boundary. */
  term: 2,
} as const;
export type PrefilterKeyKind = (typeof PrefilterKeyKind)[keyof typeof PrefilterKeyKind];

/** A key of the first pass: a normalized term or cue. Allow phrases are left out: they only cancel. */
export interface PrefilterKey {
  normalized: string;
  kind: PrefilterKeyKind;
}

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
  for (const key of keys) {
    const codes = collapseRuns(Array.from(key.normalized, (char) => char.codePointAt(0)!));
    const id = codes.join(',');
    const known = unique.get(id);
    if (!known || known.kind < key.kind) unique.set(id, { codes, kind: key.kind }); // a term and a cue: a term
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
  // A loop, not Math.max(...lengths): spreading the lengths of a long list (200,000 keys) overflows the stack.
  let longest = 0;
  for (const length of automaton.keyLengths) longest = Math.max(longest, length);
  let ringSize = 16;
  while (ringSize <= longest) ringSize *= 2;
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
// The words of classification marks as the word reader keeps them (one code per run of a letter).
const headerMarkCodes = headerMarkWords.map((word) => collapseRuns(Array.from(word, (char) => payloadOf(bmpClass(char.codePointAt(0)!)))));

/** Whether the word in `wordCodes` reads as a word of a classification mark. */
function isHeaderMarkWord(length: number): boolean {
  return headerMarkCodes.some((codes) => codes.length === length && codes.every((code, index) => wordCodes[index] === code));
}

/** `text` without its invisible characters and combining marks. */
function visiblePart(text: string): string {
  let visible = '';
  for (const char of text) {
    const kind = kindOf(classify(char.codePointAt(0)!));
    if (kind !== CharKind.Invisible && kind !== CharKind.Mark) visible += char;
  }
  return visible;
}

// ASCII letters that no step changes (lower case, not a look-alike): their normalized code point, or -1.
const plainAsciiLetters = Int32Array.from({ length: 0x80 }, (_, code) => {
  const packed = bmpClass(code);
  return kindOf(packed) === CharKind.Letter && flagsOf(packed) === 0 ? payloadOf(packed) : -1;
});
// ASCII separators between words that the steps below only read as a gap: not `/` (a link), not `@`.
const gapOnlyAscii = Uint8Array.from({ length: 0x80 }, (_, code) =>
  kindOf(bmpClass(code)) === CharKind.Separator && code !== 0x2f && code !== 0x40 ? 1 : 0,
);

/** The keys ending at `state` that start at a word boundary: bit 0 set when one is a term, the number of cues above it. */
function keysEndingAt(prefilter: Prefilter, state: number, position: number): number {
  const { keyAt, outputLink, keyLengths } = prefilter.automaton;
  const { kinds, boundaries, mask } = prefilter;
  let result = 0;
  for (let output = keyAt[state]! >= 0 ? state : outputLink[state]!; output >= 0; output = outputLink[output]!) {
    const key = keyAt[output]!;
    const kind = kinds[key]!;
    if (boundaries[(position - keyLengths[key]! + 1) & mask] === 0) continue;
    result = kind === PrefilterKeyKind.cue ? result + 2 : result | 1;
  }
  return result;
}

/** Whether an expansion is only separators (`…` is three dots). */
function expandsToSeparators(packed: number): boolean {
  return expansions[payloadOf(packed)]!.every((part) => kindOf(part) === CharKind.Separator);
}

/** Whether a run of short words gives a gambling signal: four single letters, or a brand spelled out. */
function shortWordsMaySignalGambling(text: string, start: number, end: number, singles: number): boolean {
  return singles >= 4 || isBrandShaped(text.slice(start, end));
}

// ASCII capitals: their lower-case letter's normalized code point, or -1.
const asciiCapitals = Int32Array.from({ length: 0x80 }, (_, code) => (code >= 0x41 && code <= 0x5a ? plainAsciiLetters[code + 0x20]! : -1));

// ASCII symbols read as letters between letters (`!` for i, `$` for s), otherwise separators.
const asciiSymbols = Uint8Array.from({ length: 0x80 }, (_, code) => (kindOf(bmpClass(code)) === CharKind.Symbol ? 1 : 0));

/**
 * Where {@link plainTextIsClean} left the text to the full first pass: the index to go on from and
 * the automaton's state there (the start of the word it could not read, or where it stopped
 * between words). Module state like the prefilter's ring: screening is synchronous.
 */
const handOver = {
  index: 0,
  row: 0,
  keysEnd: false,
  position: -1,
  lastCode: -1,
  termMayEnd: false,
  cueCount: 0,
};

function handOverAt(
  index: number,
  row: number,
  keysEnd: boolean,
  position: number,
  lastCode: number,
  termMayEnd: boolean,
  cueCount: number,
): void {
  handOver.index = index;
  handOver.row = row;
  handOver.keysEnd = keysEnd;
  handOver.position = position;
  handOver.lastCode = lastCode;
  handOver.termMayEnd = termMayEnd;
  handOver.cueCount = cueCount;
}

/**
 * The first pass over plain text (see `plainTextNeedsOnlyTerms`): `true` when it holds no term at
 * word boundaries, `false` when it does, `undefined` as soon as the text is not plain or holds a
 * one-letter word (read with its neighbours by the steps below) — then `handOver` says where the
 * full first pass goes on. Most comments are plain, and following only the terms costs a fraction
 * of following every signal (fewer branches per character, and the processor predicts them).
 * Its letter step is the full loop's, written out again on purpose: shared as a function, with the
 * automaton's state in memory instead of locals, it made plain text about 30 % slower (measured).
 */
export function plainTextIsClean(text: string, prefilter: Prefilter): boolean | undefined {
  const { alphabetSize, bmpSymbols } = prefilter.automaton;
  const { rows, boundaries, mask } = prefilter;
  let row = 0;
  let keysEnd = false;
  let position = -1;
  let lastCode = -1;
  let gapBefore = true;
  let termMayEnd = false;
  let cueCount = 0;
  let wordRuns = 0; // normalized characters of the word being read
  // The state where the word being read started, to hand over from there.
  let wordIndex = 0;
  let wordRow = 0;
  let wordKeysEnd = false;
  let wordPosition = -1;
  let wordLastCode = -1;
  let wordTermMayEnd = false;
  let wordCueCount = 0;
  const textLength = text.length;
  let i = 0;
  for (; i < textLength; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) break;
    let value = plainAsciiLetters[code]!;
    if (value < 0) {
      value = asciiCapitals[code]!;
      if (value < 0) {
        if (gapOnlyAscii[code] === 0) {
          // A digit, a link, an `@`: not plain. A symbol (`!`, `$`) separates words unless it
          // stands between letters (`j!di`, read as a letter).
          if (code === 0x40 || asciiSymbols[code] === 0) break;
          const next = i + 1 < textLength ? text.charCodeAt(i + 1) : 0x20;
          if (wordRuns > 0 && (next >= 0x80 || plainAsciiLetters[next]! >= 0 || asciiCapitals[next]! >= 0)) break;
        }
        if (wordRuns === 1) break;
        wordRuns = 0;
        gapBefore = true;
        continue;
      }
      // A capital starts a word of lower-case letters (Terima), or the text is not plain.
      const next = i + 1 < textLength ? text.charCodeAt(i + 1) : 0;
      if (!gapBefore || next >= 0x80 || plainAsciiLetters[next]! < 0) break;
    }
    const boundary = gapBefore;
    if (boundary) {
      wordIndex = i;
      wordRow = row;
      wordKeysEnd = keysEnd;
      wordPosition = position;
      wordLastCode = lastCode;
      wordTermMayEnd = termMayEnd;
      wordCueCount = cueCount;
    }
    gapBefore = false;
    if (value === lastCode) {
      // Collapsed into the current run (as in the full pass below).
      if (!boundary) continue;
      if (termMayEnd) return false;
      boundaries[position & mask] = 1;
      wordRuns++;
    } else {
      if (termMayEnd) {
        if (boundary) return false;
        termMayEnd = false;
      }
      wordRuns++;
      lastCode = value;
      position++;
      boundaries[position & mask] = boundary ? 1 : 0;
      row = rows[row + bmpSymbols[value]!]!;
      keysEnd = row < 0;
      if (keysEnd) row = ~row;
    }
    if (keysEnd) {
      const keys = keysEndingAt(prefilter, row / alphabetSize, position);
      if (keys & 1) termMayEnd = true;
      cueCount += keys >>> 1;
    }
  }
  // Plain text holds no signal but the cues and the pattern signals (no fancy letter, no capital
  // inside a word, no digit).
  if (i === textLength && wordRuns !== 1) {
    return !termMayEnd && countedSignalsBound(text, 0, cueCount, gamblingThreshold) < gamblingThreshold && !mayHoldStatusField(text);
  }
  // Not plain from here: the full first pass goes on from the word being read, or from here
  // between words.
  if (wordRuns > 0) handOverAt(wordIndex, wordRow, wordKeysEnd, wordPosition, wordLastCode, wordTermMayEnd, wordCueCount);
  else handOverAt(i, row, keysEnd, position, lastCode, termMayEnd, cueCount);
  return undefined;
}

/**
 * Whether `text` certainly has no finding. Hand-written as one loop with plain locals (no closures:
 * captured variables would live on the heap) because it is the screener's hot path: it runs on
 * every text, and a text it clears costs nothing more.
 */
export function isCertainlyClean(text: string, prefilter: Prefilter): boolean {
  // Plain text is read by the shortcut; from where it is not, the loop below reads the rest.
  let start = 0;
  let row = 0; // the automaton's state × alphabetSize
  let keysEnd = false;
  // Position in the collapsed stream (one per run of the same character) and its character.
  let position = -1;
  let lastCode = -1;
  // A term ended at the current run with a word boundary before it: it is a finding if one follows.
  let termMayEnd = false;
  let cueCount = 0;
  const plain = plainTextIsClean(text, prefilter);
  if (plain !== undefined) return plain;
  ({ index: start, row, keysEnd, position, lastCode, termMayEnd, cueCount } = handOver);
  const { alphabetSize, bmpSymbols, astralSymbols } = prefilter.automaton;
  const { rows, boundaries, mask } = prefilter;
  // The shortcut hands over at the start of a word or between words: a word boundary.
  let gapBefore = true;
  let previousWasDigit = false;
  // The word being read (a run of letters or digits with no gap), as the gambling signals read it.
  let wordLength = 0; // normalized characters: runs of one letter count once, digits each
  let wordHasLetter = false;
  let wordHasDigit = false; // only digits so far: a number
  let wordHasLeetDigit = false; // a digit after a letter: read as a letter
  let wordDigitRuns = 0; // normalized characters of the word that start with such a digit
  let wordStart = 0; // UTF-16 span of the word's letters and digits
  let wordEnd = 0;
  let previousHadLeetDigit = false;
  let previousWordEnd = 0;
  let digitsAreLetters = false; // the word is being read again as leetspeak
  let savedRow = 0;
  let savedPosition = 0;
  let savedLastCode = 0;
  let savedKeysEnd = false;
  let savedCueCount = 0;
  let savedNumberRun = 0;
  let wordCapitals = true;
  let runFlags = 0; // step flags of the current run of one letter
  let lastLetter = -1;
  let runWritten = -1; // the first character of the current run as written, inside a word
  let flagsBeforeRun = 0; // step flags of the run before it
  let capitalIForL = false;
  let previousCapitals = false;
  let previousLoneDigit = false;
  let previousLoneLetter = false;
  let shortRunLength = 0; // short words in a row, as the gambling signals read them
  let shortRunSingles = 0;
  let shortRunStart = 0;
  let shortRunEnd = 0;
  let capitalIForLWords = 0;
  // Personal data: a digit and seven more digits, spaces, dots or dashes (`findPersonalData`'s first test).
  let numberRun = 0;

  const textLength = text.length;
  // One step past the end: the text's end closes the last word like a separator.
  for (let i = start; i <= textLength; ) {
    // Most characters are plain lower-case letters inside a word: the steps below reduced to what
    // such a letter changes (no number, link, e-mail, boundary, digit or capital to track), in a
    // loop of their own.
    if (wordHasLetter && !previousWasDigit) {
      while (i < textLength) {
        const plain = text.charCodeAt(i);
        const value = plain < 0x80 ? plainAsciiLetters[plain]! : -1;
        if (value < 0) {
          // Spaces or punctuation after a word of ASCII letters, the commonest gap: the word ends
          // as the separator steps below end a word that is not in capitals, has no digit and is
          // not short; the steps below read the next character.
          let next = i;
          for (; next < textLength; next++) {
            const gap = text.charCodeAt(next);
            if (gap >= 0x80 || gapOnlyAscii[gap] === 0) break;
          }
          if (next === i || wordLength < 2 || wordHasLeetDigit || shortRunLength >= 2 || (wordCapitals && runFlags & Step.caseFold)) break;
          if (capitalIForL) capitalIForLWords++;
          previousHadLeetDigit = false;
          previousWordEnd = i;
          previousLoneDigit = false;
          previousLoneLetter = false;
          previousCapitals = false;
          shortRunLength = 0;
          shortRunSingles = 0;
          i = next;
          numberRun = 0;
          gapBefore = true;
          wordLength = 0;
          wordHasLetter = false;
          digitsAreLetters = false;
          wordDigitRuns = 0;
          wordCapitals = true;
          runFlags = 0;
          runWritten = -1;
          capitalIForL = false;
          break;
        }
        i++;
        if (value === lastLetter) continue;
        if (!(runFlags & Step.caseFold)) wordCapitals = false;
        if (isCapitalIForL(runWritten, flagsBeforeRun, 0)) capitalIForL = true;
        runWritten = -1;
        runFlags = 0;
        if (wordCapitals && wordLength < maxWordLength) wordCodes[wordLength] = value;
        // The steps of a new run of a plain letter; the ones above only matter for the word's
        // first runs. The letters that follow are read in a tight loop of their own, which moves
        // only the automaton and the word's length: the word has a lower-case letter now, so it
        // is not in capitals and no capital I can stand between two of its lower-case letters.
        for (let letter = value; ; ) {
          wordLength++;
          termMayEnd = false;
          lastCode = letter;
          position++;
          boundaries[position & mask] = 0;
          row = rows[row + bmpSymbols[letter]!]!;
          keysEnd = row < 0;
          if (keysEnd) {
            row = ~row;
            const keys = keysEndingAt(prefilter, row / alphabetSize, position);
            if (keys & 1) termMayEnd = true;
            cueCount += keys >>> 1;
          }
          do {
            if (i >= textLength) break;
            const following = text.charCodeAt(i);
            letter = following < 0x80 ? plainAsciiLetters[following]! : -1;
            if (letter < 0) break;
            i++;
          } while (letter === lastCode);
          if (letter < 0 || letter === lastCode) break;
          wordCapitals = false;
        }
        lastLetter = lastCode;
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
      if (code === 0x40 && i > 0) {
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
      const isDigit = kind === CharKind.Digit;
      // Fancy and look-alike letters, and astral letters (regional indicators), are gambling signals;
      // fancy digits are not (`sering²`): the signals count letters only.
      if (!isDigit && (size === 2 || flags & (Step.compatibility | Step.lookalike))) return false;
      let value = packed >>> 11;
      let sameCharacter = false;
      if (wordLength === 0) {
        wordStart = i - size;
        if (isDigit && !digitsAreLetters) {
          // Where to read the word again from if a letter follows its digits (`40jt`).
          savedRow = row;
          savedPosition = position;
          savedLastCode = lastCode;
          savedKeysEnd = keysEnd;
          savedCueCount = cueCount;
          savedNumberRun = code >= 0x30 && code <= 0x39 ? numberRun - 1 : 0;
        }
      }
      if (isDigit && !wordHasLetter && !digitsAreLetters) {
        wordHasDigit = true; // a number so far
        wordLength++;
      } else {
        if (wordHasDigit) {
          // A letter after digits (`40jt`): the whole word is leetspeak, its digits letters too.
          // Read it again from its start, as it was before.
          i = wordStart;
          row = savedRow;
          position = savedPosition;
          lastCode = savedLastCode;
          // A term pending before the word would have been decided at its first digit (a boundary).
          termMayEnd = false;
          keysEnd = savedKeysEnd;
          cueCount = savedCueCount;
          numberRun = savedNumberRun;
          gapBefore = true;
          wordLength = 0;
          wordHasDigit = false;
          digitsAreLetters = true;
          continue;
        }
        if (isDigit) {
          value = leetLetter(value); // `konten2`, `g4cor`: inside a word, digits read as letters
          wordHasLeetDigit = true;
        }
        if (wordHasLetter && value === lastLetter) {
          // A fancy digit read as the letter before it makes that letter fancy (`AE³`: a fancy `e`).
          if (flags & (Step.compatibility | Step.lookalike)) return false;
          runFlags |= flags; // the same letter again: one normalized character
          sameCharacter = true;
        } else {
          if (wordLength > 0 && !(runFlags & Step.caseFold)) wordCapitals = false;
          // A capital I between lower-case letters (PuIauwin); in a word in capitals it is an I.
          if (isCapitalIForL(runWritten, flagsBeforeRun, flags)) capitalIForL = true;
          runWritten = wordLength > 0 ? code : -1;
          flagsBeforeRun = runFlags;
          runFlags = flags;
          lastLetter = value;
          // Kept only while the word may be in capitals: only then is it tested as a brand.
          if (wordCapitals && wordLength < maxWordLength) wordCodes[wordLength] = value;
          wordLength++;
          wordHasLetter = true;
          if (isDigit) wordDigitRuns++;
        }
      }
      const boundary = gapBefore || isDigit || previousWasDigit;
      gapBefore = false;
      // A normalized character is a digit when its first character was (`1l` reads as one `i`, a digit).
      if (!sameCharacter) previousWasDigit = isDigit;
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
        if (keys & 1) termMayEnd = true;
        cueCount += keys >>> 1;
      }
      continue;
    }
    if (kind === CharKind.Symbol) {
      // `j@di`: a symbol between two letters is read as a letter; elsewhere it separates words.
      if (wordHasLetter && kindOf(nextVisibleClass(text, i)) === CharKind.Letter) return false;
    } else if (kind === CharKind.Expansion) {
      // `…` is three dots: a separator. Expansions with letters or symbols (`ﬁ`, `㎏`, `⁉`) are read in full.
      if (!expandsToSeparators(packed)) return false;
    } else if (kind !== CharKind.Separator) {
      continue; // invisible characters and combining marks change neither the letters nor the words
    }
    // A separator: the word being read ends, and is read as `gamblingSignals` reads its words.
    gapBefore = true;
    if (wordLength === 0) continue;
    wordEnd = i - size; // where the separator stands (marks and invisible characters may come before it)
    if (wordHasLetter && !(runFlags & Step.caseFold)) wordCapitals = false;
    const capitals = wordCapitals && wordHasLetter;
    // A word in capitals may be a gambling brand, or a classification mark (RAHASIA) heading a document.
    if (capitals && (wordLength > maxWordLength || lettersMaySpellBrand(wordCodes, 0, wordLength) || isHeaderMarkWord(wordLength)))
      return false;
    // A word with letters and digits is tested as a brand the way the gambling signals test it,
    // and a number after it may be the rest of its name (`weton-88`).
    if (wordHasLeetDigit && isBrandShaped(text.slice(wordStart, wordEnd))) return false;
    // A number joined to a name in capitals or with digits by a dash, an apostrophe or an emoji (not
    // a space) may complete a brand (`WETON-88`). Invisible characters and marks are left out of
    // what stands between, so that it is never narrower than the gambling signals' reading.
    if (
      !wordHasLetter &&
      (previousCapitals || previousHadLeetDigit) &&
      isNameNumberJoiner(visiblePart(text.slice(previousWordEnd, wordStart)))
    ) {
      return false;
    }
    previousHadLeetDigit = wordHasLeetDigit;
    previousWordEnd = wordEnd;
    // Words of one character (and of two in capitals) in a row are read together by the gambling
    // signals (`P U L A U W I N`, `GA RU DA`), and the normalizer reads a lone digit beside a lone
    // letter as a letter (`s.1.o.t`). (A lone letter repeated, `b o o k`, merges into one: the
    // collapsed stream reads it so, and counting it twice only counts more single letters.)
    // Digits as the gambling signals count them: a digit merged into the letter before it (`o0`) is not one.
    const hasDigits = wordHasDigit || wordDigitRuns > 0;
    const loneDigit = wordLength === 1 && wordHasDigit;
    const loneLetter = wordLength === 1 && !hasDigits;
    if ((loneDigit && previousLoneLetter) || (loneLetter && previousLoneDigit)) return false;
    previousLoneDigit = loneDigit;
    previousLoneLetter = loneLetter;
    if (wordLength === 1 || (wordLength === 2 && !hasDigits && capitals)) {
      // A run starts with a letter: words with digits before it are left out.
      if (shortRunLength > 0 || !hasDigits) {
        if (shortRunLength === 0) shortRunStart = wordStart;
        shortRunLength++;
        shortRunEnd = wordEnd;
        if (loneLetter) shortRunSingles++;
      }
    } else {
      // The word after a run completes its name when it is a short number (`A E R O88`).
      if (
        shortRunLength >= 2 &&
        shortWordsMaySignalGambling(text, shortRunStart, hasDigits && wordLength <= 4 ? wordEnd : shortRunEnd, shortRunSingles)
      )
        return false;
      shortRunLength = 0;
      shortRunSingles = 0;
    }
    if (capitalIForL) capitalIForLWords++;
    previousCapitals = capitals;
    wordLength = 0;
    wordHasLetter = false;
    wordHasDigit = false;
    wordHasLeetDigit = false;
    wordDigitRuns = 0;
    digitsAreLetters = false;
    wordCapitals = true;
    runFlags = 0;
    runWritten = -1;
    capitalIForL = false;
  }
  if (termMayEnd) return false;
  if (shortRunLength >= 2 && shortWordsMaySignalGambling(text, shortRunStart, shortRunEnd, shortRunSingles)) return false;
  return countedSignalsBound(text, capitalIForLWords, cueCount, gamblingThreshold) < gamblingThreshold && !mayHoldStatusField(text);
}
