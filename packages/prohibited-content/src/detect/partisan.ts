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

interface Word {
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
const wordPattern = /[\p{L}\p{N}]+/gu;
const mayHoldCallVerb = new RegExp(partisanCallVerbs.join('|'), 'i');
const capitalised = /^\p{Lu}\p{Ll}/u;
const abbreviations = new Set(['no', 'nmr', 'pak', 'bu', 'h', 'hj', 'dr', 'ir', 'st']);
/** Words that introduce the office a person is to become: "Budi jadi bupati". */
const roleMarkers = new Set(['jadi', 'menjadi', 'sebagai', 'untuk', 'calon']);

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const between = text.slice(previousEnd, start);
    const previous = words.at(-1);
    const stop = /[!?;\n]/.test(between) || (/\.\s/.test(between) && !(previous && abbreviations.has(previous.lower)));
    words.push({ text: match[0], lower: match[0].toLowerCase(), start, end: start + match[0].length, sentenceBefore: stop });
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
export function findPartisanReadings(text: string): PartisanReading[] {
  const readings: PartisanReading[] = [];
  const hashtag = campaignHashtag.exec(text);
  if (hashtag) readings.push({ start: hashtag.index, end: hashtag.index + hashtag[0].length, kind: 'campaign-hashtag' });
  // Most texts hold no call verb: the words are not read.
  if (!mayHoldCallVerb.test(text)) return readings;
  const words = wordsOf(text);
  for (let v = 0; v < words.length; v++) {
    const verb = words[v]!;
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
function readWindow(words: readonly Word[], verb: Word, v: number, last: number): PartisanReading | undefined {
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
