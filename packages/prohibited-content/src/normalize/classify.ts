import { leetDigits, leetSymbols, lookalikes, skeleton } from './lookalikes';

/** What one code point of the input becomes in the normalized text. */
export const CharKind = {
  /** Removed without leaving a gap: zero-width and other default-ignorable characters. */
  Invisible: 1,
  /** Removed, belongs to the letter before it: combining marks. */
  Mark: 2,
  /** Removed, leaves a gap between words: spaces, punctuation, emoji. */
  Separator: 3,
  /** A letter; the value is its normalized code point. */
  Letter: 4,
  /** A digit 0–9; the value is its code point. Read as a letter inside words (leetspeak). */
  Digit: 5,
  /** `@ $ ! |`: a letter between two letters, a separator elsewhere; the value is that letter. */
  Symbol: 6,
  /** Expands to several characters (`ﬁ`, `⒮`, `㎏`); the value indexes {@link expansions}. */
  Expansion: 7,
} as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

/** Which steps changed a character, as bit flags (the chain of transformations of a finding). */
export const Step = {
  compatibility: 1,
  caseFold: 2,
  lookalike: 4,
  leetspeak: 8,
  invisible: 16,
  combiningMarks: 32,
  repeatedLetters: 64,
  splitLetters: 128,
} as const;

/** Names of the steps, in the order they are applied, as findings report them. */
export const stepNames = [
  'compatibility',
  'case-fold',
  'look-alike',
  'leetspeak',
  'invisible-removed',
  'combining-marks-removed',
  'repeated-letters',
  'split-letters',
] as const;
export type StepName = (typeof stepNames)[number];

export function stepsOf(flags: number): StepName[] {
  return stepNames.filter((_, index) => flags & (1 << index));
}

/** A classified code point packed in one number: kind (3 bits), step flags (8 bits), value. */
export type PackedClass = number;
export const kindOf = (packed: PackedClass): CharKind => (packed & 7) as CharKind;
export const flagsOf = (packed: PackedClass): number => (packed >>> 3) & 0xff;
export const payloadOf = (packed: PackedClass): number => packed >>> 11;
/**
 * The code point at UTF-16 index `i` of `text` (a lone surrogate as itself); it takes
 * {@link charLength} code units. Written out rather than `text.codePointAt(i)`, which V8's optimized
 * code runs slower (measured in the first pass: a quarter of its time on texts in capitals).
 */
export function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return code;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : code;
}

/** The code point that ends just before UTF-16 index `at` (`at` > 0; a lone surrogate as itself). */
export function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? codePointAt(text, at - 2) : low;
}

/** How many UTF-16 code units code point `code` takes. */
export const charLength = (code: number): 1 | 2 => (code > 0xffff ? 2 : 1);
const pack = (kind: CharKind, flags: number, value: number): PackedClass => kind | (flags << 3) | (value << 11);

/** The parts of multi-character expansions, each already classified. */
export const expansions: PackedClass[][] = [];

const invisible = /^\p{Default_Ignorable_Code_Point}$/u;
const mark = /^\p{M}$/u;
const marks = /\p{M}/gu;
const letter = /^\p{L}$/u;

function classifyChar(char: string, flags: number): PackedClass {
  const code = char.codePointAt(0)!;
  const lookalike = lookalikes.get(code);
  if (lookalike !== undefined) return classifyChar(lookalike, flags | Step.lookalike);
  if (code >= 0x30 && code <= 0x39) return pack(CharKind.Digit, flags, code);
  if (char in leetSymbols) return pack(CharKind.Symbol, flags, leetSymbols[char]!.codePointAt(0)!);
  if (letter.test(char)) {
    const merged = skeleton[char];
    return pack(CharKind.Letter, flags, (merged ?? char).codePointAt(0)!);
  }
  return pack(CharKind.Separator, flags, 0);
}

/**
 * Classifies one code point. Compatibility decomposition (NFKD) turns 𝐒, Ｓ, Ⓢ and ﬁ into plain
 * letters and splits accents off; the marks are then dropped and the rest is case-folded. NFKD is
 * used rather than NFKC because dropping the marks must remove accents (é → e), which composition
 * would keep.
 */
function computeClass(code: number): PackedClass {
  const char = String.fromCodePoint(code);
  if (invisible.test(char)) return pack(CharKind.Invisible, Step.invisible, 0);
  if (mark.test(char)) return pack(CharKind.Mark, Step.combiningMarks, 0);
  const decomposed = char.normalize('NFKD');
  // Accents are canonical decompositions (é = e + ◌́): they count as marks, not as fancy letters.
  let flags = decomposed !== char.normalize('NFD') ? Step.compatibility : 0;
  const stripped = decomposed.replace(marks, '');
  if (stripped.length !== decomposed.length) flags |= Step.combiningMarks;
  const folded = stripped.toLowerCase().replace(marks, '');
  if (folded !== stripped) flags |= Step.caseFold;
  const parts = [...folded];
  if (parts.length === 0) return pack(CharKind.Separator, flags, 0);
  if (parts.length === 1) return classifyChar(parts[0]!, flags);
  expansions.push(parts.map((part) => classifyChar(part, flags)));
  return pack(CharKind.Expansion, flags, expansions.length - 1);
}

// Most text is ASCII and BMP: a flat cache makes classifying a code point one array read. Plane 1
// (U+10000–U+1FFFF) holds the mathematical letters of disguised spam (𝐒𝐋𝐎𝐓) and most emoji: it gets
// a flat cache too, as a map lookup per character cost more than the rest of normalizing it.
const bmpCache = new Int32Array(0x10000);
const planeOneCache = new Int32Array(0x10000);
const astralCache = new Map<number, PackedClass>();

/**
 * The class of a code point, computed once per process and cached. Small, to be inlined in the hot
 * loops: a cached class is one array read, and only a code point seen for the first time (or one
 * beyond plane 1) goes on to {@link classifyUncached}.
 */
export function classify(code: number): PackedClass {
  const cached = code < 0x10000 ? bmpCache[code]! : code < 0x20000 ? planeOneCache[code - 0x10000]! : 0;
  return cached !== 0 ? cached : classifyUncached(code);
}

function classifyUncached(code: number): PackedClass {
  if (code < 0x20000) {
    const computed = computeClass(code);
    if (code < 0x10000) bmpCache[code] = computed;
    else planeOneCache[code - 0x10000] = computed;
    return computed;
  }
  let cached = astralCache.get(code);
  if (cached === undefined) {
    cached = computeClass(code);
    astralCache.set(code, cached);
  }
  return cached;
}

const leetTable = Int32Array.from({ length: 10 }, (_, digit) => {
  const letterValue = leetDigits[String(digit)];
  return letterValue === undefined ? 0x30 + digit : (skeleton[letterValue] ?? letterValue).codePointAt(0)!;
});

/** Leetspeak reading of a digit code point ('4' → 'a'); other code points are returned as they are. */
export function leetLetter(digitCode: number): number {
  return digitCode >= 0x30 && digitCode <= 0x39 ? leetTable[digitCode - 0x30]! : digitCode;
}
