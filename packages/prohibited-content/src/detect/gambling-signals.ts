import {
  CharKind,
  charLength,
  classify,
  codePointAt,
  codePointBefore,
  expansions,
  kindOf,
  leetLetter,
  payloadOf,
  Step,
} from '../normalize/classify';
import type { NormalizedText } from '../normalize/normalize';
import {
  brandRules,
  type GamblingSignalKind,
  type GamblingSignalRule,
  gamblingMaxCues,
  gamblingWeights,
  isCapitalIForL,
  mayMatchPattern,
  patternSignals,
} from './gambling-rules';

/** One structural clue that a text promotes gambling, with the span it points at. */
export interface GamblingSignal {
  kind: GamblingSignalKind;
  start: number;
  end: number;
  weight: number;
}

// Every character of a spelled word ({@link lettersAndDigits}) is a letter or an ASCII digit: a
// character that is not an ASCII digit is (part of) a letter.
const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** How many letters (code points) `word` has from `from` to `to`. */
function lettersIn(word: string, from: number, to: number): number {
  let letters = 0;
  for (let i = from; i < to; i++) {
    const code = word.charCodeAt(i);
    if (!isAsciiDigit(code) && (code < 0xdc00 || code > 0xdfff)) letters++; // a pair's low half is the same letter
  }
  return letters;
}

/** Whether `word` has a digit from `from` to `to`. */
function hasDigitIn(word: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAsciiDigit(word.charCodeAt(i))) return true;
  return false;
}

/** Whether `word` is a name of `brandRules.nameLetters` letters or more (no digit) followed by `ending`. */
function isNameThen(word: string, ending: string): boolean {
  const nameEnd = word.length - ending.length;
  return word.endsWith(ending) && !hasDigitIn(word, 0, nameEnd) && lettersIn(word, 0, nameEnd) >= brandRules.nameLetters;
}

// The same suffixes and infixes as code points, to rule a word out from the normalized text without
// building its string: most words in capitals (MANTAP, SEMANGAT) are not brands.
const toCodes = (words: readonly string[]) => words.map((word) => Array.from(word, (char) => char.codePointAt(0)!));
const brandSuffixCodes = toCodes(brandRules.suffixes);
const brandInfixCodes = toCodes(brandRules.infixes);
const emoji = /\p{Extended_Pictographic}/u;

/** Whether `between` may join a brand's name to its number (`WETON-88`, `WETON🚩88`). */
export function isNameNumberJoiner(between: string): boolean {
  return brandRules.joiner.test(between);
}

const asciiDigits = /^[\d\s]*$/;

/** A word's letters as the matcher reads them, digits kept as digits: "𝐃𝘖RA77" → "dora77", "🅿️🆄🅻🅰️🆄777" → "puiau777". */
function lettersAndDigits(original: string): string {
  let result = '';
  for (let i = 0; i < original.length; ) {
    const code = codePointAt(original, i);
    i += charLength(code);
    const packed = classify(code);
    if (kindOf(packed) !== CharKind.Expansion) result += letterOrDigit(packed);
    else for (const part of expansions[payloadOf(packed)]!) result += letterOrDigit(part);
  }
  return result;
}

/** The character a classified letter or digit is read as; nothing for anything else. */
function letterOrDigit(packed: number): string {
  const kind = kindOf(packed);
  return kind === CharKind.Letter || kind === CharKind.Digit ? String.fromCodePoint(payloadOf(packed)) : '';
}

/**
 * A name (starting and ending with a letter, at least `brandRules.nameLetters` letters, leetspeak
 * allowed: pr0be), then `brandRules.digits` digits that are not a year (Persib1933, pemilu2024 name
 * an event, not a site).
 */
