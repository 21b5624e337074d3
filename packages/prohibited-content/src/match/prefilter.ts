import { headerMarkWords, mayHoldStatusField } from '../detect/classification-marks';
import { brandRules, countedSignalsBound, gamblingThreshold, isCapitalIForL } from '../detect/gambling-rules';
import { isBrandShaped, isNameNumberJoiner, lettersMaySpellBrand } from '../detect/gambling-signals';
import { mayHoldCampaignHashtag } from '../detect/partisan-rules';
import { isAsciiLocalPart, mayHoldResidentialAddress } from '../detect/personal-data';
import {
  CharKind,
  charLength,
  classify,
  codePointAt,
  expansions,
  flagsOf,
  kindOf,
  leetLetter,
  type PackedClass,
  payloadOf,
  Step,
} from '../normalize/classify';
import { nextVisibleClass } from '../normalize/normalize';
import { type Automaton, buildAutomaton, deserializeAutomaton, type SerializedAutomaton, serializeAutomaton } from './automaton';

/**
 * A first pass that proves most ordinary texts clean without normalizing them: one loop over the
 * original string, no offset map. It answers `clean` only when the full screener would find
 * nothing; `termsOnly` when only keys of the term scan may make findings (it reads on after a
 * term), `termsAndPersonalData` when personal data may be there too (it reads on after a long
 * number or an `@`); at any other doubt `full`, and the text is screened in full
 * ({@link FirstPassOutcome}).
 * Most comments an institution receives are ordinary, and the full pass costs several times more.
 *
 * Why it is sound:
 * - Letters and digits are read through the normalizer's classification table, digits inside a
 *   word as leetspeak (a word that starts with digits is read again once a letter shows it is a
 *   word); the one step left out — collapsing repeated letters — is applied to both the text and
 *   the keys here in a stronger form (every run collapses, across word gaps too), so a key the full
 *   scan finds is found here as well, and a term counts when it starts and ends where the full scan
 *   sees a word boundary.
 * - The gambling score is bounded signal by signal as `gamblingSignals` reads the words. Each
 *   signal's rule (`gamblingSignalRules` in `detect/gambling-rules.ts`) says how: the signals it
 *   counts — a capital I between lower-case letters, the pattern signals, the cues — add up to the
 *   bound (`countedSignalsBound`); for every other signal the rule names the step below that sends
 *   each text that may hold it on (`readLetterOrDigit`: fancy and look-alike letters; `mayBeBrand`:
 *   brand shapes, tested with the same function, on words with digits, words in capitals and
 *   numbers joined to them; `shortWordRunMaySignal`: runs of short words). Symbols between letters
 *   and expansions into letters are sent on as well (`readOther`).
 * - Personal data and classification marks start from cheap tests that are repeated here: a digit
 *   and seven more digits or separators, an `@` after a local-part character, an `RT` and a digit
 *   (`mayHoldResidentialAddress`), a status field's colon and word (`mayHoldStatusField`), and a
 *   header mark's word (RAHASIA) in capitals, which the word reader sees as it reads every word in
 *   capitals. (Plain text holds no digit, so the address test runs at the full pass's end only.)
 * - Plain ASCII text (lower-case words, capitalized words, separators, no digit, link or `@`) can
 *   hold none of those but the terms, the cues and the pattern signals; it is read by a shortcut
 *   that follows only the automaton (`plainTextIsClean`), which hands over to the full pass at the
 *   first word that is not plain, with the automaton's state there.
 *
 * The full pass is a loop over small steps that read and write one record (`FirstPass`), with one
 * reset of the word's fields (`resetWord`) and the automaton's letter step written once
 * (`stepAutomaton`), except in the plain shortcut: there it is written out again over locals,
 * measured faster by about a fifth on plain comments (see `readPlainText`).
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
  /** The letters of the word being read while it may be in capitals, for the brand test. */
  wordCodes: Int32Array;
  /** The first pass's record, reused from text to text. */
  firstPass: FirstPass;
}

/**
 * What a key's occurrence means to the first pass: bit flags, so that a key may have several roles
 * (a term among them makes it a term).
 */
export const PrefilterKeyKind = {
  /** A gambling cue: only adds to the score bound, at a word boundary. */
  cue: 1,
  /** A term: a finding at a word boundary. */
  term: 2,
  /** A SARA group term: a finding is possible only with a derogation in the same text. */
  group: 4,
  /** A SARA derogation: a finding is possible only with a group term in the same text. */
  derogation: 8,
  /**
   * A key of a gambling signal the first pass does not bound (`firstPassKeys` of the gambling
   * rules: two number words in a row): a text holding one at a word's start is screened in full.
   */
  signal: 16,
} as const;
export type PrefilterKeyKind = (typeof PrefilterKeyKind)[keyof typeof PrefilterKeyKind];

/** A key of the first pass: a normalized term or cue. Allow phrases are left out: they only cancel. */
export interface PrefilterKey {
  normalized: string;
  kind: number;
}

/**
 * What the first pass proved about a text, each outcome allowing what the one before it allows.
 * - `clean`: the full screener finds nothing in it.
 * - `termsOnly`: only keys of the term scan may make findings — terms and allow phrases of any
 *   category, SARA words, partisan call verbs — no gambling signal reaches the threshold, and no
 *   personal data, classification mark or campaign hashtag is in it: the full screening reads the
 *   terms and skips the detectors that read the original text (most comments that hold a mild
 *   insult are of this kind).
 * - `termsAndPersonalData`: personal data may be in it as well (a long number, an `@`, an RT): the
 *   personal-data detector runs too, the gambling signals still do not (a game id or a phone
 *   number in an ordinary comment).
 * - `full`: anything may be in it.
 */
