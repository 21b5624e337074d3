import type { LocalizedText } from '@pedoman-medsos/core';

/** A piece of personal data found in a text, with a redacted form to suggest instead. */
export interface PersonalDataHit {
  kind: 'nik' | 'npwp' | 'phone' | 'email' | 'address';
  start: number;
  end: number;
  redacted: string;
  label: LocalizedText;
}

export const personalDataLabels: Record<PersonalDataHit['kind'], LocalizedText> = {
  nik: { id: 'NIK (nomor induk kependudukan)', en: 'NIK (national identity number)' },
  npwp: { id: 'NPWP (nomor pokok wajib pajak)', en: 'NPWP (taxpayer number)' },
  phone: { id: 'nomor telepon', en: 'phone number' },
  email: { id: 'alamat e-mail', en: 'e-mail address' },
  address: { id: 'alamat rumah (dengan RT/RW)', en: 'home address (with RT/RW)' },
};

/** Keeps the last `visible` digits and masks the other digits, leaving separators as written. */
function maskDigits(text: string, visible: number): string {
  const total = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (digit) => (++seen > total - visible ? digit : '•'));
}

/**
 * Whether 16 digits have the structure of a NIK: a province code (11–94), regency and district
 * codes, a birth date whose day is 1–31, or 41–71 for women (day + 40), a month 1–12, and a
 * serial number other than 0000.
 */
export function isPlausibleNik(digits: string): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  const province = Number(digits.slice(0, 2));
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const serial = digits.slice(12);
  const dayOfMonth = day > 40 ? day - 40 : day;
  return province >= 11 && province <= 94 && dayOfMonth >= 1 && dayOfMonth <= 31 && month >= 1 && month <= 12 && serial !== '0000';
}

// Digit runs not glued to other digits or letters. Separators inside numbers: space, dot, dash.
const digitGroup = /(?<![\p{L}\p{N}])\+?\d[\d .-]{7,22}\d(?![\p{N}])/gu;
const npwpFormatted = /^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/;

function classifyNumber(raw: string): PersonalDataHit['kind'] | undefined {
  const digits = raw.replace(/\D/g, '');
  if (npwpFormatted.test(raw)) return 'npwp';
  // Phones: +62 / 62 / 0 then a mobile (8…) or area code, 9–13 digits after the country code.
  const national =
    raw.startsWith('+62') || digits.startsWith('62') ? digits.slice(2) : digits.startsWith('0') ? digits.slice(1) : undefined;
  if (
    national !== undefined &&
    /^[2-9]\d{7,11}$/.test(national) &&
    (national.startsWith('8') || raw.startsWith('+') || digits.startsWith('0'))
  ) {
    if (digits.length !== 16 || !isPlausibleNik(digits)) return 'phone';
  }
  if (digits.length === 16 && isPlausibleNik(digits)) return 'nik';
  if (digits.length === 15 && /^\d{15}$/.test(digits) && /[.-]/.test(raw)) return 'npwp';
  if (digits.length === 16 && /^0\d{15}$/.test(digits)) return 'npwp'; // 16-digit NPWP of a non-individual
  return undefined;
}

/**
 * Finds NIKs, NPWPs (15- and 16-digit forms), Indonesian phone numbers and e-mail addresses. Each
 * regex is linear (no nested quantifiers) and runs once per text, whatever the term lists hold.
 */
// Cheap tests that rule out most texts before the full expressions run.
const mayHoldNumber = /\d[\d .-]{7}/;