function isNameAndDigits(word: string): boolean {
  let digits = 0;
  while (digits < word.length && isAsciiDigit(word.charCodeAt(word.length - 1 - digits))) digits++;
  // More digits than a brand's would leave the name ending in a digit.
  if (digits < brandRules.digits.min || digits > brandRules.digits.max || isAsciiDigit(word.charCodeAt(0))) return false;
  if (brandRules.year.test(word.slice(word.length - digits))) return false;
  return lettersIn(word, 0, word.length - digits) >= brandRules.nameLetters;
}

/** `kusumat0t0` → `kusumatoto`: the word with its digits read as leetspeak (a loop: a callback per digit cost more than the rest of the test). */
function digitsReadAsLetters(word: string): string {
  let read = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x30 || code > 0x39) continue;
    read += word.slice(from, i) + String.fromCodePoint(leetLetter(code));
    from = i + 1;
  }
  return from === 0 ? word : read + word.slice(from);
}

/**
 * Whether a word has a gambling brand's shape: `none`, a plain `brand`, or one ending in gambling
 * `jargon` (the shapes of `brandRules`). Read with string tests and loops over the word, not
 * patterns: spam holds several such words a text, and the patterns (a `\p{L}` count among them)
 * were a fifth of the reading of brands (measured on the shared comments).
 */
export function brandShapeOf(word: string): 'none' | 'brand' | 'jargon' {
  if (word.length < 5) return 'none';
  const read = lettersIn(word, 0, word.length) > 0 ? digitsReadAsLetters(word) : word;
  const isBrand =
    isNameAndDigits(word) ||
    isNameThen(word, '4d') ||
    brandRules.suffixes.some((suffix) => isNameThen(read, suffix)) ||
    (read.length >= 6 && brandRules.infixes.some((infix) => read.includes(infix)));
  if (!isBrand) return 'none';
  return brandRules.jargonSuffixes.some((suffix) => word.endsWith(suffix) || read.endsWith(suffix)) ? 'jargon' : 'brand';
}

/** Whether a word, as written, has a gambling brand's shape (`Alexis17`, `kusumat0t0`). */
export function isBrandShaped(word: string): boolean {
  return brandShapeOf(lettersAndDigits(word)) !== 'none';
}

const isRegionalIndicator = (code: number) => code >= 0x1f1e6 && code <= 0x1f1ff;

function framedByEmoji(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 3);
  return emoji.test(before) && emoji.test(after);
}

/** Traits of a word, as bit flags of {@link WordTable.traits}. */
const WordTrait = {
  /** Every letter was a capital (case folding changed it): DORA77, 𝐉𝐔𝐍𝐈𝐎𝐑. */
  capitals: 1,
  /** A capital I between lower-case letters, standing for l (PuIauwin). */
  capitalIForL: 2,
  /** Some letter was read from a digit or a symbol (g4c0r, j@di). */
  leet: 4,
} as const;

/**
 * The words of a normalized text, one array per field rather than one object per word: reading
 * the words is the costliest part of the signals on spam, and the arrays are reused from text to
 * text (screening is synchronous; nothing here outlives a call).
 */
interface WordTable {
  count: number;
  /** Normalized characters `from…to` of word `w`. */
  from: Int32Array;
  to: Int32Array;
  /** Its UTF-16 span in the original text. */
  start: Int32Array;
  end: Int32Array;
  /** Letters in fancy forms, plain, and look-alikes; digits (not read as letters). */
  fancy: Int32Array;
  plain: Int32Array;
  lookalike: Int32Array;
  digits: Int32Array;
  traits: Uint8Array;
}

function allocateWords(capacity: number): WordTable {
  const ints = () => new Int32Array(capacity);
  return {
    count: 0,
    from: ints(),
    to: ints(),
    start: ints(),
    end: ints(),
    fancy: ints(),
    plain: ints(),
    lookalike: ints(),
    digits: ints(),
    traits: new Uint8Array(capacity),
  };
}