export const FirstPassOutcome = { clean: 0, termsOnly: 1, termsAndPersonalData: 2, full: 3 } as const;
export type FirstPassOutcome = (typeof FirstPassOutcome)[keyof typeof FirstPassOutcome];

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
  const unique = new Map<string, { codes: number[]; kind: number }>();
  for (const key of keys) {
    const codes = collapseRuns(Array.from(key.normalized, (char) => char.codePointAt(0)!));
    const id = codes.join(',');
    const known = unique.get(id);
    unique.set(id, { codes, kind: (known?.kind ?? 0) | key.kind });
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
  return {
    automaton,
    kinds: Uint8Array.from(kinds),
    rows,
    boundaries: new Uint8Array(ringSize),
    mask: ringSize - 1,
    wordCodes: new Int32Array(maxWordLength),
    firstPass: startFirstPass(new FirstPass(), 0, 0, -1, -1, false, false, 0, 0),
  };
}

export function serializePrefilter(prefilter: Prefilter): SerializedPrefilter {
  return { automaton: serializeAutomaton(prefilter.automaton), kinds: Array.from(prefilter.kinds) };
}

export function deserializePrefilter(data: SerializedPrefilter): Prefilter {
  return prefilterOf(deserializeAutomaton(data.automaton), data.kinds);
}

// Longest word kept for the brand test; a longer word in capitals is not proved clean.
const maxWordLength = 64;
// The words of classification marks as the word reader keeps them (one code per run of a letter).
const headerMarkCodes = headerMarkWords.map((word) => collapseRuns(Array.from(word, (char) => payloadOf(classify(char.codePointAt(0)!)))));

/** Whether the word kept in `codes` (its first `length` runs) reads as a word of a classification mark. */
function isHeaderMarkWord(codes: Int32Array, length: number): boolean {
  return headerMarkCodes.some((marks) => marks.length === length && marks.every((code, index) => codes[index] === code));
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
  const packed = classify(code);
  return kindOf(packed) === CharKind.Letter && flagsOf(packed) === 0 ? payloadOf(packed) : -1;
});
// ASCII symbols that may stand for a letter inside a word (`sl*t`: `brandRules.maskSymbol`).
const maskAscii = Uint8Array.from({ length: 0x80 }, (_, code) => (brandRules.maskSymbol.test(String.fromCharCode(code)) ? 1 : 0));
// ASCII separators between words that the steps below only read as a gap: not `/` (a link), not
// `@`, not a symbol that may stand for a letter (`*`, `#`: read by `readOther`).
const gapOnlyAscii = Uint8Array.from({ length: 0x80 }, (_, code) =>
  kindOf(classify(code)) === CharKind.Separator && code !== 0x2f && code !== 0x40 && maskAscii[code] === 0 ? 1 : 0,
);

/**
 * The keys ending at `state` that start at a word boundary: bit 0 set when one is a term, bit 1
 * when one is a SARA group term, bit 2 when one is a SARA derogation, bit 3 when one is a signal's
 * key, the number of cues above them (from bit 4).
 */
function keysEndingAt(prefilter: Prefilter, state: number, position: number): number {
  const { keyAt, outputLink, keyLengths } = prefilter.automaton;
  const { kinds, boundaries, mask } = prefilter;
  let result = 0;
  for (let output = keyAt[state]! >= 0 ? state : outputLink[state]!; output >= 0; output = outputLink[output]!) {
    const key = keyAt[output]!;
    const kind = kinds[key]!;
    if (boundaries[(position - keyLengths[key]! + 1) & mask] === 0) continue;
    if (kind & PrefilterKeyKind.signal) result |= 8;
    if (kind & PrefilterKeyKind.term) result |= 1;
    else {
      if (kind & PrefilterKeyKind.group) result |= 2;
      if (kind & PrefilterKeyKind.derogation) result |= 4;
      if (kind & PrefilterKeyKind.cue) result += 16;
    }
  }
  return result;
}

/** Whether an expansion is only separators (`…` is three dots). */
function expandsToSeparators(packed: number): boolean {
  return expansions[payloadOf(packed)]!.every((part) => kindOf(part) === CharKind.Separator);
}

// ASCII capitals: their lower-case letter's normalized code point, or -1.
const asciiCapitals = Int32Array.from({ length: 0x80 }, (_, code) => (code >= 0x41 && code <= 0x5a ? plainAsciiLetters[code + 0x20]! : -1));

// ASCII letters, lower case or capital: their normalized code point, or -1.
const asciiLetters = Int32Array.from({ length: 0x80 }, (_, code) => Math.max(plainAsciiLetters[code]!, asciiCapitals[code]!));
// ASCII symbols read as letters between letters (`!` for i, `$` for s), otherwise separators.
const asciiSymbols = Uint8Array.from({ length: 0x80 }, (_, code) => (kindOf(classify(code)) === CharKind.Symbol ? 1 : 0));

/**
 * A flag of the first pass's record: 0 or 1, not a boolean. V8 stores a small number in a field
 * without a write barrier; with boolean fields the full pass ran up to a fifth slower on texts of many words (measured).
 */
