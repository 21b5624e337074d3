import { closeSync, openSync, writeSync } from 'node:fs';
import { defaultTermLists } from '@pedoman-medsos/prohibited-content/internal';

// Large inputs for the reliability tests and `pnpm bench`, generated on demand: nothing large is
// committed. Each writer fills a file line by line in 1 MB chunks, so generating 200 MB takes
// little memory itself.

const platforms = ['instagram', 'facebook', 'x', 'tiktok', 'youtube', 'threads'] as const;
const kinds = ['KPKNL', 'KPPN', 'KPP Pratama', 'Bea Cukai'];
const cities = [
  'Bandung',
  'Bogor',
  'Medan',
  'Makassar',
  'Kendari',
  'Padang',
  'Surabaya',
  'Malang',
  'Ambon',
  'Jayapura',
  'Kupang',
  'Mataram',
];

function writeLines(path: string, header: string | undefined, lines: number, line: (index: number) => string): number {
  const file = openSync(path, 'w');
  let bytes = 0;
  let chunk = header === undefined ? '' : `${header}\n`;
  for (let index = 0; index < lines; index++) {
    chunk += `${line(index)}\n`;
    if (chunk.length >= 1 << 20) {
      bytes += writeSync(file, chunk);
      chunk = '';
    }
  }
  bytes += writeSync(file, chunk);
  closeSync(file);
  return bytes;
}

/**
 * A register of `rows` rows. `varied`: 48 units on six platforms, repeated as a national register
 * would list offices; `identical`: one unit on one platform on every row (the quadratic case).
 */
export function writeRegister(path: string, rows: number, shape: 'varied' | 'identical' = 'varied'): number {
  return writeLines(path, 'unit,platform,handle,bio,lastPostDate,twoFactor', rows, (index) => {
    if (shape === 'identical') return 'KPKNL Bandung,instagram,@kpknlbandung,Akun resmi kemenkeu.go.id,2026-11-01,ya';
    const unit = `${kinds[index % kinds.length]} ${cities[Math.floor(index / kinds.length) % cities.length]}`;
    const platform = platforms[Math.floor(index / (kinds.length * cities.length)) % platforms.length];
    return `${unit},${platform},@${unit.toLowerCase().replace(/[^a-z]/g, '')},Akun resmi kemenkeu.go.id,2026-0${1 + (index % 9)}-15,${index % 5 ? 'ya' : 'tidak'}`;
  });
}

/** A post export (account, platform, postedAt) of `rows` posts over 2026. */
export function writePostExport(path: string, rows: number): number {
  return writeLines(path, 'account,platform,postedAt', rows, (index) => {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
    return `akun${index % 500},${platforms[index % platforms.length]},2026-${month}-${day}T09:30:00+07:00`;
  });
}

const comments = [
  'Terima kasih infonya min, sangat membantu',
  'kapan lelang berikutnya dibuka ya kak?',
  'slot gacor hari ini maxwin deposit 10rb',
  'Pelayanan di kantor kemarin cepat, mantap 👍',
];

/** Comments as JSON Lines, `lines` of them. */
export function writeCommentsJsonl(path: string, lines: number): number {
  return writeLines(path, undefined, lines, (index) => JSON.stringify({ id: `c${index}`, text: comments[index % comments.length] }));
}

// Words of ordinary comments to an office's account, with shipped terms disguised the way spam
// disguises them — the recipe of the screener's own benchmark — so that a comment costs the
// screener about what a real one does (a repeated short sentence is screened unusually fast).
const vocabulary =
  'yang dan di ke dari untuk dengan pada ini itu tidak ada akan sudah bisa juga kami kita mereka saya pelayanan kantor pajak lelang aset negara mohon informasi terima kasih bapak ibu admin tolong bagaimana kapan kenapa antrean lama cepat baik bagus jelek mantap semangat sehat selalu program pemerintah masyarakat warga desa kota bantuan sosial jadwal layanan online daftar berkas dokumen syarat biaya gratis hari minggu senin besok kemarin sekarang nanti jam pagi siang sore malam kak bang min pak bu wkwk haha 😀 🙏 ❤️ 🔥 👍'.split(
    ' ',
  );
const bold = (term: string) =>
  Array.from(term, (c) => (/[a-z]/.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : c)).join('');
const disguises = [(term: string) => term, (term: string) => term.toUpperCase(), (term: string) => Array.from(term).join('.'), bold];

/**
 * `lines` synthetic comments as JSON Lines (8–47 words, one word in 25 a disguised list term), the
 * same on every run: a linear congruential generator from a fixed seed (its high bits suffice here).
 */
export function writeSyntheticCommentsJsonl(path: string, lines: number): number {
  const terms = defaultTermLists.flatMap((list) => list.terms);
  let state = 20261122;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return writeLines(path, undefined, lines, (index) => {
    const words: string[] = [];
    const length = 8 + Math.floor(random() * 40);
    for (let word = 0; word < length; word++) words.push(random() < 0.04 ? pick(disguises)(pick(terms)) : pick(vocabulary));
    return JSON.stringify({ id: `c${index}`, text: words.join(' ') });
  });
}

/** One text of roughly `bytes` bytes, without a line break: the size no draft or message has. */
export function writeLongText(path: string, bytes: number): number {
  const sentence = 'Informasi layanan kantor pelayanan kekayaan negara dan lelang. ';
  return writeLines(path, undefined, 1, () => sentence.repeat(Math.ceil(bytes / sentence.length)));
}