/** A table twice as large with the words of `table`. */
function grownWords(table: WordTable): WordTable {
  const grown = allocateWords(table.from.length * 2);
  for (const field of ['from', 'to', 'start', 'end', 'fancy', 'plain', 'lookalike', 'digits', 'traits'] as const) {
    grown[field].set(table[field]);
  }
  return grown;
}

let wordTable = allocateWords(64);
/** Indices of the short words being read together (P U L A U W I N), reused like the table. */
let runWords = new Int32Array(64);

function codesAt(codes: Int32Array, at: number, part: readonly number[]): boolean {
  for (let i = 0; i < part.length; i++) if (codes[at + i] !== part[i]) return false;
  return true;
}

/**
 * Whether the normalized letters `from…to` may spell a brand ({@link brandShapeOf}) without digits:
 * they end in a gambling suffix or hold a gambling word. A repeated letter is collapsed in the
 * normalized text, which never breaks a suffix or infix: none has a doubled letter. Words with
 * digits, or with letters read from digits or symbols, must be tested in full instead.
 */
export function lettersMaySpellBrand(codes: Int32Array, from: number, to: number): boolean {
  for (const suffix of brandSuffixCodes) if (to - from >= suffix.length && codesAt(codes, to - suffix.length, suffix)) return true;
  for (const infix of brandInfixCodes) {
    for (let at = from; at + infix.length <= to; at++) if (codesAt(codes, at, infix)) return true;
  }
  return false;
}

function readWords(text: string, normalized: NormalizedText): WordTable {
  const { length, starts, ends, flags, gapBefore, fromDigit } = normalized;
  let words = wordTable;
  let count = 0;
  for (let from = 0; from < length; ) {
    let to = from + 1;
    while (to < length && gapBefore[to] === 0) to++;
    let fancy = 0;
    let plain = 0;
    let lookalike = 0;
    let digits = 0;
    let traits: number = WordTrait.capitals;
    let letters = 0;
    for (let k = from; k < to; k++) {
      const flag = flags[k]!;
      if (fromDigit[k] === 1) {
        digits++;
        continue;
      }
      letters++;
      if (flag & Step.leetspeak) traits |= WordTrait.leet;
      if (flag & Step.compatibility) fancy++;
      else if (flag & Step.lookalike) lookalike++;
      else plain++;
      if (!(flag & Step.caseFold)) traits &= ~WordTrait.capitals;
      else if (k > from && k + 1 < to && isCapitalIForL(text.charCodeAt(starts[k]!), flags[k - 1]!, flags[k + 1]!)) {
        if (fromDigit[k - 1] === 0 && fromDigit[k + 1] === 0) traits |= WordTrait.capitalIForL;
        else traits &= ~WordTrait.capitalIForL;
      }
    }
    if (letters === 0) traits &= ~WordTrait.capitals;
    // Grown as words come, not sized for the text: a long text has far fewer words than characters.
    if (count === words.from.length) wordTable = words = grownWords(words);
    words.from[count] = from;
    words.to[count] = to;
    words.start[count] = starts[from]!;
    words.end[count] = ends[to - 1]!;
    words.fancy[count] = fancy;
    words.plain[count] = plain;
    words.lookalike[count] = lookalike;
    words.digits[count] = digits;
    words.traits[count] = traits;
    count++;
    from = to;
  }
  words.count = count;
  return words;
}

/**
 * Structural clues of gambling promotion beyond word lists, read from the words of the normalized
 * text and their original spans. `cues` are the spans of gambling cues the term scan found. (No
 * bound of its own skips texts here: the screener's first pass has cleared those that cannot reach
 * the threshold, by the rules' `firstPass`.)
 */