type Bit = 0 | 1;

/**
 * Where the first pass stands in a text: one record, read and written by the small steps below.
 * The automaton's state follows the collapsed stream of normalized characters (one position per
 * run of the same character); the word's fields follow the word being read as `gamblingSignals`
 * reads its words; the fields between words, what a word means to the next. The fields are only
 * declared here: {@link startFirstPass} is the one place that sets them all.
 */
export class FirstPass {
  /** The next UTF-16 index to read. */
  declare index: number;
  // The automaton: its row as {@link stepAutomaton} returns it (state × alphabetSize, negated
  // where keys end), the position and its character, a term that ended at the current run with a
  // word boundary before it (a finding if one follows), and the cues found at word boundaries.
  declare row: number;
  declare position: number;
  declare lastCode: number;
  declare termMayEnd: Bit;
  /** A term stood on word boundaries: the text is not clean, but the pass reads on (see {@link FirstPassOutcome}). */
  declare termSeen: Bit;
  /** Personal data may start here (a long number, an `@`): the pass reads on, as after a term. */
  declare personalDataSeen: Bit;
  /** A digit was read (outside the plain shortcut, which has none): an address's RT needs one. */
  declare digitSeen: Bit;
  declare cueCount: number;
  /**
   * Keys seen that are no finding alone (bit 0 a SARA group term, bit 1 a SARA derogation: both may
   * make one; bit 2 a signal's key: the text is screened in full). Never cleared, only over-counted.
   */
  declare keyParts: number;
  // The automaton where the current word started ({@link saveWordStart}), to read the word again
  // as leetspeak once a letter follows its digits (`40jt`).
  declare savedIndex: number;
  declare savedRow: number;
  declare savedPosition: number;
  declare savedLastCode: number;
  declare savedCueCount: number;
  declare savedNumberRun: number;
  // The word being read (a run of letters or digits with no gap). Reset by {@link resetWord}.
  /** Normalized characters: runs of one letter count once, digits each. */
  declare wordLength: number;
  declare wordHasLetter: Bit;
  /** Only digits so far: a number. */
  declare wordHasDigit: Bit;
  /** A digit after a letter: read as a letter. */
  declare wordHasLeetDigit: Bit;
  /** Normalized characters of the word that start with such a digit. */
  declare wordDigitRuns: number;
  /** The word is being read again as leetspeak. */
  declare digitsAreLetters: Bit;
  /** Every letter so far was a capital. */
  declare wordCapitals: Bit;
  /** Step flags of the current run of one letter. */
  declare runFlags: number;
  /** The first character of the current run as written, when it is not the word's first; else -1. */
  declare runWritten: number;
  declare capitalIForL: Bit;
  // Kept across words (a new word only starts a new run).
  /** UTF-16 start of the word's letters and digits. */
  declare wordStart: number;
  /** A separator (or the text's start) stands before the next character. */
  declare gapBefore: Bit;
  declare previousWasDigit: Bit;
  /** The normalized letter of the current run. */
  declare lastLetter: number;
  /** Step flags of the run before the current one. */
  declare flagsBeforeRun: number;
  // Between words.
  declare previousHadLeetDigit: Bit;
  declare previousWordEnd: number;
  declare previousCapitals: Bit;
  declare previousLoneDigit: Bit;
  declare previousLoneLetter: Bit;
  /** The word before ended in a digit (`ALEXIS1`, `1`): a lone digit after it may split a brand's number. */
  declare previousEndsInDigit: Bit;
  /** Short words in a row, as the gambling signals read them (P U L A U, GA RU DA). */
  declare shortRunLength: number;
  declare shortRunSingles: number;
  declare shortRunStart: number;
  declare shortRunEnd: number;
  declare capitalIForLWords: number;
  /** Personal data: a digit and more digits, spaces, dots or dashes (`findPersonalData`'s first test). */
  declare numberRun: number;
}

/** The one reset of the word's fields, when a word ends or is read again. */
function resetWord(pass: FirstPass): void {
  pass.wordLength = 0;
  pass.wordHasLetter = 0;
  pass.wordHasDigit = 0;
  pass.wordHasLeetDigit = 0;
  pass.wordDigitRuns = 0;
  pass.digitsAreLetters = 0;
  pass.wordCapitals = 1;
  pass.runFlags = 0;
  pass.runWritten = -1;
  pass.capitalIForL = 0;
}

/**
 * Starts `pass` (a fresh record, or the prefilter's own, reused from text to text: screening is
 * synchronous) at `index`, with the automaton's state there — the plain shortcut's hand-over.
 * Every field is set here, the word's by {@link resetWord}.
 */
