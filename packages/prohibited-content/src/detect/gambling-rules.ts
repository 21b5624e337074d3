import type { LocalizedText } from '@pedoman-medsos/core';
import { Step } from '../normalize/classify';

/**
 * The rules of the gambling detector, written once. `gamblingSignals` (the full screening) and the
 * first pass (`match/prefilter.ts`) both read them from here: the weights, the thresholds, the brand
 * shapes, what a capital I stands for, and the text patterns. A text whose signals add up to
 * `threshold` or more is reported as gambling even with no gambling term in it.
 *
 * Most signals stay below the threshold on purpose — a bold word or an emoji each occur in ordinary
 * comments; spam shows two or more together. Three traits reach it alone: a word mixing plain and
 * fancy letters (ga𝘤hor) or Latin and Cyrillic, which people do not write by accident, and a brand
 * shape (Alexis17, Bowo88): campaigns flood a channel with comments that name the brand and nothing
 * else. A name with a number is also what ordinary names look like (Densus 88, COVID-19: the list's
 * allow phrases), so a text that only reaches the threshold is held for an admin; from
 * `confidentScore` on it gets the category's action.
 *
 * **Adding a signal.** A signal found by a pattern of the text (a link, a spelled-out address) is
 * one entry of `signals` with its `pattern`: the full screening reports it and the first pass adds
 * its weight to the bound, both from that entry. A signal read from the shape of words needs its
 * reading in `gamblingSignals` too, and must name in `firstPass.sentOnBy` the step of the first pass
 * that sends every text that may hold it to the full screening (or a new step there): the property
 * tests of both files check the claim.
 */

/** How the first pass (`firstPassOutcome`) accounts for a signal. */
export type FirstPassBound =
  /** Its weight is added to the bound once per word it may occur in (counted as the words are read). */
  | { readonly counted: 'per-word' }
  /** Its weight is added once per cue found at a word boundary, up to `maxCues`. */
  | { readonly counted: 'per-cue' }
  /** Its weight is added when its `pattern` matches the text (tested only when it could decide). */
  | { readonly counted: 'pattern' }
  /** It may be worth anything: the named step of `match/prefilter.ts` sends every text that may hold it on. */
  | { readonly sentOnBy: string };

export interface GamblingSignalRule {
  readonly kind: GamblingSignalKind;
  readonly weight: number;
  readonly firstPass: FirstPassBound;
  /** For a signal found by a pattern of the text: the pattern, and a string every match contains (a cheap test first). */
  readonly pattern?: RegExp;
  readonly mustContain?: string;
  /** …or a cheap pattern every text with a match matches. */
  readonly mayMatch?: RegExp;
  /**
   * What the full screening checks on a match of `pattern` before it counts (the first pass counts
   * every match: an upper bound). Each match of the text is tried in turn.
   */
  readonly confirm?: (match: RegExpExecArray, text: string) => boolean;
  /**
   * Phrases the first pass treats as terms: a text holding one at word boundaries is screened in
   * full (for a pattern whose cheap test would cost too much on every text).
   */
  readonly firstPassKeys?: readonly string[];
}

/** The kinds of signals as findings name them. */
export const gamblingSignalLabels = {
  'fancy-letters': { id: 'huruf hias', en: 'fancy letters' },
  'mixed-styles': { id: 'gaya huruf bercampur dalam satu kata', en: 'letter styles mixed in one word' },
  'mixed-script': { id: 'huruf Latin bercampur Kiril/Yunani', en: 'Latin mixed with Cyrillic/Greek letters' },
  'brand-shape': { id: 'bentuk nama merek judi', en: 'gambling brand shape' },
  'spaced-letters': { id: 'huruf yang dipisah-pisah', en: 'letters spaced apart' },
  'emoji-framed': { id: 'kata diapit emoji', en: 'word framed by emoji' },
  'call-to-action': { id: 'tautan ke aplikasi pesan atau penyingkat tautan', en: 'link to a chat app or a link shortener' },
  'spelled-address': { id: 'alamat situs yang dieja (titik com)', en: 'web address spelled out (dot com)' },
  'gambling-cue': { id: 'isyarat judi', en: 'gambling cue' },
  'number-words': { id: 'nama merek dengan angka yang dieja', en: 'brand name with its number spelled out' },
  'masked-letters': { id: 'huruf merek diganti emoji atau simbol', en: 'brand letters replaced by emoji or symbols' },
  'split-number': { id: 'angka merek dipisah titik atau spasi', en: 'brand number split by dots or spaces' },
} as const satisfies Record<string, LocalizedText>;
export type GamblingSignalKind = keyof typeof gamblingSignalLabels;