export function gamblingSignals(
  text: string,
  normalized: NormalizedText,
  cues: readonly { start: number; end: number }[] = [],
  /**
   * Whether the term scan found a key of a rule with `firstPassKeys` (two number words in a row);
   * without one such a rule's pattern cannot match and is not tried. Default: tried.
   */
  signalKeysSeen = true,
): { score: number; signals: GamblingSignal[] } {
  const signals: GamblingSignal[] = [];
  const words = readWords(text, normalized);
  fancyLettersSignal(words, signals);
  // Letters written apart (P U L A U W I N, GA RU DA HO KI, A E RO88, [P][U][L][A][U][7][7][7]): a
  // run of one-character words, or of two-character words in capitals or fancy letters, read
  // together as one word for the brand test.
  if (runWords.length < words.count) runWords = new Int32Array(words.count * 2);
  const run = { words: runWords, length: 0, spacedSeen: false };
  for (let w = 0; w < words.count; w++) {
    letterStyleSignals(words, w, signals);
    brandSignals(text, normalized, words, w, signals);
    const size = words.to[w]! - words.from[w]!;
    const capitals = (words.traits[w]! & WordTrait.capitals) !== 0;
    const inRun = size === 1 || (size === 2 && words.digits[w] === 0 && (words.fancy[w]! > 0 || capitals));
    if (inRun) run.words[run.length++] = w;
    else if (run.length > 0) spacedLettersSignals(text, words, run, w, signals);
  }
  spacedLettersSignals(text, words, run, -1, signals);
  for (const rule of patternSignals) {
    if (rule.firstPassKeys && !signalKeysSeen) continue;
    const found = mayMatchPattern(rule, text) ? patternMatch(rule, text) : null; // most texts have no link at all
    if (found) signals.push({ kind: rule.kind, start: found.index, end: found.index + found[0].length, weight: rule.weight });
  }
  maskedLetterSignals(text, signals);
  const countedCues = Math.min(cues.length, gamblingMaxCues);
  for (let c = 0; c < countedCues; c++) {
    signals.push({ kind: 'gambling-cue', start: cues[c]!.start, end: cues[c]!.end, weight: gamblingWeights.gamblingCue });
  }
  let score = 0;
  for (const signal of signals) score += signal.weight;
  return { score, signals };
}

const globalPatterns = new Map<RegExp, RegExp>();

/** The first match of a pattern signal that its `confirm` accepts (every match when it has none). */
function patternMatch(rule: GamblingSignalRule & { pattern: RegExp }, text: string): RegExpExecArray | null {
  if (!rule.confirm) return rule.pattern.exec(text);
  let global = globalPatterns.get(rule.pattern);
  if (!global) {
    global = new RegExp(rule.pattern.source, `${rule.pattern.flags}g`);
    globalPatterns.set(rule.pattern, global);
  }
  global.lastIndex = 0;
  for (let found = global.exec(text); found; found = global.exec(text)) {
    if (rule.confirm(found, text)) return found;
    // The next match may start inside this one; past its first code point (a /u pattern moves an
    // index inside a surrogate pair back to the pair's start: +1 there would loop for ever).
    global.lastIndex = found.index + charLength(codePointAt(text, found.index));
  }
  return null;
}

const maskedWordCodes = brandRules.maskedWords.map((word) => Array.from(word));
const MASK = '\u0000';
const BREAK = '\u0001';

/** What a character is to the masked-letters reading: skipped (variation selector, invisible, mark), a letter, a possible mask, or a break. */
function maskUnitKind(code: number): 'skip' | 'letter' | 'mask' | 'break' {
  const kind = kindOf(classify(code));
  if (code === 0xfe0f || kind === CharKind.Invisible || kind === CharKind.Mark) return 'skip';
  if (kind === CharKind.Letter) return 'letter';
  return (kind === CharKind.Separator || kind === CharKind.Symbol) && isMaskCode(code) ? 'mask' : 'break';
}

/** The kind of the first unit at or after UTF-16 index `at` (going forward) or before it (going back), skipping what the reading skips. */
function neighbourUnit(text: string, at: number, step: 1 | -1): ReturnType<typeof maskUnitKind> {
  for (let i = at; step > 0 ? i < text.length : i > 0; ) {
    const code = step > 0 ? codePointAt(text, i) : codePointBefore(text, i);
    const size = charLength(code);
    const kind = maskUnitKind(code);
    if (kind !== 'skip') return kind;
    i += step * size;
  }
  return 'break';
}