function startFirstPass(
  pass: FirstPass,
  index: number,
  row: number,
  position: number,
  lastCode: number,
  termMayEnd: boolean,
  termSeen: boolean,
  cueCount: number,
  keyParts: number,
): FirstPass {
  pass.index = index;
  pass.row = row;
  pass.position = position;
  pass.lastCode = lastCode;
  pass.termMayEnd = termMayEnd ? 1 : 0;
  pass.termSeen = termSeen ? 1 : 0;
  pass.personalDataSeen = 0;
  pass.digitSeen = 0;
  pass.cueCount = cueCount;
  pass.keyParts = keyParts;
  pass.savedIndex = 0;
  pass.savedRow = 0;
  pass.savedPosition = 0;
  pass.savedLastCode = 0;
  pass.savedCueCount = 0;
  pass.savedNumberRun = 0;
  pass.wordStart = 0;
  pass.gapBefore = 1;
  pass.previousWasDigit = 0;
  pass.lastLetter = -1;
  pass.flagsBeforeRun = 0;
  pass.previousHadLeetDigit = 0;
  pass.previousWordEnd = 0;
  pass.previousCapitals = 0;
  pass.previousLoneDigit = 0;
  pass.previousLoneLetter = 0;
  pass.previousEndsInDigit = 0;
  pass.shortRunLength = 0;
  pass.shortRunSingles = 0;
  pass.shortRunStart = 0;
  pass.shortRunEnd = 0;
  pass.capitalIForLWords = 0;
  pass.numberRun = 0;
  resetWord(pass);
  return pass;
}

/**
 * Keeps the automaton's state at `index`, the start of a word. (No term is pending there: the
 * word's first character is read with a boundary before it, which decides a pending term.)
 */
function saveWordStart(pass: FirstPass, index: number, numberRun: number): void {
  pass.savedIndex = index;
  pass.savedRow = pass.row;
  pass.savedPosition = pass.position;
  pass.savedLastCode = pass.lastCode;
  pass.savedCueCount = pass.cueCount;
  pass.savedNumberRun = numberRun;
}

/** Goes back to the start of the word kept by {@link saveWordStart}, with a fresh word. */
function readWordAgain(pass: FirstPass): void {
  pass.index = pass.savedIndex;
  pass.row = pass.savedRow;
  pass.position = pass.savedPosition;
  pass.lastCode = pass.savedLastCode;
  pass.termMayEnd = 0;
  pass.cueCount = pass.savedCueCount;
  pass.numberRun = pass.savedNumberRun;
  pass.gapBefore = 1;
  resetWord(pass);
}

/**
 * The automaton's letter step, the one place it is written (but for the plain shortcut's own copy,
 * see `readPlainText`): reads normalized character `value`, with a word `boundary` before it or
 * not. `row` is the automaton's row as the last step returned it — bitwise negated when keys end
 * there — and the next one is returned (the callers' loops keep it in a local); a term that stands
 * on word boundaries sets `termSeen`. A character equal to the last one collapses into its run;
 * read with a boundary before it, it may also stand apart (`baa a`): the run may then start, or
 * end, a word.
 */
function stepAutomaton(cursor: FirstPass, prefilter: Prefilter, row: number, value: number, boundary: boolean): number {
  if (value === cursor.lastCode) {
    if (!boundary) return row;
    if (cursor.termMayEnd) {
      cursor.termSeen = 1;
      cursor.termMayEnd = 0;
    }
    prefilter.boundaries[cursor.position & prefilter.mask] = 1;
  } else {
    if (cursor.termMayEnd) {
      if (boundary) cursor.termSeen = 1;
      cursor.termMayEnd = 0;
    }
    cursor.lastCode = value;
    const position = ++cursor.position;
    prefilter.boundaries[position & prefilter.mask] = boundary ? 1 : 0;
    const { bmpSymbols, astralSymbols } = prefilter.automaton;
    row = prefilter.rows[(row < 0 ? ~row : row) + (value < 0x10000 ? bmpSymbols[value]! : (astralSymbols.get(value) ?? 0))]!;
  }
  if (row < 0) keysEnd(cursor, prefilter, ~row);
  return row;
}

/** Keys end at the automaton's row `row`: a term there may be a finding, a cue adds to the bound. */
function keysEnd(cursor: FirstPass, prefilter: Prefilter, row: number): void {
  const keys = keysEndingAt(prefilter, row / prefilter.automaton.alphabetSize, cursor.position);
  if (keys & 1) cursor.termMayEnd = 1;
  cursor.keyParts |= (keys >>> 1) & 7;
  cursor.cueCount += keys >>> 4;
}

/** A new run of one letter in the word: the word's capitals, a capital I for l, the codes kept for the brand test. */
function startRun(pass: FirstPass, wordCodes: Int32Array, written: number, value: number, flags: number, isDigit: boolean): void {
  if (pass.wordLength > 0 && !(pass.runFlags & Step.caseFold)) pass.wordCapitals = 0;
  if (isCapitalIForL(pass.runWritten, pass.flagsBeforeRun, flags)) pass.capitalIForL = 1;
  pass.runWritten = pass.wordLength > 0 ? written : -1;
  pass.flagsBeforeRun = pass.runFlags;
  pass.runFlags = flags;
  pass.lastLetter = value;
  // Kept only while the word may be in capitals: only then is it tested as a brand.
  if (pass.wordCapitals && pass.wordLength < maxWordLength) wordCodes[pass.wordLength] = value;
  pass.wordLength++;
  pass.wordHasLetter = 1;
  if (isDigit) pass.wordDigitRuns++;
}

/**
 * The first pass over plain text: ASCII letters, capitals only to start a word of lower-case
 * letters, spaces and punctuation that only separates, no digit, link or `@`. Such text holds no
 * personal data, no classification header and no gambling signal but the cues and the pattern
 * signals, so only the automaton is followed — fewer branches per character than the full pass.
 * `true` when the text is plain and clean, `false` when it holds a term at word boundaries,
 * `undefined` as soon as it is not plain or holds a one-letter word (read with its neighbours by
 * the full pass), which goes on from the start of the word being read, or from between words.
 */
