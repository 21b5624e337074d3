import { charLength, codePointBefore } from '../normalize/classify';
import {
  ballotNumber,
  campaignHashtag,
  partisanCallVerbs,
  partisanOffices,
  partisanTitles,
  partisanVerbNegators,
  partisanWindowWords,
} from './partisan-rules';

/** A partisan reading: where it is, and what it found (the call verb and what it is aimed at). */
export interface PartisanReading {
  start: number;
  end: number;
  kind: 'call-person-office' | 'call-party' | 'call-ballot-number' | 'campaign-hashtag';
}

/** A word as the readings see it (exported for the reference reading of the tests). */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A sentence ends before this word. */
  sentenceBefore: boolean;
}

const verbs = new Set<string>(partisanCallVerbs);
const negators = new Set<string>(partisanVerbNegators);
const titles = new Set<string>(partisanTitles);
const offices = partisanOffices.map((office) => office.split(' '));
const officeWords = new Set(partisanOffices.flatMap((office) => office.split(' ')));
// Words as the screener's normalizer reads them: combining marks and invisible characters (format
// characters) inside a word do not split it (`dukung\u200Bpartai` is one word on screen), and are
// left out of what is compared.
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\p{Cf}]*/gu;
const wordCharacter = /^[\p{L}\p{N}\p{M}\p{Cf}]$/u;
const letterOrDigit = /^[\p{L}\p{N}]$/u;
const marksAndInvisibles = /[\p{M}\p{Cf}]/u;
const visibleWord = (word: string) => word.replace(/[\p{M}\p{Cf}]/gu, '');
// Where a call verb may stand: the verbs that hold no other verb (`dukunglah` holds `dukung`), as
// one pattern — half as many alternatives to try at each position as the whole list. Each match is
// then read as the word around it.
const callVerbCandidates = new RegExp(
  partisanCallVerbs.filter((verb) => !partisanCallVerbs.some((other) => other !== verb && verb.includes(other))).join('|'),
  'gi',
);
const capitalised = /^\p{Lu}\p{Ll}/u;
const abbreviations = new Set(['no', 'nmr', 'pak', 'bu', 'h', 'hj', 'dr', 'ir', 'st']);
/** Words that introduce the office a person is to become: "Budi jadi bupati". */
const roleMarkers = new Set(['jadi', 'menjadi', 'sebagai', 'untuk', 'calon']);

/** The length of the code point just before UTF-16 index `at` when it matches `pattern`, else 0. */
function characterBefore(text: string, at: number, pattern: RegExp): number {
  if (at <= 0) return 0;
  const code = codePointBefore(text, at);
  return pattern.test(String.fromCodePoint(code)) ? charLength(code) : 0;
}

/** The start of the word that holds UTF-16 index `at` (a letter or digit), or that ends just before it. */
function wordStartBefore(text: string, at: number): number {
  let start = at;
  for (let size = characterBefore(text, start, wordCharacter); size > 0; size = characterBefore(text, start, wordCharacter)) start -= size;
  // A word starts with a letter or digit: marks and invisible characters before it are not part of it.
  while (start < at && marksAndInvisibles.test(text[start]!)) start++;
  return start;
}

/** The word before UTF-16 index `from` (where a word starts), if any. */
function previousWord(text: string, from: number): { start: number; end: number } | undefined {
  let end = from;
  while (end > 0 && characterBefore(text, end, letterOrDigit) === 0) end--;
  if (end === 0) return undefined;
  // The word goes on over the marks and invisible characters after its last letter.
  while (end < from && marksAndInvisibles.test(text[end]!)) end++;
  return { start: wordStartBefore(text, end), end };
}

/** Whether a sentence ends in `between` (what stands between two words), after the word `previous`. */
function endsSentence(between: string, previous: Word | undefined): boolean {
  return /[!?;\n]/.test(between) || (/\.\s/.test(between) && !(previous && abbreviations.has(previous.lower)));
}

/**
 * The words from UTF-16 index `from` (a word's start), at most `count`, with the word before
 * `from` first when there is one: what a call verb's reading needs, without reading the whole text.
 */
function wordsFrom(text: string, from: number, count: number): Word[] {
  const words: Word[] = [];
  let previousEnd = from;
  const previous = previousWord(text, from);
  if (previous) {
    const word = visibleWord(text.slice(previous.start, previous.end));
    words.push({ text: word, lower: word.toLowerCase(), ...previous, sentenceBefore: false });
    previousEnd = previous.end;
  }
  wordPattern.lastIndex = from;
  for (let match = wordPattern.exec(text); match && words.length <= count; match = wordPattern.exec(text)) {
    const start = match.index;
    const sentenceBefore = endsSentence(text.slice(previousEnd, start), words.at(-1));
    const word = visibleWord(match[0]);
    words.push({ text: word, lower: word.toLowerCase(), start, end: start + match[0].length, sentenceBefore });
    previousEnd = start + match[0].length;
  }
  return words;
}

