// `pnpm bench` in packages/monitoring: a year of a large ministry — 500 accounts, 200,000 posts and
// 2,000,000 comments by default (`--scale 0.1` for a tenth) — drawn by the demo's own generator
// (`demoStream`) on the fly and streamed
// through an evaluation, as `pedoman evaluate` does. Prints rows per second, the time of the whole
// year against the 60 s target, and the peak resident memory (bounded: nothing is kept per row).
// Timings belong here, never in tests: the machine is shared and noisy.

import type { RegisterRow } from '@pedoman-medsos/account-naming';
import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { createEvaluation, demoStream, parsePeriod } from '../src/index';

const scaleArgument = process.argv.indexOf('--scale');
const scale = scaleArgument > 0 ? Number(process.argv[scaleArgument + 1]) : 1;
const period = parsePeriod('2026');
// 250 units × 2 accounts; posts and comments tuned so the demo's year of 500 accounts holds about
// 200,000 posts and 2,000,000 comments (scaled down with --scale).
const options = { units: Math.max(1, Math.round(250 * scale)), postsPerDay: 3, commentsPerPost: 10, seed: 7 };

// The register comes first in the stream; the evaluation starts once it is complete.
const register: RegisterRow[] = [];
let evaluation: ReturnType<typeof createEvaluation> | undefined;
let posts = 0;
let comments = 0;
const began = performance.now();
for (const item of demoStream(period, options)) {
  if (item.kind === 'account') {
    register.push(item.row);
    continue;
  }
  evaluation ??= createEvaluation({ period, register, profile: exampleProfiles.ministry });
  if (item.kind === 'post') {
    evaluation.addPost(item.record);
    posts++;
  } else {
    evaluation.addComment(item.record);
    comments++;
  }
}
const fed = performance.now();
const result = evaluation?.finish();
const ended = performance.now();
const seconds = (ended - began) / 1000;
const rows = posts + comments;
console.log(
  `monitoring bench (scale ${scale}): ${register.length} accounts, ${posts.toLocaleString('en')} posts, ${comments.toLocaleString('en')} comments, ${result?.units.length ?? 0} units (generated demo data)`,
);
console.log(`  rows      ${Math.round(rows / ((fed - began) / 1000)).toLocaleString('en')} /s (generating included)`);
console.log(`  report    ${Math.round(ended - fed)} ms`);
console.log(`  total     ${seconds.toFixed(1)} s; a full year at this pace: ${(seconds / scale).toFixed(0)} s (target ≤ 60 s)`);
console.log(`  peak RSS  ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