export function plainTextIsClean(text: string, prefilter: Prefilter): boolean | undefined {
  const read = readPlainText(text, prefilter);
  return typeof read === 'number' ? read === FirstPassOutcome.clean : undefined;
}

/** {@link plainTextIsClean}, handing over a {@link FirstPass} where the full pass goes on. */
function readPlainText(text: string, prefilter: Prefilter): FirstPassOutcome | FirstPass {
  // About 95 lines, one loop: the shortcut's whole reading of a character, kept together on purpose.
  // Hand-tuned, the one exception: the letter step of `stepAutomaton` written out again over plain
  // locals. Through the step over the record, plain comments read about 19 % slower and the
  // shared set's ordinary comments as a whole 5 % (measured side by side in processor time): V8
  // keeps a record's fields in memory, not in registers.
  const { boundaries, mask, rows } = prefilter;
  const { bmpSymbols, alphabetSize } = prefilter.automaton;
  let row = 0;
  let position = -1;
  let lastCode = -1;
  let termMayEnd = false;
  let termSeen = false;
  let cueCount = 0;
  let keyParts = 0;
  // The same at the start of the word being read, to hand it over from there.
  let wordIndex = 0;
  let wordRow = 0;
  let wordPosition = -1;
  let wordLastCode = -1;
  let wordCueCount = 0;
  let wordLength = 0; // normalized characters of the word being read
  let gapBefore = true;
  const length = text.length;
  let i = 0;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) break;
    let value = plainAsciiLetters[code]!;
    if (value < 0) {
      value = asciiCapitals[code]!;
      if (value < 0) {
        if (gapOnlyAscii[code] === 0) {
          // A digit, a link, an `@`: not plain. A symbol (`!`, `$`) separates words unless it
          // stands between letters (`j!di`, read as a letter), and so does one that may stand for
          // a letter (`g*cor`: the masked-letters signal).
          if (code === 0x40 || (asciiSymbols[code] === 0 && maskAscii[code] === 0)) break;
          const next = i + 1 < length ? text.charCodeAt(i + 1) : 0x20;
          if (wordLength > 0 && (next >= 0x80 || plainAsciiLetters[next]! >= 0 || asciiCapitals[next]! >= 0)) break;
        }
        if (wordLength === 1) break;
        wordLength = 0;
        gapBefore = true;
        continue;
      }
      // A capital starts a word of lower-case letters (Terima), or the text is not plain.
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (!gapBefore || next >= 0x80 || plainAsciiLetters[next]! < 0) break;
    }
    const boundary = gapBefore;
    if (boundary) {
      // A pending term is decided below, by this first letter: none is pending at a word's start.
      wordIndex = i;
      wordRow = row;
      wordPosition = position;
      wordLastCode = lastCode;
      wordCueCount = cueCount;
    }
    gapBefore = false;
    // The letter step, as in `stepAutomaton` (ASCII letters only).
    if (value === lastCode) {
      if (!boundary) continue;
      if (termMayEnd) {
        termSeen = true;
        termMayEnd = false;
      }
      boundaries[position & mask] = 1;
    } else {
      if (termMayEnd) {
        if (boundary) termSeen = true;
        termMayEnd = false;
      }
      lastCode = value;
      position++;
      boundaries[position & mask] = boundary ? 1 : 0;
      row = rows[(row < 0 ? ~row : row) + bmpSymbols[value]!]!;
    }
    wordLength++;
    if (row < 0) {
      const keys = keysEndingAt(prefilter, ~row / alphabetSize, position);
      if (keys & 1) termMayEnd = true;
      keyParts |= (keys >>> 1) & 7;
      cueCount += keys >>> 4;
    }
  }
  if (i === length && wordLength !== 1) {
    if (keyParts & 4 || countedSignalsBound(text, 0, cueCount, gamblingThreshold) >= gamblingThreshold || mayHoldStatusField(text))
      return FirstPassOutcome.full;
    return termSeen || termMayEnd || (keyParts & 3) === 3 ? FirstPassOutcome.termsOnly : FirstPassOutcome.clean;
  }
  // Not plain from here: the full pass goes on from the start of the word being read, or from
  // here between words.
  const pass = prefilter.firstPass;
  if (wordLength > 0) return startFirstPass(pass, wordIndex, wordRow, wordPosition, wordLastCode, false, termSeen, wordCueCount, keyParts);
  return startFirstPass(pass, i, row, position, lastCode, termMayEnd, termSeen, cueCount, keyParts);
}

/**
 * ASCII letters, the commonest characters, word after word: a word that starts with one, or the
 * rest of a word after a letter. Only the automaton and the word's runs move (no number, link,
 * e-mail or digit to track). At the first other character it stops — when that is a gap of ASCII
 * spaces and punctuation, it ends the word, steps over the gap and goes on.
 */