// Whether a code point is a possible mask (`brandRules.maskSymbol`), cached for the planes where
// emoji and symbols live (0 not known yet, 1 no, 2 yes): spam writes hundreds of them in a text.
const maskCodes = new Uint8Array(0x20000);
function isMaskCode(code: number): boolean {
  if (code >= maskCodes.length) return brandRules.maskSymbol.test(String.fromCodePoint(code));
  if (maskCodes[code] === 0) maskCodes[code] = brandRules.maskSymbol.test(String.fromCodePoint(code)) ? 2 : 1;
  return maskCodes[code] === 2;
}

/**
 * The cheap test before the words are read: a possible mask with a letter unit on each side, as
 * {@link readMaskUnits} reads them. The text is read code point by code point, symbols looked up in
 * a table. Measured on the shared comments, whose spam writes whole words in emoji and enclosed
 * letters: a pattern test for any symbol first (`/[\p{Extended_Pictographic}\p{So}…]/u`) cost
 * 2.7 times as much as this whole loop on the spam (without it the spam screens about 4 % faster),
 * and one match object per emoji 5–8 %.
 */
export function hasMaskBetweenLetters(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const code = codePointAt(text, i);
    const size = charLength(code);
    if (isMaskCode(code) && maskUnitKind(code) === 'mask') {
      if (neighbourUnit(text, i, -1) === 'letter' && neighbourUnit(text, i + size, 1) === 'letter') return true;
    }
    i += size;
  }
  return false;
}

/**
 * The text as the masked-letters reading sees it: one unit per letter (its normalized code point,
 * from the classification table), per possible mask (`MASK`) and per other character (`BREAK`);
 * variation selectors, invisible characters and marks belong to the unit before them.
 */
export function readMaskUnits(text: string): { units: string[]; starts: number[]; ends: number[] } {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = codePointAt(text, i);
    const size = charLength(code);
    const kind = maskUnitKind(code);
    if (kind === 'skip') {
      if (ends.length > 0) ends[ends.length - 1] = i + size;
    } else {
      units.push(kind === 'letter' ? String.fromCodePoint(payloadOf(classify(code))) : kind === 'mask' ? MASK : BREAK);
      starts.push(i);
      ends.push(i + size);
    }
    i += size;
  }
  return { units, starts, ends };
}

/**
 * Brand letters replaced one by one with emoji or symbols (`sl🎰t`, `g*cor`): the text read as
 * units ({@link readMaskUnits}), each symbol standing alone between two letters read as any
 * letter; a word of `brandRules.maskedWords` spelled from a word's start with at least one such
 * symbol and two real letters is a signal.
 */
export function maskedLetterSignals(text: string, signals: GamblingSignal[], gated = true): void {
  if (gated && !hasMaskBetweenLetters(text)) return;
  const { units, starts, ends } = readMaskUnits(text);
  const isLetter = (k: number) => k >= 0 && k < units.length && units[k] !== MASK && units[k] !== BREAK;
  // A symbol counts only alone between two letters.
  for (let k = 0; k < units.length; k++) if (units[k] === MASK && !(isLetter(k - 1) && isLetter(k + 1))) units[k] = BREAK;
  for (let k = 0; k < units.length; k++) {
    if (units[k] !== MASK) continue;
    for (const word of maskedWordCodes) {
      // The word may start up to its length before the symbol, at the start of a written word.
      for (let from = Math.max(0, k - word.length + 1); from <= k; from++) {
        if (from > 0 && (isLetter(from - 1) || units[from - 1] === MASK)) continue;
        let letters = 0;
        let fits = from + word.length <= units.length;
        for (let j = 0; fits && j < word.length; j++) {
          const unit = units[from + j]!;
          if (unit === MASK) continue;
          if (unit !== word[j]) fits = false;
          else letters++;
        }
        if (fits && letters >= 2) {
          const end = ends[from + word.length - 1]!;
          signals.push({ kind: 'masked-letters', start: starts[from]!, end, weight: gamblingWeights.maskedLetters });
          return;
        }
      }
    }
  }
}

