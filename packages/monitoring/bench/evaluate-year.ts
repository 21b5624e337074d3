// `pnpm bench` in packages/monitoring: a year of a large ministry — 500 accounts, 200,000 posts and
// 2,000,000 comments by default (`--scale 0.1` for a tenth) — generated on the fly and streamed
// through an evaluation, as `pedoman evaluate` does. Prints rows per second, the time of the whole
// year against the 60 s target, and the peak resident memory (bounded: nothing is kept per row).
// Timings belong here, never in tests: the machine is shared and noisy.
import { exampleProfiles, registerRowSchema } from '@pedoman-medsos/account-naming';
import { createEvaluation, parsePeriod } from '../src/index';
import type { CommentRecord, PostRecord } from '../src/records';

const scaleArgument = process.argv.indexOf('--scale');
const scale = scaleArgument > 0 ? Number(process.argv[scaleArgument + 1]) : 1;
const accounts = 500;
const posts = Math.round(200_000 * scale);
const comments = Math.round(2_000_000 * scale);
const period = parsePeriod('2026');
const start = Date.parse('2026-01-01T00:00:00+07:00');
const yearMs = 365 * 86_400_000;

const register = Array.from({ length: accounts }, (_, index) =>
  registerRowSchema.parse({ unit: `KPKNL Kota ${index >> 1}`, platform: index % 2 ? 'x' : 'instagram', handle: `kpknlkota${index}` }),
);
const texts = [
  'Tahukah kamu? Tips lelang daring. #JagaAsetNegara',
  'Kepala Kantor menghadiri upacara.',
  'Realisasi penerimaan mencapai target.',
  'Jadwal layanan loket minggu ini.',
];
const commentTexts = [
  'Kapan lelang berikutnya dibuka?',
  'Antrean di loket lama sekali.',
  'Terima kasih infonya',
  'SLOT GACOR maxwin hari ini wd lancar',
  'Bagaimana syarat ikut lelang?',
];

function* postStream(): Generator<PostRecord> {
  for (let index = 0; index < posts; index++) {
    const account = register[index % accounts]!;
    yield {
      platform: account.platform,
      account: account.handle,
      id: `p${index}`,
      publishedAt: new Date(start + ((index * 7919) % yearMs)),
      text: texts[index % texts.length]!,
      type: 'reel',
    };
  }
}

function* commentStream(): Generator<CommentRecord> {
  for (let index = 0; index < comments; index++) {
    const account = register[index % accounts]!;
    const receivedAt = new Date(start + ((index * 104_729) % yearMs));
    const replied = index % 5 !== 0 ? { repliedAt: new Date(receivedAt.getTime() + ((index % 48) + 1) * 1_800_000) } : {};
    yield {
      platform: account.platform,
      account: account.handle,
      id: `c${index}`,
      receivedAt,
      text: commentTexts[index % commentTexts.length]!,
      ...replied,
    };
  }
}

const began = performance.now();
const evaluation = createEvaluation({ period, register, profile: exampleProfiles.ministry });
for (const post of postStream()) evaluation.addPost(post);
const postsDone = performance.now();
for (const comment of commentStream()) evaluation.addComment(comment);
const commentsDone = performance.now();
const result = evaluation.finish();
const ended = performance.now();
const seconds = (ended - began) / 1000;
const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');
console.log(
  `monitoring bench (scale ${scale}): ${accounts} accounts, ${posts.toLocaleString('en')} posts, ${comments.toLocaleString('en')} comments, ${result.units.length} units`,
);
console.log(`  posts     ${perSecond(posts, postsDone - began)} /s`);
console.log(`  comments  ${perSecond(comments, commentsDone - postsDone)} /s`);
console.log(`  report    ${Math.round(ended - commentsDone)} ms`);
console.log(`  total     ${seconds.toFixed(1)} s; a full year at this pace: ${(seconds / scale).toFixed(0)} s (target ≤ 60 s)`);
console.log(`  peak RSS  ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
