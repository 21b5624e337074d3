import { exampleProfiles, type RegisterRow, registerRowSchema, suggestHandle } from '@pedoman-medsos/account-naming';
import type { PlatformId } from '@pedoman-medsos/core';
import type { Period } from './period';
import type { CommentRecord, PostRecord } from './records';

/**
 * A small seeded generator (mulberry32): the demo and the tests must draw the same data on every
 * run and machine, and a four-line generator is simpler than a dependency for that.
 */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a generated account behaves: the demo has good and bad ones side by side. */
type Behaviour = 'good' | 'ceremonial' | 'silent' | 'late' | 'spam-left' | 'bursty';

const units: { unit: string; platforms: PlatformId[]; behaviour: Behaviour }[] = [
  { unit: 'KPKNL Bandung', platforms: ['instagram', 'x'], behaviour: 'good' },
  { unit: 'KPKNL Bogor', platforms: ['instagram', 'facebook'], behaviour: 'ceremonial' },
  { unit: 'KPKNL Banjarmasin', platforms: ['instagram', 'youtube'], behaviour: 'late' },
  { unit: 'KPKNL Kendari', platforms: ['instagram'], behaviour: 'silent' },
  { unit: 'KPKNL Medan', platforms: ['instagram', 'tiktok'], behaviour: 'spam-left' },
  { unit: 'KPKNL Malang', platforms: ['x', 'instagram'], behaviour: 'bursty' },
];

// Post texts by purpose, with the cue phrases an admin would write.
const postTexts: Record<string, string[]> = {
  ceremonial: [
    'Kepala Kantor menghadiri upacara peringatan hari jadi.',
    'Rapat koordinasi dan foto bersama jajaran.',
    'Penandatanganan nota kesepahaman dengan pemda.',
  ],
  education: ['Tahukah kamu? Tips mengikuti lelang secara daring.', 'Kenali modus penipuan lelang palsu.'],
  'service-information': [
    'Jadwal layanan loket minggu ini dan persyaratan permohonan.',
    'Pendaftaran lelang dibuka; persyaratan ada di situs resmi.',
  ],
  results: ['Realisasi penerimaan negara dari lelang mencapai target triwulan ini.', 'Capaian kinerja semester ini meningkat.'],
  'policy-explanation': ['Kebijakan baru tentang lelang mulai berlaku bulan depan.'],
};
const purposesOf: Record<Behaviour, string[]> = {
  good: ['education', 'service-information', 'results', 'policy-explanation', 'ceremonial'],
  ceremonial: ['ceremonial', 'ceremonial', 'ceremonial', 'education'],
  silent: ['ceremonial'],
  late: ['service-information', 'education', 'ceremonial'],
  'spam-left': ['education', 'results', 'ceremonial'],
  bursty: ['results', 'service-information', 'ceremonial'],
};
const questions = ['Kapan lelang berikutnya dibuka?', 'Bagaimana syarat ikut lelang?', 'Min, caranya daftar akun lelang gimana?'];
const complaints = ['Antrean di loket lama sekali, mohon diperbaiki.', 'Berkas saya belum diproses sejak bulan lalu.'];
const spam = ['SLOT GACOR maxwin hari ini, daftar sekarang!', 'Link alternatif slot 88 gacor, wd lancar'];
const hashtags = ['#JagaAsetNegara', '#UangKita'];

/** Generated sample data: a register and the posts and comments of its accounts over a period. */
export interface DemoData {
  register: RegisterRow[];
  posts: PostRecord[];
  comments: CommentRecord[];
}

/** How much a demo draws: the six example units by default; more for a benchmark. */
export interface DemoOptions {
  seed?: number;
  /** Units to draw (two accounts each beyond the six examples, behaviours in turn). Default 6. */
  units?: number;
  /** Mean comments on a post. Default 1. */
  commentsPerPost?: number;
  /** Posts a day of an account that posts daily (bursty and quiet ones post less). Default 1. */
  postsPerDay?: number;
}

const day = 86_400_000;
const hour = 3_600_000;
const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const behaviours: readonly Behaviour[] = ['good', 'ceremonial', 'late', 'silent', 'spam-left', 'bursty'];

/** The units of a demo: the six named examples, then numbered ones with the behaviours in turn. */
function demoUnits(count: number): typeof units {
  return Array.from({ length: count }, (_, index) =>
    index < units.length
      ? units[index]!
      : {
          unit: `KPKNL Kota ${index + 1}`,
          platforms: ['instagram', 'x'] as PlatformId[],
          behaviour: behaviours[index % behaviours.length]!,
        },
  );
}

