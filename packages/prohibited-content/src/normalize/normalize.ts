import { CharKind, classify, expansions, flagsOf, kindOf, leetLetter, type PackedClass, payloadOf, Step } from './classify';

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

function allocate(capacity: number): NormalizedText {
  return {
    length: 0,
    codes: new Int32Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    gapBefore: new Uint8Array(capacity),
    fromDigit: new Uint8Array(capacity),
  };
}

/** The class of the next code point at or after `index` that is not removed outright. */
function nextVisibleClass(text: string, index: number): PackedClass {
  for (let i = index; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const packed = classify(code);
    const kind = kindOf(packed);
    if (kind !== CharKind.Invisible && kind !== CharKind.Mark) {
      return kind === CharKind.Expansion ? expansions[payloadOf(packed)]![0]! : packed;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return 0;
}

/**
 * Normalizes `text` for matching: NFKD compatibility forms, case folding, invisible characters and
 * combining marks removed, look-alike letters mapped to Latin, leetspeak read inside words,
 * repeated letters collapsed (`slooot` → `slot`), and separators recorded as gaps so that letters
 * split by spaces, dots or dashes can still be matched (`s.l.o.t`). Never throws.
 */
export function normalize(text: string): NormalizedText {
  // Expansions can produce several characters per code unit (`㎏` → `kg`): grow when needed.
  let out = allocate(text.length + 8);
  let length = 0;
  let pendingGap = 0;

  const emit = (code: number, flags: number, start: number, end: number, fromDigit: number) => {
    if (length === out.codes.length) {
      const bigger = allocate(out.codes.length * 2);
      bigger.codes.set(out.codes);
      bigger.starts.set(out.starts);
      bigger.ends.set(out.ends);
      bigger.flags.set(out.flags);
      bigger.gapBefore.set(out.gapBefore);
      bigger.fromDigit.set(out.fromDigit);
      out = bigger;
    }
    out.codes[length] = code;
    out.starts[length] = start;
    out.ends[length] = end;
    out.flags[length] = flags;
    out.gapBefore[length] = pendingGap;
    out.fromDigit[length] = fromDigit;
    length++;
    pendingGap = 0;
  };

  const place = (packed: PackedClass, start: number, end: number) => {
    const kind = kindOf(packed);
    if (kind === CharKind.Letter) emit(payloadOf(packed), flagsOf(packed), start, end, 0);
    else if (kind === CharKind.Digit) emit(payloadOf(packed), flagsOf(packed), start, end, 1);
    else if (kind === CharKind.Symbol) {
      // A symbol reads as a letter only between two letters: `j@di`, not `@kpknl` or `halo!`.
      const previousIsLetter = length > 0 && pendingGap === 0 && out.fromDigit[length - 1] === 0;
      const next = nextVisibleClass(text, end);
      if (previousIsLetter && kindOf(next) === CharKind.Letter) emit(payloadOf(packed), flagsOf(packed) | Step.leetspeak, start, end, 0);
      else pendingGap = 1;
    } else pendingGap = 1;
  };

  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const packed = classify(code);
    const kind = kindOf(packed);
    if (kind === CharKind.Invisible || kind === CharKind.Mark) {
      // Belongs to the character before it, so a highlighted match keeps its accents and joiners.
      if (length > 0 && pendingGap === 0) {
        out.ends[length - 1] = i + size;
        out.flags[length - 1]! |= flagsOf(packed);
      }
    } else if (code >= 0x1f1e6 && code <= 0x1f1ff) {
      // Regional indicators spell flags (🇮🇩) when glued to a word, and brands (🇵🇷🇴🇧🇪🇹) when in a
      // row: each is read as a one-letter word, so a flag never changes the word before it.
      pendingGap = 1;
      place(packed, i, i + size);
      pendingGap = 1;
    } else if (kind === CharKind.Expansion) {
      for (const part of expansions[payloadOf(packed)]!) place(part, i, i + size);
    } else {
      place(packed, i, i + size);
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