export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  if (mayHoldNumber.test(text)) collectNumbers(text, hits);
  if (text.includes('@')) collectEmails(text, hits);
  if (mayHoldResidentialAddress(text)) collectAddresses(text, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * A residential address: the neighbourhood numbers RT and RW (rukun tetangga, rukun warga), which
 * place a household, with the street before them when it is written (`Jl. Melati No. 5 RT 03/RW 02`).
 * An office's address rarely gives them; a village office that does lists its address as an
 * official contact (`officialContacts.addresses`). An address without RT/RW is not reported: a post
 * names venues and offices by street all the time.
 */
const rtRw = /(?<![\p{L}\p{N}])RT\.?\s*\d{1,3}\s*[/,.-]?\s*RW\.?\s*\d{1,3}(?!\p{N})/giu;
const streetStart = /(?<![\p{L}\p{N}])(?:jl|jln|jalan|gg|gang|komp|kompleks|komplek|perum|perumahan|dusun|dsn|kp|kampung|blok)\b\.?\s/giu;
/** The cheap test of a residential address (the first pass runs it too). */
export function mayHoldResidentialAddress(text: string): boolean {
  return /rt\.?\s*\d/i.test(text);
}

function collectAddresses(text: string, hits: PersonalDataHit[]): void {
  for (const match of text.matchAll(rtRw)) {
    const end = match.index + match[0].length;
    // The street, when it starts on the same line at most 80 characters before (the nearest one).
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    let start = match.index;
    for (const street of before.slice(lineStart).matchAll(streetStart)) start = match.index - before.length + lineStart + street.index;
    const written = text.slice(start, end);
    hits.push({ kind: 'address', start, end, redacted: written.replace(/\d/g, '•'), label: personalDataLabels.address });
  }
}

/** The e-mail addresses of `text` alone (what covers a brand shape inside an address), in order. */
export function findEmailAddresses(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  if (text.includes('@')) collectEmails(text, hits);
  return hits;
}

// A number's label just before it: a NIK or NPWP is personal data when it says so, whether or not
// its digits have the structure of a real one (a mistyped or made-up NIK still exposes its writer).
const whose = String.raw`(?:\s+(?:saya|sy|aku|ku|kami|anda|dia|nya|ibu|bapak|bpk|istri|suami|anak|ayah|ortu))?`;
const nikLabel = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:nik|e-?ktp|ktp|no\.?\s*ktp|nomor\s+ktp|nomor\s+induk\s+kependudukan)${whose}\s*[:=#-]?\s*$`,
  'iu',
);
const npwpLabel = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:npwp|nomor\s+pokok\s+wajib\s+pajak)${whose}\s*[:=#-]?\s*$`, 'iu');

/** The kind a label right before `index` gives a number of `digits` digits, if any. */
function labelledKind(text: string, index: number, digits: number): PersonalDataHit['kind'] | undefined {
  const before = text.slice(Math.max(0, index - 40), index);
  if (digits === 16 && nikLabel.test(before)) return 'nik';
  if ((digits === 15 || digits === 16) && npwpLabel.test(before)) return 'npwp';
  return undefined;
}

function collectNumbers(text: string, hits: PersonalDataHit[]): void {
  for (const match of text.matchAll(digitGroup)) {
    const raw = match[0].replace(/[ .-]+$/, '');
    const kind = labelledKind(text, match.index, raw.replace(/\D/g, '').length) ?? classifyNumber(raw);
    if (!kind) continue;
    hits.push({ kind, start: match.index, end: match.index + raw.length, redacted: maskDigits(raw, 4), label: personalDataLabels[kind] });
  }
}

// Letters and digits (any script) and `._%+-` make up the local part of an address.
const localChar = /^[\p{L}\p{N}._%+-]$/u;
/** An ASCII character that may be part of an e-mail address's local part. */
export const isAsciiLocalPart = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2e ||
  code === 0x5f ||
  code === 0x25 ||
  code === 0x2b ||
  code === 0x2d;
// The domain, read from just after the `@` (sticky): labels, then a top-level domain of letters.
const domainAt = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}])/uy;
const maxLocalLength = 64;

/** Where the local part ending before `at` starts, or -1 when it is empty, too long or reaches `floor`. */
function localPartStart(text: string, at: number, floor: number): number {
  let start = at;
  for (let count = 0; start > 0; count++) {
    const code = text.charCodeAt(start - 1);
    const size = code >= 0xdc00 && code <= 0xdfff && start > 1 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (code < 0x80 ? !isAsciiLocalPart(code) : !localChar.test(text.slice(start - size, start))) break;
    if (count === maxLocalLength) return -1;
    start -= size;
  }
  return start === at || start < floor ? -1 : start;
}

/**
 * E-mail addresses, found from each `@` outwards rather than by one regex over the text: a regex
 * would try a local part at every position of the text, which made long texts quadratic-looking
 * (64 steps per character); from the `@`s the work is bounded by the text's length.
 */
function collectEmails(text: string, hits: PersonalDataHit[]): void {
  let searchFrom = 0;
  let previousEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', searchFrom)) {
    searchFrom = at + 1;
    const start = localPartStart(text, at, previousEnd);
    if (start < 0) continue;
    domainAt.lastIndex = at + 1;
    const domain = domainAt.exec(text);
    if (!domain) continue;
    const end = domainAt.lastIndex;
    const redacted = `${String.fromCodePoint(text.codePointAt(start)!)}•••@${domain[0]}`;
    hits.push({ kind: 'email', start, end, redacted, label: personalDataLabels.email });
    previousEnd = end;
    searchFrom = end;
  }
}