/**
 * Number words, Indonesian then English: the digit each one names (`kosong` is how a zero is read
 * out in a number, as in a phone number).
 */
export const numberWords: Readonly<Record<string, number>> = {
  nol: 0,
  kosong: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/**
 * Words after which number words count, measure or name a place in a sequence — not a brand's
 * number (`nomor satu dua`, `jam tujuh delapan`) — and words after number words that make them a
 * count (`dua tiga hari`, `dua puluh`).
 */
export const countingWords = {
  before: [
    ...['nomor', 'nomer', 'angka', 'jam', 'pukul', 'tanggal', 'kelas', 'lantai', 'ruang', 'kamar', 'pintu', 'loket', 'blok', 'gang'],
    ...['jalur', 'tahap', 'bab', 'pasal', 'ayat', 'halaman', 'skor', 'umur', 'usia', 'sampai', 'hingga', 'antara', 'atau', 'dan'],
    ...['kode', 'pin', 'telepon', 'telpon', 'hitungan', 'ke', 'tahun', 'bulan', 'hari', 'minggu', 'season', 'episode', 'part'],
    ...['bagian', 'seri', 'versi', 'level', 'babak', 'ronde', 'gol', 'menang', 'kalah', 'seri', 'anak', 'cucu', 'number', 'the', 'and'],
  ],
  after: [
    ...['puluh', 'belas', 'ratus', 'ribu', 'juta', 'miliar', 'triliun', 'kali', 'persen', 'jam', 'hari', 'menit', 'detik', 'bulan'],
    ...['tahun', 'minggu', 'orang', 'kg', 'km', 'meter', 'buah', 'biji', 'lembar', 'kata', 'baris', 'langkah', 'per', 'atau'],
    ...['hundred', 'thousand', 'million', 'times', 'days', 'years', 'minutes', 'hours', 'people'],
  ],
} as const;

function numberWordAlternatives(): string {
  return `(?:${Object.keys(numberWords).join('|')})`;
}

/** Every two number words in a row, as first-pass keys (`satu dua`, `delapan delapan`, `seven seven`). */
function numberWordPairs(): string[] {
  const words = Object.keys(numberWords);
  return words.flatMap((first) => words.map((second) => `${first} ${second}`));
}

const countedBefore = new Set<string>(countingWords.before);
const countedAfter = new Set<string>(countingWords.after);

/** Whether a name and its number words (`weton`, `delapan delapan`) read as a brand's number. */
function isSpelledBrandNumber(match: RegExpExecArray, text: string): boolean {
  const name = match[1]!.toLowerCase();
  if (name in numberWords || countedBefore.has(name)) return false;
  const words = match[2]!.toLowerCase().split(/[\s.-]+/u);
  if (words.length > brandRules.digits.max) return false; // a phone number read out
  const digits = words.map((word) => numberWords[word]!);
  const number = digits.join('');
  if (brandRules.year.test(number)) return false;
  // Two words: "dua tiga" (two or three), "satu satu" (one by one), "dua dua" (both) are counts.
  if (digits.length === 2 && (digits[1] === digits[0]! + 1 || (digits[0] === digits[1] && digits[0]! <= 2))) return false;
  const after = /^[\s,.-]*(\p{L}+)/u.exec(text.slice(match.index + match[0].length))?.[1]?.toLowerCase();
  return after === undefined || !countedAfter.has(after);
}

/** Words a section, version or step number follows (`Bab 2.1`, `versi 1.7`, `Tahap 2 3`). */
export const sectionWords = new Set([
  ...['bab', 'subbab', 'pasal', 'ayat', 'butir', 'poin', 'angka', 'huruf', 'bagian', 'lampiran', 'tabel', 'gambar', 'grafik', 'diagram'],
  ...['versi', 'ver', 'rev', 'revisi', 'edisi', 'jilid', 'volume', 'vol', 'seri', 'tahap', 'fase', 'langkah', 'level', 'tingkat'],
  ...['kelas', 'lantai', 'ruang', 'nomor', 'nomer', 'jam', 'pukul', 'skor', 'hasil', 'babak', 'ronde', 'season', 'episode', 'part'],
  ...['chapter', 'section', 'version', 'step', 'magnitudo', 'skala', 'sesi', 'gelombang', 'angkatan', 'rp', 'usd', 'idr', 'ipk', 'nilai'],
  ...['android', 'ios', 'windows', 'python', 'node', 'java', 'php', 'mysql', 'umur', 'usia', 'tanggal', 'tgl', 'jalur', 'zona', 'tahun'],
]);

/** Whether a name and its split digits (`ALEXIS`, `1.7`) read as a brand's number. */
function isSplitBrandNumber(match: RegExpExecArray): boolean {
  const name = match[1]!;
  if (sectionWords.has(name.toLowerCase())) return false;
  const digits = match[3]!.replace(/[^\d]/gu, '');
  if (brandRules.year.test(digits)) return false;
  const glued = match[2] === '';
  const capitals = name === name.toUpperCase() && name !== name.toLowerCase();
  const spacedDot = / \.|\. /u.test(match[3]!);
  return glued || capitals || spacedDot || digits.length >= 3;
}

/** The signals: what each weighs, and how the first pass bounds it. */
export const gamblingSignalRules = {
  /** One or two words in fancy letters (mathematical, full-width, enclosed) amid plain text. */
  fancyName: { kind: 'fancy-letters', weight: 2, firstPass: { sentOnBy: 'readLetterOrDigit: fancy letter' } },
  /** Fancy letters used for the whole text (a decorative font): weaker. */
  fancyText: { kind: 'fancy-letters', weight: 1, firstPass: { sentOnBy: 'readLetterOrDigit: fancy letter' } },
  /** Plain and fancy letters mixed inside one word (ga𝘤hor, D𝐄𝑊𝐀𝐷O𝙍𝐴). */
  mixedStyles: { kind: 'mixed-styles', weight: 3, firstPass: { sentOnBy: 'readLetterOrDigit: fancy letter' } },
  /** Latin letters mixed with Cyrillic or Greek look-alikes inside one word (ѕlоt). */
  mixedScript: { kind: 'mixed-script', weight: 3, firstPass: { sentOnBy: 'readLetterOrDigit: look-alike letter' } },
  /** A capital I standing for l inside a lower-case word (PuIauwin): see {@link isCapitalIForL}. */
  capitalIForL: { kind: 'mixed-script', weight: 2, firstPass: { counted: 'per-word' } },
  /** A name glued to 2–5 digits or to a gambling suffix (alexis17, mona4d, manjurbet, kusumatoto); not a year, not an @mention. */
  brandShape: { kind: 'brand-shape', weight: 3, firstPass: { sentOnBy: 'endWord: mayBeBrand' } },
  /** …written in fancy letters (𝐉𝐔𝐍𝐈𝐎𝐑𝟖𝟖), in capitals with a repeated number (DORA77), or ending in lottery or slot jargon (ambil4d, kompastoto). */
  emphasisedBrand: { kind: 'brand-shape', weight: 1, firstPass: { sentOnBy: 'endWord: mayBeBrand' } },
  /** Four or more letters written apart (P U L A U W I N), or three before a brand (A E R O88). */
  spacedLetters: { kind: 'spaced-letters', weight: 2, firstPass: { sentOnBy: 'endWord: shortWordRunMaySignal' } },
  /** A brand-like or fancy word framed by emoji (🚩WETON88🚩): only on words the brand and fancy steps send on. */
  emojiFramed: { kind: 'emoji-framed', weight: 1, firstPass: { sentOnBy: 'endWord: mayBeBrand; readLetterOrDigit: fancy letter' } },
  /** A link shortener, or a WhatsApp or Telegram link. */
  callToAction: {
    kind: 'call-to-action',
    weight: 1,
    firstPass: { counted: 'pattern' },
    pattern: /(?:wa\.me|t\.me|bit\.ly|s\.id|linktr\.ee|cutt\.ly|tinyurl\.com)\//i,
    mustContain: '/',
  },
  /**
   * A web address spelled out to get past link filters: a name, then `dot` or `titik` ("dot" in
   * Indonesian), then a top-level domain — `kusumatoto dot com`, `pulau (titik) net`, `sini [dot] xyz`.
   * Ordinary text says `titik koma` or `titik temu`, not `titik com`; a company may still be
   * called "… dot com", so it weighs like a link. (The name is looked behind, not matched: a
   * pattern that starts at the keyword costs a tenth of one that starts at every letter.)
   */
  spelledAddress: {
    kind: 'spelled-address',
    weight: 1,
    firstPass: { counted: 'pattern' },
    pattern:
      /(?:(?<=[\p{L}\p{N}]\s*)[([]\s*|(?<=[\p{L}\p{N}]\s+))(?:dot|titik)(?:\s+|\s*[)\]]\s*)(?:com|net|org|info|xyz|vip|site|online|club|asia|cc|io)(?![\p{L}\p{N}])/iu,
    // The keyword, searched as a literal: the whole pattern with its look-behinds costs more.
    mayMatch: /dot|titik/i,
  },
  /** A gambling cue of the term list (wd, saldo, main di, judol…), at most `maxCues` counted. */
  gamblingCue: { kind: 'gambling-cue', weight: 1, firstPass: { counted: 'per-cue' } },
  /**
   * A brand's number written in words (`weton delapan delapan`, `toto empat dua`, `Pu Lau Tujuh
   * Tujuh Tujuh`): a name, then two to five number words (Indonesian or English) that are not how
   * people count (`dua tiga hari`, `satu satu`, `dua puluh`), not a year, not a phone number. The
   * first pass sends on every text with two number words in a row (`firstPassKeys`).
   */
  numberWords: {
    kind: 'number-words',
    weight: 3,
    firstPass: { sentOnBy: 'buildPrefilter: numberWordPairs' },
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(\p{L}{3,})[\s-]+(${numberWordAlternatives()}(?:[\s.-]+${numberWordAlternatives()})+)(?![\p{L}\p{N}])`,
      'iu',
    ),
    confirm: (match, text) => isSpelledBrandNumber(match, text),
    firstPassKeys: numberWordPairs(),
  },
  /**
   * A brand's number split by dots or spaces (`ALEXIS 1.7`, `AERO8 8`, `toto 4 . 2`): a name, then
   * single digits with dots or spaces between, glued to the name, after a name in capitals, with
   * spaces around a dot, or three digits and more. Not a section or version (`Bab 2.1`, `versi 1.7`),
   * a decimal, a time or a date (those have more digits). The first pass sends on a lone digit after
   * a word that ends in a digit: as a counted pattern, its weight alone would reach the threshold and
   * every text would be tested with it (measured: a third slower on ordinary comments).
   */
  splitNumber: {
    kind: 'split-number',
    weight: 3,
    firstPass: { sentOnBy: 'shortWordRunMaySignal: lone digit after a digit' },
    pattern: /(?<![\p{L}\p{N}])(\p{L}{3,})( ?)(\d(?: *\. *| +)\d(?:(?: *\. *| +)\d){0,3})(?![\p{L}\p{N}]|[.,:/-]\d)/u,
    mayMatch: /\d(?: *\. *| +)\d/,
    confirm: (match) => isSplitBrandNumber(match),
  },
  /**
   * A brand's letters replaced one by one with emoji or symbols inside one word (`sl🎰t`, `g*cor`,
   * `t🔥t🔥`): each such symbol between two letters, the word read with it as any letter spelling
   * one of `brandRules.maskedWords`. The first pass sends on a text with such a symbol between letters.
   */
  maskedLetters: { kind: 'masked-letters', weight: 4, firstPass: { sentOnBy: 'readOther: mask symbol between letters' } },
} as const satisfies Record<string, GamblingSignalRule>;
export type GamblingSignalRuleName = keyof typeof gamblingSignalRules;

/** The score from which a text is reported (held for review below `confidentScore`). */
export const gamblingThreshold = 3;
/** From this score on, signals alone get the gambling category's action; below it, the text is held for review. */
export const gamblingConfidentScore = 4;
/** At most this many gambling cues count towards the score. */
export const gamblingMaxCues = 2;

/** The weight of each signal, by rule name. */
export const gamblingWeights = Object.fromEntries(Object.entries(gamblingSignalRules).map(([name, rule]) => [name, rule.weight])) as {
  readonly [Name in GamblingSignalRuleName]: (typeof gamblingSignalRules)[Name]['weight'];
};

/** The signals found by a pattern of the text, in the order of {@link gamblingSignalRules}. */
export const patternSignals = Object.values<GamblingSignalRule>(gamblingSignalRules).filter(
  (rule): rule is GamblingSignalRule & { pattern: RegExp } => rule.pattern !== undefined,
);
/** The pattern signals whose weight the first pass counts (the others send a text on by keys). */
export const countedPatternSignals = patternSignals.filter((rule) => 'counted' in rule.firstPass && rule.firstPass.counted === 'pattern');

/** Whether a pattern signal's cheap test lets it match `text`. */
export function mayMatchPattern(rule: GamblingSignalRule, text: string): boolean {
  return (rule.mustContain === undefined || text.includes(rule.mustContain)) && (rule.mayMatch === undefined || rule.mayMatch.test(text));
}

/** The phrases the first pass treats as terms, from every rule's `firstPassKeys`. */
export const firstPassKeys: readonly string[] = Object.values<GamblingSignalRule>(gamblingSignalRules).flatMap(
  (rule) => rule.firstPassKeys ?? [],
);

const patternWeights = countedPatternSignals.reduce((sum, rule) => sum + rule.weight, 0);

/**
 * An upper bound of the score of the signals the first pass counts ({@link FirstPassBound}): a
 * capital I for l in `capitalIForLWords` words, `cueCount` cues, and the pattern signals of `text`.
 * With `enough`, a pattern is only tested where its outcome decides whether the bound reaches
 * `enough` (most texts: none); elsewhere its weight is counted untested. Compared with `enough`,
 * the result then says what the exact bound would.
 */
export function countedSignalsBound(text: string, capitalIForLWords: number, cueCount: number, enough?: number): number {
  let bound =
    capitalIForLWords * gamblingSignalRules.capitalIForL.weight +
    Math.min(cueCount, gamblingMaxCues) * gamblingSignalRules.gamblingCue.weight;
  // Most texts: no pattern can decide, and none is tested.
  if (enough !== undefined && (bound >= enough || bound + patternWeights < enough)) return bound + patternWeights;
  let untested = patternWeights;
  for (const rule of countedPatternSignals) {
    untested -= rule.weight;
    const decides = enough === undefined || (bound < enough && bound + rule.weight + untested >= enough);
    if (!decides || (mayMatchPattern(rule, text) && rule.pattern.test(text))) bound += rule.weight;
  }
  return bound;
}

// What the matcher reads every `l` as (and `1`, `!`, `|`): the normalized text reads `slot` as `siot`.
// A capital I as written is the one letter it cannot tell from a capital L — both read as `i`.
export const capitalI = 0x49;

/**
 * "Capital I read as l", decided here once: a character written as a capital I (`written`) between
 * two characters of the same word whose steps (`before`, `after`: {@link Step} flags) did not fold
 * a capital — PuIauwin, where the I stands for l; in INDONESIA or MIn it is a capital I.
 */
export function isCapitalIForL(written: number, before: number, after: number): boolean {
  return written === capitalI && !(before & Step.caseFold) && !(after & Step.caseFold);
}

/**
 * Brand shapes, tested on a word's letters (look-alikes resolved, `l` read as `i` like everywhere in
 * the matcher) with its digits kept — `dora77`, `pulau777`, `mona4d` — and with leetspeak read —
 * `kusumat0t0` → `kusumatoto`: a name and 2–5 digits (not a year) or `4d`, a name and a gambling
 * suffix, or a gambling word inside a longer name (maxwinbos, jajantogel).
 */
export const brandRules = {
  /** A name ending in one of these is a brand (`manjurbet`, `pulauwin`). */
  suffixes: ['toto', 'bet', 'siot', 'win', 'hoki', 'gacor'],
  /** A name of six letters or more holding one of these is a brand (`maxwinbos`). */
  infixes: ['siot', 'gacor', 'maxwin', 'togei', 'jackpot'],
  /** A brand ending in one of these is emphasised: lottery and slot jargon (`ambil4d`). */
  jargonSuffixes: ['4d', 'toto', 'siot', 'gacor', 'togei', 'bet'],
  /** Letters a name has at least. */
  nameLetters: 3,
  /** How many digits may follow a name. */
  digits: { min: 2, max: 5 },
  /** Numbers that name a year, not a site (Persib1933, pemilu2024). */
  year: /^(?:19|20)\d\d$/,
  /**
   * Words whose letters, replaced one by one with emoji or symbols (`maskSymbol`), still spell a
   * brand (`sl🎰t`, `g*cor`), as the matcher reads letters (`l` as `i`).
   */
  maskedWords: ['siot', 'gacor', 'togei', 'toto', 'maxwin', 'jackpot', 'hoki', 'judi', 'judoi', 'casino', 'kasino'],
  /** Symbols that stand for a letter inside a word: emoji and pictographs, and `* # % ^ ~ + =`. */
  maskSymbol: /^(?:\p{Extended_Pictographic}|\p{So}|[*#%^~+=])$/u,
  /** What may stand between a brand's name and its number: WETON-88, WETON`88, WETON🚩88, PROBE⭐855. */
  joiner: /^(?:[-`'’_.★☆]|\p{Extended_Pictographic}\uFE0F?)$/u,
} as const;