/** Fancy letters (𝐉𝐔𝐍𝐈𝐎𝐑): a name amid plain text weighs more than a decorative font for the whole text. */
function fancyLettersSignal(words: WordTable, signals: GamblingSignal[]): void {
  const { count, start, end, fancy, plain, lookalike } = words;
  let fancyLetters = 0;
  let plainLetters = 0;
  let firstFancy = -1;
  let lastFancy = -1;
  let fancyWords = 0;
  for (let w = 0; w < count; w++) {
    fancyLetters += fancy[w]!;
    plainLetters += plain[w]! + lookalike[w]!;
    if (fancy[w]! > 0) {
      if (firstFancy < 0) firstFancy = w;
      lastFancy = w;
      fancyWords++;
    }
  }
  if (fancyLetters < 2) return;
  const name = fancyWords <= 2 || start[lastFancy]! - start[firstFancy]! <= 20; // one name, maybe spaced apart
  signals.push({
    kind: 'fancy-letters',
    start: start[firstFancy]!,
    end: end[lastFancy]!,
    weight: name && plainLetters >= fancyLetters ? gamblingWeights.fancyName : gamblingWeights.fancyText,
  });
}

/** Letter styles or scripts mixed inside word `w` (ga𝘤hor, ѕlоt), or a capital I standing for l (PuIauwin). */
function letterStyleSignals(words: WordTable, w: number, signals: GamblingSignal[]): void {
  const { from, to, start, end, fancy, plain, lookalike, traits } = words;
  if (fancy[w]! >= 1 && plain[w]! >= 1 && to[w]! - from[w]! >= 3)
    signals.push({ kind: 'mixed-styles', start: start[w]!, end: end[w]!, weight: gamblingWeights.mixedStyles });
  if (lookalike[w]! >= 1 && plain[w]! >= 1)
    signals.push({ kind: 'mixed-script', start: start[w]!, end: end[w]!, weight: gamblingWeights.mixedScript });
  else if (traits[w]! & WordTrait.capitalIForL)
    signals.push({ kind: 'mixed-script', start: start[w]!, end: end[w]!, weight: gamblingWeights.capitalIForL });
}

