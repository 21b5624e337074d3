// `pnpm bench`: time and memory of checking a 4000×4000 JPEG (goal: ≤ 250 ms, bounded memory).
// Prints figures; it is not a test, so a slow machine never makes CI flaky.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { findImageTarget, type ImageTarget } from '../dist/index.js';
import { checkImageFile, renderExampleAvatar } from '../dist/node/index.js';

const side = 4000;
const runs = 15;
const dir = await mkdtemp(join(tmpdir(), 'profile-image-bench-'));
const file = join(dir, 'large.jpg');
// A photo-like master: the example avatar with grain, so JPEG cannot shortcut flat areas.
const grain = await sharp({
  create: { width: side, height: side, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } },
})
  .png()
  .toBuffer();
const jpeg = await sharp(await renderExampleAvatar('compliant', side))
  .composite([{ input: grain, blend: 'soft-light' }])
  .jpeg({ quality: 90 })
  .toBuffer();
await writeFile(file, jpeg);

const target = findImageTarget('youtube') as ImageTarget;
await checkImageFile(file, target); // warm-up: loads libvips and the JPEG decoder
const times: number[] = [];
let peakRss = process.memoryUsage().rss;
const baseRss = peakRss;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const report = await checkImageFile(file, target);
  times.push(performance.now() - started);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (report.findings.some((finding) => finding.ruleId === 'image.unreadable')) throw new Error('The benchmark image could not be read.');
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] as number;
const decodedMb = (side * side * 4) / 1e6;
console.log(`checkImageFile on a ${side}×${side} JPEG (${(jpeg.length / 1e6).toFixed(1)} MB file, ${runs} runs)`);
console.log(
  `  median ${median.toFixed(0)} ms · fastest ${times[0]?.toFixed(0)} ms · slowest ${times.at(-1)?.toFixed(0)} ms   (goal ≤ 250 ms)`,
);
console.log(
  `  resident memory grew by at most ${((peakRss - baseRss) / 1e6).toFixed(0)} MB (a full RGBA decode would need ${decodedMb.toFixed(0)} MB)`,
);
