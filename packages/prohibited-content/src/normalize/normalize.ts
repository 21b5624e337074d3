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
  type StepName,
  stepsOf,
} from './classify';

/**
 * Text reduced to the form terms are matched in, with a map back to the original: for every
 * normalized character, the UTF-16 span of the original text it came from. Hand-written because
 * no library normalizes for matching while keeping offsets into the original string, and the
 * offsets are what let a finding point at (and highlight) exactly what the user wrote.
 */
export interface NormalizedText {
  /** Number of normalized characters. */
  length: number;
  /** Normalized code points (lower-case letters, look-alikes and leetspeak resolved). */
  codes: Int32Array;
  /** `original.slice(starts[k], ends[k])` is what normalized character `k` came from. */
  starts: Int32Array;
  ends: Int32Array;
  /** Steps that changed character `k` (bit flags of `Step`). */
  flags: Uint8Array;
  /** 1 when a separator (space, punctuation, emoji) stood before character `k`. */
  gapBefore: Uint8Array;
  /** 1 when character `k` was a digit: digits do not glue words together (`slot88` ends `slot`). */
  fromDigit: Uint8Array;
}

/** One allocation for all six arrays: allocating typed arrays dominates the cost on short texts. */
function allocate(capacity: number): NormalizedText {
  const buffer = new ArrayBuffer(capacity * 15);
  return {
    length: 0,
    codes: new Int32Array(buffer, 0, capacity),
    starts: new Int32Array(buffer, capacity * 4, capacity),
    ends: new Int32Array(buffer, capacity * 8, capacity),
    flags: new Uint8Array(buffer, capacity * 12, capacity),
    gapBefore: new Uint8Array(buffer, capacity * 13, capacity),
    fromDigit: new Uint8Array(buffer, capacity * 14, capacity),
  };
}

/** The class of the next code point at or after `index` that is not removed outright. */
export function nextVisibleClass(text: string, index: number): PackedClass {
  for (let i = index; i < text.length; ) {
    const code = codePointAt(text, i);
    const packed = classify(code);
    const kind = kindOf(packed);
    if (kind !== CharKind.Invisible && kind !== CharKind.Mark) {
      return kind === CharKind.Expansion ? expansions[payloadOf(packed)]![0]! : packed;
    }
    i += charLength(code);
  }
  return 0;
}

/** Where normalization stands, for the rare paths that leave the hot loop. */
interface State {
  out: NormalizedText;
  length: number;
  pendingGap: number;
}

function ensureCapacity(state: State, extra: number): void {
  const { out, length } = state;
  if (length + extra <= out.codes.length) return;
  const bigger = allocate((length + extra) * 2);
  bigger.codes.set(out.codes.subarray(0, length));
  bigger.starts.set(out.starts.subarray(0, length));
  bigger.ends.set(out.ends.subarray(0, length));
  bigger.flags.set(out.flags.subarray(0, length));
  bigger.gapBefore.set(out.gapBefore.subarray(0, length));
  bigger.fromDigit.set(out.fromDigit.subarray(0, length));
  state.out = bigger;
}

/** Places one classified character (letter, digit, symbol or separator) of the original `start…end`. */
function place(state: State, text: string, packed: PackedClass, start: number, end: number, nextInExpansion?: PackedClass): void {
  const kind = kindOf(packed);
  let flag = flagsOf(packed);
  if (kind === CharKind.Symbol) {
    // A symbol reads as a letter only between two letters: `j@di`, not `@kpknl` or `halo!`.
    const previousIsLetter = state.length > 0 && state.pendingGap === 0 && state.out.fromDigit[state.length - 1] === 0;
    // Inside an expansion (⁉ → !?) the next character is the expansion's next part.
    if (!previousIsLetter || kindOf(nextInExpansion ?? nextVisibleClass(text, end)) !== CharKind.Letter) {
      state.pendingGap = 1;
      return;
    }
    flag |= Step.leetspeak;
  } else if (kind !== CharKind.Letter && kind !== CharKind.Digit) {
    state.pendingGap = 1;
    return;
  }
  const { out, length } = state;
  out.codes[length] = payloadOf(packed);
  out.starts[length] = start;
  out.ends[length] = end;
  out.flags[length] = flag;
  out.gapBefore[length] = state.pendingGap;
  out.fromDigit[length] = kind === CharKind.Digit ? 1 : 0;
  state.length = length + 1;
  state.pendingGap = 0;
}

