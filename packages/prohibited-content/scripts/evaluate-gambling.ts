// `pnpm eval`: precision, recall and false-positive rate of the gambling category on a labelled
// comment set (CSV with columns `label` — 1 gambling, 0 normal — and `comment`). Reads
// ../shared/data/judol-comments-dev.csv beside the repository, or the file given as argument;
// skips cleanly when there is none. The comments are never copied into this repository.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createScreener } from '../src/screen';

const defaultPath = new URL('../../../../shared/data/judol-comments-dev.csv', import.meta.url).pathname;
const args = process.argv.slice(2);
const showErrors = args.includes('--show-errors');
const path = resolve(args.find((arg) => !arg.startsWith('--')) ?? defaultPath);

if (!existsSync(path)) {
  console.log(`eval skipped: no labelled comments at ${path}`);
  process.exit(0);
}

const rows: { label: string; comment: string }[] = parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_quotes: true });
const screener = createScreener();
let truePositive = 0;
let falsePositive = 0;
let falseNegative = 0;
let trueNegative = 0;
const errors: string[] = [];
// Flagged comments by the action they get: `hold` (signals only just at the threshold) or `hide`.
const heldCount = { truePositive: 0, falsePositive: 0 };
const started = performance.now();
for (const [index, row] of rows.entries()) {
  if (row.label !== '0' && row.label !== '1') {
    console.error(`${path}:${index + 2}: label must be 0 or 1, found ${JSON.stringify(row.label)}; row skipped`);
    continue;
  }
  const gamblingFindings = screener
    .screen(row.comment, { mode: 'comment', asOf: '2026-11-22' })
    .findings.filter((finding) => finding.category === 'gambling');
  const flagged = gamblingFindings.length > 0;
  const held = flagged && gamblingFindings.every((finding) => finding.action === 'hold');
  const gambling = row.label === '1';
  if (held) heldCount[gambling ? 'truePositive' : 'falsePositive']++;
  if (flagged && gambling) truePositive++;
  else if (flagged) {
    falsePositive++;
    errors.push(`FP ${row.comment}`);
  } else if (gambling) {
    falseNegative++;
    errors.push(`FN ${row.comment}`);
  } else trueNegative++;
}
const elapsed = performance.now() - started;
const precision = truePositive / (truePositive + falsePositive);
const recall = truePositive / (truePositive + falseNegative);
const falsePositiveRate = falsePositive / (falsePositive + trueNegative);
if (showErrors) for (const line of errors) console.log(line.replace(/\s+/g, ' ').slice(0, 200));
console.log(`gambling category on ${path.split('/').pop()} (${rows.length} comments, ${elapsed.toFixed(0)} ms)`);
console.log(`  precision            ${precision.toFixed(3)}`);
console.log(`  recall               ${recall.toFixed(3)}   (target ≥ 0.95)`);
console.log(`  false-positive rate  ${falsePositiveRate.toFixed(4)}  (target ≤ 0.01)`);
console.log(`  TP ${truePositive}  FP ${falsePositive}  FN ${falseNegative}  TN ${trueNegative}`);
console.log(`  held for review, not hidden: ${heldCount.truePositive} of the TP, ${heldCount.falsePositive} of the FP`);