function readPlainLetters(text: string, prefilter: Prefilter, pass: FirstPass): boolean {
  const length = text.length;
  for (;;) {
    // The index and the row in locals while the loop runs (see `stepAutomaton`).
    let row = pass.row;
    let i = pass.index;
    if (pass.wordLength === 0) {
      // A word's first letter, after a gap.
      const code = i < length ? text.charCodeAt(i) : 0x80;
      const value = code < 0x80 ? asciiLetters[code]! : -1;
      if (value < 0) return true;
      pass.wordStart = i;
      pass.numberRun = 0;
      startRun(pass, prefilter.wordCodes, code, value, code < 0x61 ? Step.caseFold : 0, false);
      const boundary = pass.gapBefore === 1 || pass.previousWasDigit === 1;
      pass.gapBefore = 0;
      pass.previousWasDigit = 0;
      row = stepAutomaton(pass, prefilter, row, value, boundary);
      i++;
    } else if (!pass.wordHasLetter || pass.previousWasDigit) {
      return true;
    }
    // A new run of a lower-case letter after a run of one only lengthens the word: the word is not
    // in capitals, and no capital I stands before it. Such runs are counted here (`lengthened`)
    // and written to the record before anything reads it.
    let lastLetter = pass.lastLetter;
    let wordLength = pass.wordLength;
    let lowerCaseRun = pass.runFlags === 0;
    let lengthened = false;
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      const value = code < 0x80 ? asciiLetters[code]! : -1;
      if (value < 0) break;
      const flags = code < 0x61 ? Step.caseFold : 0; // ASCII capitals stand before the lower case
      if (value === lastLetter) {
        // The same letter again (`aA`): one run, in capitals if any of it is.
        if (flags !== 0) {
          if (lengthened) lengthened = endLengthening(pass);
          pass.runFlags |= flags;
          lowerCaseRun = false;
        }
        continue;
      }
      if (lowerCaseRun && flags === 0) {
        wordLength++;
        lengthened = true;
      } else {
        if (lengthened) lengthened = endLengthening(pass);
        pass.wordLength = wordLength;
        startRun(pass, prefilter.wordCodes, code, value, flags, false);
        wordLength = pass.wordLength;
        lowerCaseRun = flags === 0;
      }
      lastLetter = value;
      row = stepAutomaton(pass, prefilter, row, value, false);
    }
    if (lengthened) endLengthening(pass);
    pass.lastLetter = lastLetter;
    pass.wordLength = wordLength;
    pass.row = row;
    pass.index = i;
    if (i === length) return true;
    // A gap of ASCII spaces and punctuation after the word, the commonest gap.
    let next = i;
    for (; next < length; next++) {
      const gap = text.charCodeAt(next);
      if (gap >= 0x80) break;
      if (gapOnlyAscii[gap] === 0) {
        // A symbol that may stand for a letter (`g*cor`) is a gap, unless it stands right between
        // two letters: the full steps read it then.
        const after = next + 1 < length ? text.charCodeAt(next + 1) : 0x20;
        if (maskAscii[gap] === 0 || (next === i && (after >= 0x80 || asciiLetters[after]! >= 0))) break;
      }
    }
    if (next === i) return true; // not such a gap: the full steps read it
    if (!endWord(text, prefilter, pass, i)) return false;
    // After a letter no number runs, and these separators do not start one.
    pass.numberRun = 0;
    pass.gapBefore = 1;
    pass.index = next;
  }
}

/**
 * What the runs {@link readPlainLetters} only counted leave in the record: after a run of a
 * lower-case letter, the word is not in capitals, and the current run is of a plain letter.
 */
function endLengthening(pass: FirstPass): false {
  pass.wordCapitals = 0;
  pass.runWritten = -1;
  pass.flagsBeforeRun = 0;
  pass.runFlags = 0;
  return false;
}

/**
 * The cheap tests that start the personal-data detector, on the code unit at `index`: a digit and
 * seven more digits or separators (a phone number, a NIK), an `@` after a local-part character.
 */
function mayStartPersonalData(text: string, pass: FirstPass, index: number, code: number): boolean {
  if (code >= 0x30 && code <= 0x39) {
    pass.numberRun++;
    pass.digitSeen = 1;
  } else if (pass.numberRun > 0 && (code === 0x20 || code === 0x2e || code === 0x2d)) pass.numberRun++;
  else if (pass.numberRun !== 0) pass.numberRun = 0;
  if (pass.numberRun >= 8) return true;
  if (code === 0x40 && index > 0) {
    const before = text.charCodeAt(index - 1);
    return before >= 0x80 || isAsciiLocalPart(before); // may end an e-mail's local part
  }
  return false;
}

/**
 * A letter or digit (`packed`, written as `code`, `size` code units). Fancy and look-alike letters
 * are gambling signals of any weight: the text goes to the full screening. Digits in a word are
 * read as letters (`konten2`, `g4cor`); a word that starts with digits is read again once a letter
 * shows it is a word (`40jt`).
 */