/** Word `w` as a brand (with the number joined to it: WETON-88), and framed by emoji (🚩WETON88🚩). */
function brandSignals(text: string, normalized: NormalizedText, words: WordTable, w: number, signals: GamblingSignal[]): void {
  const { count, from, to, start, end: wordEnd, fancy, digits, traits } = words;
  const capitals = (traits[w]! & WordTrait.capitals) !== 0;
  // A name and its number may be joined by a dash or apostrophe (WETON-88, 𝐖𝐄𝐓𝐎𝐍`𝟴𝟴)…
  const next = w + 1 < count ? w + 1 : -1;
  // …or a space, when both are in fancy letters and digits (𝗦𝗚𝗜𝟴 𝟴): nobody types 𝟴 by accident.
  let joined = -1;
  if (next >= 0 && digits[next] === to[next]! - from[next]! && (digits[w]! > 0 || fancy[w]! > 0 || capitals)) {
    const between = text.slice(wordEnd[w]!, start[next]!);
    const fancyPair = fancy[w]! > 0 && between === ' ' && !asciiDigits.test(text.slice(start[next]!, wordEnd[next]!));
    if (isNameNumberJoiner(between) || fancyPair) joined = next;
  }
  const end = joined >= 0 ? wordEnd[joined]! : wordEnd[w]!;
  // @budi99 names an account, not a site.
  const mention = start[w]! > 0 && text.charCodeAt(start[w]! - 1) === 0x40;
  // Without digits, a suffix alone (…win, …bet) needs capitals or fancy letters: "darwin" is a name.
  const spelled =
    !mention &&
    (joined >= 0 ||
      ((digits[w]! > 0 || fancy[w]! > 0 || capitals) &&
        (digits[w]! > 0 || traits[w]! & WordTrait.leet || lettersMaySpellBrand(normalized.codes, from[w]!, to[w]!))))
      ? lettersAndDigits(text.slice(start[w]!, end))
      : '';
  const shape = spelled === '' ? 'none' : brandShapeOf(spelled);
  const isBrand = shape !== 'none';
  if (isBrand) {
    // Capitals are ordinary on names with numbers (COVID19, HUT79, PON2024); on a name with a
    // gambling suffix (GUNUNGWIN) or a repeated number (DORA77, AXL777, MPO111) they are a brand's.
    const digitsAtEnd = /\d+$/u.exec(spelled)?.[0] ?? '';
    const emphasised = fancy[w]! > 0 || shape === 'jargon' || (capitals && (digitsAtEnd === '' || /(\d)\1$/u.test(digitsAtEnd)));
    signals.push({
      kind: 'brand-shape',
      start: start[w]!,
      end,
      weight: gamblingWeights.brandShape + (emphasised ? gamblingWeights.emphasisedBrand : 0),
    });
  }
  if ((isBrand || fancy[w]! >= 2) && framedByEmoji(text, start[w]!, end))
    signals.push({ kind: 'emoji-framed', start: start[w]!, end, weight: gamblingWeights.emojiFramed });
}

/** A run of short words being read (their indices in `words`), and whether letters spaced apart were counted. */
interface ShortWordRun {
  words: Int32Array;
  length: number;
  /** Counted once: people also space letters out for emphasis (T I D A K). */
  spacedSeen: boolean;
}

/** Reads the run of short words as one word, and empties it; `next` is the word after it (-1 at the text's end). */
function spacedLettersSignals(text: string, words: WordTable, run: ShortWordRun, next: number, signals: GamblingSignal[]): void {
  const { from, to, start, end, digits } = words;
  const length = run.length;
  run.length = 0;
  let first = 0;
  while (first < length && digits[run.words[first]!]! > 0) first++; // a brand starts with a letter
  if (length - first < 2) return;
  // Flags (🇮🇩🇵🇸) are pairs of regional-indicator letters: they spell a brand, never emphasis.
  let singles = 0;
  let spelled = '';
  for (let r = first; r < length; r++) {
    const w = run.words[r]!;
    if (to[w]! - from[w]! === 1 && digits[w] === 0 && !isRegionalIndicator(codePointAt(text, start[w]!))) singles++;
    spelled += lettersAndDigits(text.slice(start[w]!, end[w]!));
  }
  const joinedNext = next >= 0 && digits[next]! > 0 && to[next]! - from[next]! <= 4 ? next : -1; // A E R O88
  if (joinedNext >= 0) spelled += lettersAndDigits(text.slice(start[joinedNext]!, end[joinedNext]!));
  const runStart = start[run.words[first]!]!;
  const runEnd = end[joinedNext >= 0 ? joinedNext : run.words[length - 1]!]!;
  const brand = brandShapeOf(spelled) !== 'none';
  if ((singles >= 4 || (brand && length - first >= 3)) && !run.spacedSeen) {
    run.spacedSeen = true;
    signals.push({ kind: 'spaced-letters', start: runStart, end: runEnd, weight: gamblingWeights.spacedLetters });
  }
  if (brand) {
    signals.push({
      kind: 'brand-shape',
      start: runStart,
      end: runEnd,
      weight: gamblingWeights.brandShape + gamblingWeights.emphasisedBrand,
    });
  }
}