/** The rare characters: symbols, regional indicators, expansions. */
function placeRare(state: State, text: string, code: number, packed: PackedClass, start: number, end: number): void {
  const kind = kindOf(packed);
  if (code >= 0x1f1e6 && code <= 0x1f1ff) {
    // Regional indicators spell flags (🇮🇩) when glued to a word, and brands (🇵🇷🇴🇧🇪🇹) when in a
    // row: each is read as a one-letter word, so a flag never changes the word before it.
    state.pendingGap = 1;
    place(state, text, packed, start, end);
    state.pendingGap = 1;
  } else if (kind === CharKind.Expansion) {
    const parts = expansions[payloadOf(packed)]!;
    ensureCapacity(state, parts.length + (text.length - end) + 8);
    for (let index = 0; index < parts.length; index++) place(state, text, parts[index]!, start, end, parts[index + 1]);
  } else {
    place(state, text, packed, start, end);
  }
}

/**
 * Normalizes `text` for matching: NFKD compatibility forms, case folding, invisible characters and
 * combining marks removed, look-alike letters mapped to Latin, leetspeak read inside words,
 * repeated letters collapsed (`slooot` → `slot`), and separators recorded as gaps so that letters
 * split by spaces, dots or dashes can still be matched (`s.l.o.t`). Never throws.
 */
export function normalize(text: string, reuse?: NormalizedText): NormalizedText {
  // `reuse` lets a screener normalize text after text into the same memory (the previous result
  // is overwritten). Every code unit gives at most one character, except expansions (`㎏` → `kg`),
  // which grow the arrays. Letters, digits, separators and marks stay in this loop, written out by
  // hand with plain locals: it is the hot path. Everything else goes through `placeRare`.
  // The one place where code points and classes are decoded by hand rather than with `codePointAt`
  // and `kindOf`/`flagsOf`/`payloadOf`: with the helpers this loop ran 8–9 % slower on the shared
  // comment set (measured side by side; V8 spends its inlining budget here on the classification's
  // cold path, and the helpers then cost what they save).
  let out = reuse && reuse.codes.length >= text.length + 8 ? reuse : allocate(Math.max(text.length + 8, 256));
  let codes = out.codes;
  let starts = out.starts;
  let ends = out.ends;
  let flags = out.flags;
  let gapBefore = out.gapBefore;
  let fromDigit = out.fromDigit;
  let length = 0;
  let pendingGap = 0;
  const state: State = { out, length: 0, pendingGap: 0 };
  const textLength = text.length;
  for (let i = 0; i < textLength; ) {
    let code = text.charCodeAt(i);
    let size = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < textLength) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    const packed = classify(code);
    const kind = packed & 7;
    // Regional indicators are letters too, but each is read as a word of its own (`placeRare`).
    if ((kind === CharKind.Letter || kind === CharKind.Digit) && (size === 1 || code < 0x1f1e6 || code > 0x1f1ff)) {
      codes[length] = packed >>> 11;
      starts[length] = i;
      ends[length] = i + size;
      flags[length] = (packed >>> 3) & 0xff;
      gapBefore[length] = pendingGap;
      fromDigit[length] = kind === CharKind.Digit ? 1 : 0;
      length++;
      pendingGap = 0;
    } else if (kind === CharKind.Separator) {
      pendingGap = 1;
    } else if (kind === CharKind.Invisible || kind === CharKind.Mark) {
      // Belongs to the character before it, so a highlighted match keeps its accents and joiners.
      if (length > 0 && pendingGap === 0) {
        ends[length - 1] = i + size;
        flags[length - 1]! |= (packed >>> 3) & 0xff;
      }
    } else {
      state.out = out;
      state.length = length;
      state.pendingGap = pendingGap;
      placeRare(state, text, code, packed, i, i + size);
      length = state.length;
      pendingGap = state.pendingGap;
      if (state.out !== out) {
        out = state.out;
        ({ codes, starts, ends, flags, gapBefore, fromDigit } = out);
      }
    }
    i += size;
  }
  out.length = length;
  resolveWords(out);
  return out;
}

/**
 * Second pass, word by word (a word is a run of characters with no gap): digits in a word that has
 * letters become letters (`g4c0r` → `gacor`); digits in a number stay digits (`2024`, a NIK). Then
 * runs of the same letter collapse into one character whose span covers the run.
 */