function readLetterOrDigit(prefilter: Prefilter, pass: FirstPass, code: number, packed: PackedClass, size: number): boolean {
  const flags = flagsOf(packed);
  const isDigit = kindOf(packed) === CharKind.Digit;
  // Astral letters (regional indicators) are signals too; fancy digits are not (`sering²`): the
  // signals count letters only.
  if (!isDigit && (size === 2 || flags & (Step.compatibility | Step.lookalike))) return false;
  let value = payloadOf(packed);
  if (pass.wordLength === 0) {
    pass.wordStart = pass.index - size;
    if (isDigit && !pass.digitsAreLetters) saveWordStart(pass, pass.wordStart, code >= 0x30 && code <= 0x39 ? pass.numberRun - 1 : 0);
  }
  let sameCharacter = false;
  if (isDigit && !pass.wordHasLetter && !pass.digitsAreLetters) {
    pass.wordHasDigit = 1; // a number so far
    pass.wordLength++;
  } else {
    if (pass.wordHasDigit) {
      // A letter after digits: the whole word is leetspeak, its digits letters too.
      readWordAgain(pass);
      pass.digitsAreLetters = 1;
      return true;
    }
    if (isDigit) {
      value = leetLetter(value);
      pass.wordHasLeetDigit = 1;
    }
    if (pass.wordHasLetter && value === pass.lastLetter) {
      // The same letter again: one normalized character. A fancy digit read as the letter before
      // it makes that letter fancy (`AE³`: a fancy `e`).
      if (flags & (Step.compatibility | Step.lookalike)) return false;
      pass.runFlags |= flags;
      sameCharacter = true;
    } else {
      startRun(pass, prefilter.wordCodes, code, value, flags, isDigit);
    }
  }
  const boundary = pass.gapBefore === 1 || isDigit || pass.previousWasDigit === 1;
  pass.gapBefore = 0;
  // A normalized character is a digit when its first character was (`1l` reads as one `i`, a digit).
  if (!sameCharacter) pass.previousWasDigit = isDigit ? 1 : 0;
  pass.row = stepAutomaton(pass, prefilter, pass.row, value, boundary);
  return true;
}

/**
 * Any other character: a symbol between letters (`j@di`) and an expansion into letters (`ﬁ`, `㎏`)
 * send the text on; a separator ends the word; invisible characters and marks change nothing.
 */
function readOther(text: string, prefilter: Prefilter, pass: FirstPass, packed: PackedClass, index: number): boolean {
  const kind = kindOf(packed);
  if (kind === CharKind.Symbol) {
    if (pass.wordHasLetter && kindOf(nextVisibleClass(text, pass.index)) === CharKind.Letter) return false;
  } else if (kind === CharKind.Separator && pass.wordHasLetter && isMaskSymbol(text, index)) {
    // An emoji or symbol between letters may stand for one (`sl🎰t`): the masked-letters signal.
    if (kindOf(nextVisibleClass(text, pass.index)) === CharKind.Letter) return false;
  } else if (kind === CharKind.Expansion) {
    if (!expandsToSeparators(packed)) return false; // `…` is three dots: a separator
  } else if (kind !== CharKind.Separator) {
    return true;
  }
  pass.gapBefore = 1;
  return pass.wordLength === 0 || endWord(text, prefilter, pass, index);
}

/** Whether the character at `index` may stand for a letter inside a word (`brandRules.maskSymbol`): the cheap ASCII test first. */
function isMaskSymbol(text: string, index: number): boolean {
  const code = codePointAt(text, index);
  return code < 0x80 ? maskAscii[code] === 1 : brandRules.maskSymbol.test(String.fromCodePoint(code));
}

/**
 * The word ends at `wordEnd` (where the separator stands: marks and invisible characters may come
 * before it), and is read as `gamblingSignals` reads its words. `false` when it may give a signal
 * the bound does not count.
 */
function endWord(text: string, prefilter: Prefilter, pass: FirstPass, wordEnd: number): boolean {
  if (pass.wordHasLetter && !(pass.runFlags & Step.caseFold)) pass.wordCapitals = 0;
  const capitals = pass.wordCapitals === 1 && pass.wordHasLetter === 1;
  // Most words are in lower case, without digits, and longer than two: the tests below are skipped.
  if ((capitals || pass.wordHasLeetDigit || !pass.wordHasLetter) && mayBeBrand(text, prefilter, pass, capitals, wordEnd)) return false;
  pass.previousHadLeetDigit = pass.wordHasLeetDigit;
  pass.previousWordEnd = wordEnd;
  if (pass.wordLength > 2 && pass.shortRunLength === 0 && !pass.wordHasDigit && pass.wordDigitRuns === 0) {
    pass.previousLoneDigit = 0;
    pass.previousLoneLetter = 0;
  } else if (shortWordRunMaySignal(text, pass, capitals, wordEnd)) return false;
  // As written: a digit read as the letter before it (`sia4`) still ends the word in a digit.
  const last = text.charCodeAt(wordEnd - 1);
  pass.previousEndsInDigit = last >= 0x30 && last <= 0x39 ? 1 : 0;
  if (pass.capitalIForL) pass.capitalIForLWords++;
  pass.previousCapitals = capitals ? 1 : 0;
  resetWord(pass);
  return true;
}

/**
 * Whether the word may be a gambling brand (or a classification mark) — the bound of the brand
 * signals. A word in capitals may be a brand by its letters (GUNUNGWIN), or a classification mark
 * heading a document (RAHASIA); a word with letters and digits is tested as the gambling signals
 * test it; a number joined to a name in capitals or with digits by a dash, an apostrophe or an
 * emoji (not a space) may complete a brand (`WETON-88`). Invisible characters and marks are left
 * out of what stands between, so that it is never narrower than the gambling signals' reading.
 */