/** The office that starts at word `at` (one or two words), as the index after it; -1 when none. */
function officeAt(words: readonly Word[], at: number): number {
  for (const office of offices) {
    if (office.every((part, k) => words[at + k]?.lower === part && (k === 0 || !words[at + k]!.sentenceBefore))) return at + office.length;
  }
  return -1;
}

/** A person's name at word `at`: a capitalised word that is not an office or a title. */
const isName = (word: Word | undefined) =>
  word !== undefined && capitalised.test(word.text) && !officeWords.has(word.lower) && !titles.has(word.lower) && !verbs.has(word.lower);

/**
 * Partisan content read from the structure of a sentence ({@link partisanCallVerbs} and the data
 * beside it): a call verb, then within {@link partisanWindowWords} words of the same sentence a
 * person and an office, a party, or a ballot number; or a campaign number as a hashtag.
 */
export function findPartisanReadings(text: string, callVerbsAt?: readonly number[]): PartisanReading[] {
  const readings: PartisanReading[] = [];
  const hashtag = campaignHashtag.exec(text);
  if (hashtag) readings.push({ start: hashtag.index, end: hashtag.index + hashtag[0].length, kind: 'campaign-hashtag' });
  let readUntil = 0;
  // Where call verbs may stand: given by the screener's term scan (in text order), or searched here.
  const candidates = callVerbsAt ?? Array.from(text.matchAll(callVerbCandidates), (candidate) => candidate.index);
  for (const at of candidates) {
    // Only the words around a call verb are read: most texts hold none, and a long one only a few.
    const start = wordStartBefore(text, at);
    if (start < readUntil) continue; // the same word again (`pilihlah` holds `pilih` once)
    const words = wordsFrom(text, start, partisanWindowWords + 2);
    const v = words[0]!.start === start ? 0 : 1;
    const verb = words[v]!;
    readUntil = verb.end;
    if (!verbs.has(verb.lower)) continue;
    if (v > 0 && !verb.sentenceBefore && negators.has(words[v - 1]!.lower)) continue; // "hak pilih"
    let last = v;
    while (last + 1 < words.length && last + 1 - v <= partisanWindowWords && !words[last + 1]!.sentenceBefore) last++;
    const reading = readWindow(words, verb, v, last);
    if (reading) readings.push(reading);
  }
  return readings;
}

/** What the words `v+1…last` after call verb `v` aim at, if anything partisan. */
export function readWindow(words: readonly Word[], verb: Word, v: number, last: number): PartisanReading | undefined {
  let person = -1;
  let office = -1;
  let officeStart = -1;
  for (let w = v + 1; w <= last; w++) {
    const word = words[w]!;
    // A person: Pak/Bu + Name anywhere in the window, or a Name right after the verb.
    if (person < 0 && titles.has(word.lower) && w + 1 <= last && isName(words[w + 1])) person = w + 1;
    else if (person < 0 && w === v + 1 && isName(word)) person = w;
    const officeEnd = officeAt(words, w);
    if (officeEnd > 0 && officeEnd - 1 <= last && office < 0) {
      // Without a title, the office must be introduced as a role ("Budi jadi bupati").
      office = officeEnd - 1;
      officeStart = w;
    }
    // A party: "partai" then a name or an acronym.
    if (word.lower === 'partai' && w + 1 <= last && /^\p{Lu}/u.test(words[w + 1]!.text)) {
      return { start: verb.start, end: words[w + 1]!.end, kind: 'call-party' };
    }
    // A ballot number: "nomor (urut) 2", "02".
    const number = ballotAt(words, w, last, verb.lower.startsWith('pilih'));
    if (number > 0) return { start: verb.start, end: words[number]!.end, kind: 'call-ballot-number' };
  }
  if (person < 0 || office < 0) return undefined;
  const titled = person > v + 1 && titles.has(words[person - 1]!.lower);
  const asRole = officeStart > person && roleMarkers.has(words[officeStart - 1]!.lower);
  if (!titled && !asRole) return undefined;
  return { start: verb.start, end: words[Math.max(person, office)]!.end, kind: 'call-person-office' };
}

/** The last word of a ballot number starting at word `w`, or -1. After "pilih", `nomor 2` alone is a menu choice: it needs `urut` or a leading 0. */
function ballotAt(words: readonly Word[], w: number, last: number, isPilih: boolean): number {
  const word = words[w]!;
  if (/^0\d$/.test(word.lower)) return w;
  if (!/^(?:nomor|nomer|no|nmr)$/.test(word.lower)) return -1;
  let at = w + 1;
  const urut = words[at]?.lower === 'urut';
  if (urut) at++;
  const number = words[at];
  if (at > last || !number || !/^\d{1,2}$/.test(number.lower) || number.sentenceBefore) return -1;
  if (isPilih && !urut && !number.lower.startsWith('0')) return -1;
  return ballotNumber.test(`${word.lower}${urut ? ' urut' : ''} ${number.lower}`) ? at : -1;
}