/**
 * Draws a demo as a stream — the whole register first, then each post followed by its comments — so that a
 * benchmark can draw a ministry's year without holding it: six units of the ministry example profile
 * by default, each account with a behaviour (good, mostly ceremonial, silent, late replies, gambling
 * spam left visible, bursts and silences), the same for the same seed. Every record is sample data.
 */
export function* demoStream(
  period: Period,
  options: DemoOptions = {},
): Generator<{ kind: 'account'; row: RegisterRow } | { kind: 'post'; record: PostRecord } | { kind: 'comment'; record: CommentRecord }> {
  const next = random(options.seed ?? 2026);
  const start = Date.parse(`${period.from}T00:00:00+07:00`);
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / day) + 1;
  const accounts = demoUnits(options.units ?? units.length).flatMap(({ unit, platforms, behaviour }) =>
    platforms.map((platform) => ({
      row: registerRowSchema.parse({
        unit,
        platform,
        handle: suggestHandle(unit, platform, exampleProfiles.ministry).handle ?? unit.toLowerCase().replace(/\s+/g, ''),
      }),
      behaviour,
    })),
  );
  // The whole register first: an evaluation starts from it.
  for (const { row } of accounts) yield { kind: 'account', row };
  for (const { row, behaviour } of accounts) {
    if (behaviour === 'silent') continue;
    const { platform, handle } = row;
    for (let offset = 0; offset < days; offset++) {
      for (let post = 0; post < Math.ceil(options.postsPerDay ?? 1); post++) {
        if (!postsOn(behaviour, offset, next)) continue;
        const purpose = pick(next, purposesOf[behaviour]);
        const text = `${pick(next, postTexts[purpose] ?? postTexts.ceremonial!)}${next() < 0.5 ? ` ${pick(next, hashtags)}` : ''}`;
        const publishedAt = new Date(start + offset * day + (8 + Math.floor(next() * 8)) * hour);
        const id = `${platform}-${handle}-${offset}-${post}`;
        yield {
          kind: 'post',
          record: { platform, account: handle, id, publishedAt, text, type: pick(next, ['photo', 'video', 'reel', 'carousel']) },
        };
        for (const record of commentsOn(id, platform, handle, publishedAt, behaviour, next, options.commentsPerPost ?? 1))
          yield { kind: 'comment', record };
      }
    }
  }
}

/** The demo collected: the register, posts and comments of {@link demoStream} (six units by default). */
export function generateDemo(period: Period, seed = 2026): DemoData {
  const data: DemoData = { register: [], posts: [], comments: [] };
  for (const item of demoStream(period, { seed })) {
    if (item.kind === 'account') data.register.push(item.row);
    else if (item.kind === 'post') data.posts.push(item.record);
    else data.comments.push(item.record);
  }
  return data;
}

/** Whether an account of this behaviour posts on the period's `offset`th day. */
function postsOn(behaviour: Behaviour, offset: number, next: () => number): boolean {
  if (behaviour === 'bursty') return Math.floor(offset / 14) % 2 === 0 ? next() < 0.8 : false;
  return next() < (behaviour === 'good' ? 0.6 : 0.35);
}

function* commentsOn(
  postId: string,
  platform: PlatformId,
  account: string,
  posted: Date,
  behaviour: Behaviour,
  next: () => number,
  mean: number,
): Generator<CommentRecord> {
  const count = Math.floor(next() * 2 * mean + 0.5);
  for (let index = 0; index < count; index++) {
    const receivedAt = new Date(posted.getTime() + (1 + Math.floor(next() * 30)) * hour);
    const roll = next();
    const base = { platform, account, id: `${postId}-c${index}`, postId, receivedAt };
    if (roll < 0.15) {
      yield { ...base, text: pick(next, spam), hidden: behaviour !== 'spam-left' };
      continue;
    }
    const text = roll < 0.65 ? pick(next, questions) : pick(next, complaints);
    const delay =
      behaviour === 'late' ? (20 + next() * 60) * hour : behaviour === 'good' ? (0.2 + next() * 2) * hour : (1 + next() * 20) * hour;
    const answered = next() < (behaviour === 'late' ? 0.6 : 0.9);
    yield answered ? { ...base, text, repliedAt: new Date(receivedAt.getTime() + delay) } : { ...base, text };
  }
}