function mayBeBrand(text: string, prefilter: Prefilter, pass: FirstPass, capitals: boolean, wordEnd: number): boolean {
  const { wordLength } = pass;
  const codes = prefilter.wordCodes;
  if (capitals && (wordLength > maxWordLength || lettersMaySpellBrand(codes, 0, wordLength) || isHeaderMarkWord(codes, wordLength)))
    return true;
  if (pass.wordHasLeetDigit && isBrandShaped(text.slice(pass.wordStart, wordEnd))) return true;
  return (
    !pass.wordHasLetter &&
    (pass.previousCapitals === 1 || pass.previousHadLeetDigit === 1) &&
    isNameNumberJoiner(visiblePart(text.slice(pass.previousWordEnd, pass.wordStart)))
  );
}

/**
 * Whether the word, with the short words before it, may give the spaced-letters or brand signals.
 * Words of one character (and of two in capitals) in a row are read together by the gambling
 * signals (`P U L A U W I N`, `GA RU DA`), and the normalizer reads a lone digit beside a lone
 * letter as a letter (`s.1.o.t`). (A lone letter repeated, `b o o k`, merges into one: the
 * collapsed stream reads it so, and counting it twice only counts more single letters.) Digits are
 * counted as the gambling signals count them: a digit merged into the letter before it (`o0`) is not one.
 */
function shortWordRunMaySignal(text: string, pass: FirstPass, capitals: boolean, wordEnd: number): boolean {
  const { wordLength } = pass;
  const hasDigits = pass.wordHasDigit === 1 || pass.wordDigitRuns > 0;
  const loneDigit = wordLength === 1 && pass.wordHasDigit === 1;
  const loneLetter = wordLength === 1 && !hasDigits;
  if ((loneDigit && pass.previousLoneLetter) || (loneLetter && pass.previousLoneDigit)) return true;
  // A brand's number split by dots or spaces (`ALEXIS 1.7`, `AERO8 8`): the split-number signal.
  if (loneDigit && pass.previousEndsInDigit) return true;
  pass.previousLoneDigit = loneDigit ? 1 : 0;
  pass.previousLoneLetter = loneLetter ? 1 : 0;
  if (wordLength === 1 || (wordLength === 2 && !hasDigits && capitals)) {
    // A run starts with a letter: words with digits before it are left out.
    if (pass.shortRunLength > 0 || !hasDigits) {
      if (pass.shortRunLength === 0) pass.shortRunStart = pass.wordStart;
      pass.shortRunLength++;
      pass.shortRunEnd = wordEnd;
      if (loneLetter) pass.shortRunSingles++;
    }
    return false;
  }
  // The word after a run completes its name when it is a short number (`A E R O88`).
  const runEnd = hasDigits && wordLength <= 4 ? wordEnd : pass.shortRunEnd;
  if (shortRunMaySignal(text, pass, runEnd)) return true;
  pass.shortRunLength = 0;
  pass.shortRunSingles = 0;
  return false;
}

/** Whether the run of short words gives a gambling signal: four single letters, or a brand spelled out. */
function shortRunMaySignal(text: string, pass: FirstPass, end: number): boolean {
  return pass.shortRunLength >= 2 && (pass.shortRunSingles >= 4 || isBrandShaped(text.slice(pass.shortRunStart, end)));
}

/**
 * What the first pass proves about `text` ({@link FirstPassOutcome}). Plain text is read by
 * {@link plainTextIsClean}; from where it is not, each character goes through the steps above, and
 * the text's end closes the last word like a separator. It runs on every text, and a text it
 * clears costs nothing more. A term does not stop it: it reads on to tell whether only the terms
 * need the full screening.
 */
export function firstPassOutcome(text: string, prefilter: Prefilter): FirstPassOutcome {
  const pass = readPlainText(text, prefilter);
  if (typeof pass === 'number') return pass;
  const length = text.length;
  while (true) {
    if (!readPlainLetters(text, prefilter, pass)) return FirstPassOutcome.full;
    const index = pass.index;
    if (index >= length) break;
    const code = codePointAt(text, index);
    if (mayStartPersonalData(text, pass, index, code)) pass.personalDataSeen = 1;
    const packed = classify(code);
    const size = charLength(code);
    pass.index = index + size;
    const kind = kindOf(packed);
    const clean =
      kind === CharKind.Letter || kind === CharKind.Digit
        ? readLetterOrDigit(prefilter, pass, code, packed, size)
        : readOther(text, prefilter, pass, packed, index);
    if (!clean) return FirstPassOutcome.full;
  }
  if (pass.wordLength > 0 && !endWord(text, prefilter, pass, length)) return FirstPassOutcome.full;
  if (shortRunMaySignal(text, pass, pass.shortRunEnd)) return FirstPassOutcome.full;
  const bound = countedSignalsBound(text, pass.capitalIForLWords, pass.cueCount, gamblingThreshold);
  if (bound >= gamblingThreshold || mayHoldStatusField(text) || mayHoldCampaignHashtag(text)) return FirstPassOutcome.full;
  if (pass.keyParts & 4) return FirstPassOutcome.full;
  if (pass.personalDataSeen || (pass.digitSeen && mayHoldResidentialAddress(text))) return FirstPassOutcome.termsAndPersonalData;
  return pass.termSeen || pass.termMayEnd || (pass.keyParts & 3) === 3 ? FirstPassOutcome.termsOnly : FirstPassOutcome.clean;
}

/** Whether `text` certainly has no finding: {@link firstPassOutcome} is `clean`. */
export function isCertainlyClean(text: string, prefilter: Prefilter): boolean {
  return firstPassOutcome(text, prefilter) === FirstPassOutcome.clean;
}