function resolveWords(text: NormalizedText): void {
  const { codes, starts, ends, flags, gapBefore, fromDigit } = text;
  let write = 0;
  let wordStart = 0;
  let previousWasLetter: boolean = false; // the previous word was a single letter (s.l.o.o.t)
  while (wordStart < text.length) {
    let wordEnd = wordStart + 1;
    let hasLetter = fromDigit[wordStart] === 0;
    while (wordEnd < text.length && gapBefore[wordEnd] === 0) {
      if (fromDigit[wordEnd] === 0) hasLetter = true;
      wordEnd++;
    }
    // A lone digit among letters written apart is leetspeak too: "s.1.o.t", "a.1".
    if (!hasLetter && wordEnd - wordStart === 1) {
      const afterLetter: boolean = previousWasLetter && starts[wordStart]! - ends[write - 1]! === 1;
      const next = wordEnd;
      const beforeLetter =
        next < text.length &&
        fromDigit[next] === 0 &&
        (next + 1 >= text.length || gapBefore[next + 1] === 1) &&
        starts[next]! - ends[wordStart]! === 1;
      hasLetter = afterLetter || beforeLetter;
    }
    // Letters written apart repeat like letters written together: "b o o k" reads like "book". Only
    // across one separator: a wider gap ("s.i.t.u.s. .s.l.o.t") is a word break the writer meant.
    const single: boolean = wordEnd - wordStart === 1 && hasLetter;
    if (single && previousWasLetter && codes[write - 1] === codes[wordStart] && starts[wordStart]! - ends[write - 1]! === 1) {
      ends[write - 1] = ends[wordStart]!;
      flags[write - 1]! |= flags[wordStart]! | Step.repeatedLetters;
      wordStart = wordEnd;
      continue;
    }
    previousWasLetter = single;
    const firstWrite = write;
    for (let read = wordStart; read < wordEnd; read++) {
      let code = codes[read]!;
      let flag = flags[read]!;
      if (hasLetter && fromDigit[read] === 1) {
        const letter = leetLetter(code);
        if (letter !== code) {
          code = letter;
          flag |= Step.leetspeak;
        }
      }
      const isLetter = !(fromDigit[read] === 1 && !hasLetter);
      if (write > firstWrite && isLetter && codes[write - 1] === code) {
        ends[write - 1] = ends[read]!;
        flags[write - 1]! |= flag | Step.repeatedLetters;
        continue;
      }
      if (write === read) {
        // Nothing collapsed yet: the character is already in place (the common case).
        codes[write] = code;
        flags[write] = flag;
        write++;
        continue;
      }
      codes[write] = code;
      starts[write] = starts[read]!;
      ends[write] = ends[read]!;
      flags[write] = flag;
      gapBefore[write] = read === wordStart ? gapBefore[read]! : 0;
      fromDigit[write] = fromDigit[read]!;
      write++;
    }
    wordStart = wordEnd;
  }
  text.length = write;
}

/** How the normalizer read a part of the text: its normalized characters and the steps that changed them. */
export interface Reading {
  normalized: string;
  transformations: StepName[];
}

/**
 * How the normalizer read the part `span` of the original (UTF-16 offsets): its normalized
 * characters and the steps that changed them — for a gambling signal, `𝐊𝐔𝐒𝐔𝐌𝐀𝐓𝟎𝐓𝟎` read as
 * `kusumatoto` through compatibility, case folding and leetspeak; letters apart read together.
 */
export function readingOf(text: NormalizedText, span: { start: number; end: number }): Reading {
  let from = 0;
  while (from < text.length && text.starts[from]! < span.start) from++;
  let to = from;
  let flags = 0;
  while (to < text.length && text.ends[to]! <= span.end) {
    flags |= text.flags[to]!;
    if (to > from && text.gapBefore[to]) flags |= Step.splitLetters;
    to++;
  }
  return { normalized: normalizedString(text, from, to), transformations: stepsOf(flags) };
}

/** The normalized characters `from`…`to` (exclusive) as a string. */
export function normalizedString(text: NormalizedText, from = 0, to = text.length): string {
  let result = '';
  for (let k = from; k < to; k++) result += String.fromCodePoint(text.codes[k]!);
  return result;
}

/** Normalizes a short string (a term) to its matching form. */
export function normalizeToString(text: string): string {
  return normalizedString(normalize(text));
}
