import { readFileSync } from 'node:fs';
import { createScreener } from '@pedoman-medsos/prohibited-content';
import { screenBatch } from './src/commands/screen-batch';
const file = process.argv[2]!;
const s = createScreener();
const bytes = readFileSync(file);
const batches: { first: number; bytes: Uint8Array }[] = [];
for (let at = 0, first = 1; at < bytes.length; ) {
  const cut = bytes.lastIndexOf(0x0a, Math.min(bytes.length, at + 65536) - 1) + 1;
  const b = bytes.subarray(at, cut);
  batches.push({ first, bytes: b });
  first += b.toString().split('\n').length - 1;
  at = cut;
}
const texts = bytes.toString().trimEnd().split('\n').map((l) => JSON.parse(l).text);
const options = { mode: 'comment' as const, asOf: '2026-11-22' };
for (let round = 0; round < 2; round++) {
  let t = performance.now();
  for (const x of texts) s.screen(x, options);
  const a = performance.now() - t;
  t = performance.now();
  let n = 0;
  for (const b of batches) n += screenBatch(s, { options, form: 'compact', locale: 'id' }, b).output.length;
  const c = performance.now() - t;
  console.log('screen', a.toFixed(0), 'batch', c.toFixed(0), 'ratio', (a / c).toFixed(2));
}
