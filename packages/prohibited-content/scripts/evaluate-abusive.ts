// `pnpm eval` (second part): precision, recall, F1 and false-positive rate of the `abusive` and
// `sara-hate` categories on labelled tweets (Ibrohim & Budi 2019: columns `text`, `abusive`,
// `hs_religion`, `hs_race`, …). Reads ../shared/data/abusive-tweets-dev.csv beside the repository,
// or the file given as argument; skips cleanly when there is none. The data is CC BY-NC-SA: it is
// read here to measure, never copied into this repository, and no word of the lists comes from it.
// `--show-errors` prints every miss and false alarm of both categories.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createScreener } from '../src/screen';

const defaultPath = new URL('../../../../shared/data/abusive-tweets-dev.csv', import.meta.url).pathname;
const args = process.argv.slice(2);
const showErrors = args.includes('--show-errors');
const path = resolve(args.find((arg) => !arg.startsWith('--')) ?? defaultPath);

if (!existsSync(path)) {
  console.log(`eval skipped: no labelled tweets at ${path}`);
  process.exit(0);
}

interface Row {
  text: string;
  abusive: string;
  hs_religion: string;
  hs_race: string;
}
const rows: Row[] = parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_quotes: true });
const screener = createScreener();

interface Counts {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
  /** Flagged texts by the action they get in comment mode. */
  held: number;
  errors: string[];
}
const counts = (): Counts => ({ truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0, held: 0, errors: [] });
const evaluated = { abusive: counts(), 'sara-hate': counts() };
const labelOf = { abusive: (row: Row) => row.abusive === '1', 'sara-hate': (row: Row) => row.hs_religion === '1' || row.hs_race === '1' };

const started = performance.now();
for (const row of rows) {
  // The source writes line breaks as a literal `\n`.
  const text = row.text.replace(/\\n/g, '\n');
  const { findings } = screener.screen(text, { mode: 'comment', asOf: '2026-11-22' });
  for (const category of ['abusive', 'sara-hate'] as const) {
    const found = findings.filter((finding) => finding.category === category);
    const flagged = found.length > 0;
    const labelled = labelOf[category](row);
    const tally = evaluated[category];
    if (flagged && found.every((finding) => finding.action === 'hold')) tally.held++;
    if (flagged && labelled) tally.truePositive++;
    else if (flagged) {
      tally.falsePositive++;
      tally.errors.push(`FP ${category} ${found.map((finding) => `[${finding.match.text}]`).join('')} ${text}`);
    } else if (labelled) {
      tally.falseNegative++;
      tally.errors.push(`FN ${category} ${text}`);
    } else tally.trueNegative++;
  }
}
const elapsed = performance.now() - started;

console.log(`abusive and sara-hate categories on ${path.split('/').pop()} (${rows.length} tweets, ${elapsed.toFixed(0)} ms)`);
for (const [category, tally] of Object.entries(evaluated)) {
  const { truePositive, falsePositive, falseNegative, trueNegative } = tally;
  const precision = truePositive / (truePositive + falsePositive || 1);
  const recall = truePositive / (truePositive + falseNegative || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  const falsePositiveRate = falsePositive / (falsePositive + trueNegative || 1);
  if (showErrors) for (const line of tally.errors) console.log(line.replace(/\s+/g, ' ').slice(0, 200));
  const label = category === 'abusive' ? 'label abusive' : 'label hs_religion or hs_race';
  console.log(`${category} (${label})`);
  console.log(`  precision            ${precision.toFixed(3)}`);
  console.log(`  recall               ${recall.toFixed(3)}   (target ${category === 'abusive' ? 'F1 ≥ 0.85' : '≥ 0.6'})`);
  console.log(`  F1                   ${f1.toFixed(3)}`);
  console.log(`  false-positive rate  ${falsePositiveRate.toFixed(4)}${category === 'sara-hate' ? '  (target ≤ 0.03)' : ''}`);
  console.log(`  TP ${truePositive}  FP ${falsePositive}  FN ${falseNegative}  TN ${trueNegative}`);
  console.log(`  held for review, not hidden: ${tally.held} of the flagged`);
}
