// `pnpm eval`: precision, recall and false-positive rate of the gambling category on a labelled
// comment set (CSV with columns `label` — 1 gambling, 0 normal — and `comment`). Reads
// ../shared/data/judol-comments-dev.csv beside the repository, or the file given as argument;
// skips cleanly when there is none. The comments are never copied into this repository.
// `--show-errors` prints every miss and false alarm; `--by-channel` the figures of every channel
// (when the CSV has a `channel` column).
// First, the draft-mode false-alarm rate: the share of the realistic government posts of
// test-data/government-posts.txt (written for this package) that get any finding in draft mode,
// screened as an institution configures it (its service numbers as official contacts); and how many
// comments of test-data/public-criticism.txt (criticism without abuse) would be hidden or held.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createScreener } from '../src/screen';

const defaultPath = new URL('../../../../shared/data/judol-comments-dev.csv', import.meta.url).pathname;
const args = process.argv.slice(2);
const showErrors = args.includes('--show-errors');
const byChannel = args.includes('--by-channel');
const path = resolve(args.find((arg) => !arg.startsWith('--')) ?? defaultPath);

draftFalseAlarms();
criticismKeptVisible();
if (!existsSync(path)) {
  console.log(`gambling eval skipped: no labelled comments at ${path}`);
  process.exit(0);
}

const rows: { label: string; comment: string; channel?: string }[] = parse(readFileSync(path), {
  columns: true,
  skip_empty_lines: true,
  relax_quotes: true,
});
const screener = createScreener();
let truePositive = 0;
let falsePositive = 0;
let falseNegative = 0;
let trueNegative = 0;
const errors: string[] = [];
// Flagged comments by the action they get: `hold` (signals only just at the threshold) or `hide`.
const heldCount = { truePositive: 0, falsePositive: 0 };
// The same counts per channel: the held-out comments come from other channels, and the spread
// between channels here shows how much one channel's figures may differ from the whole set's.
const channels = new Map<string, { flagged: [number, number]; total: [number, number] }>();
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
  if (row.channel !== undefined) {
    const counts = channels.get(row.channel) ?? { flagged: [0, 0], total: [0, 0] };
    counts.total[Number(gambling)]!++;
    if (flagged) counts.flagged[Number(gambling)]!++;
    channels.set(row.channel, counts);
  }
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

/** A rate over the channels with at least `minimum` comments of the label: lowest, median, highest. */
function spread(label: 0 | 1, minimum: number): string {
  const rates = [...channels]
    .filter(([, counts]) => counts.total[label] >= minimum)
    .map(([name, counts]) => ({ name, rate: counts.flagged[label] / counts.total[label] }))
    .sort((a, b) => a.rate - b.rate);
  if (rates.length === 0) return 'no channel with enough comments';
  const median = rates[Math.floor(rates.length / 2)]!.rate;
  const [lowest, highest] = [rates[0]!, rates.at(-1)!];
  return `${rates.length} channels: lowest ${lowest.rate.toFixed(3)} (${lowest.name}), median ${median.toFixed(3)}, highest ${highest.rate.toFixed(3)} (${highest.name})`;
}
if (channels.size > 0) {
  console.log('  by channel (at least 20 comments of the label):');
  console.log(`    recall               ${spread(1, 20)}`);
  console.log(`    false-positive rate  ${spread(0, 20)}`);
  if (byChannel) {
    for (const [name, counts] of [...channels].sort(([a], [b]) => a.localeCompare(b))) {
      const recallText = counts.total[1] > 0 ? `recall ${(counts.flagged[1] / counts.total[1]).toFixed(3)} of ${counts.total[1]}` : '';
      const fprText = counts.total[0] > 0 ? `FPR ${(counts.flagged[0] / counts.total[0]).toFixed(4)} of ${counts.total[0]}` : '';
      console.log(`    ${name.padEnd(32)} ${[recallText, fprText].filter(Boolean).join(', ')}`);
    }
  }
}

/**
 * Citizens' criticism without abuse (test-data/public-criticism.txt, written for this package) in
 * comment mode: how many would be hidden (target 0) or held for an admin; `--show-errors` lists them.
 */
function criticismKeptVisible(): void {
  const path = new URL('../test-data/public-criticism.txt', import.meta.url).pathname;
  const comments = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const screener = createScreener();
  let hidden = 0;
  let held = 0;
  for (const comment of comments) {
    const { verdict, findings } = screener.screen(comment, { mode: 'comment', asOf: '2026-12-02' });
    if (verdict === 'allow') continue;
    if (verdict === 'hold') held++;
    else hidden++;
    if (showErrors)
      console.log(`${verdict} [${findings.map((finding) => `${finding.category}: ${finding.match.text}`).join('; ')}] ${comment}`);
  }
  console.log(`comment mode on public-criticism.txt (${comments.length} comments criticising without abuse)`);
  console.log(`  hidden               ${hidden}  (target 0)`);
  console.log(`  held for an admin    ${held}`);
}

/** The share of ordinary government drafts with any finding (target ≤ 1 %); `--show-errors` lists them. */
function draftFalseAlarms(): void {
  const postsPath = new URL('../test-data/government-posts.txt', import.meta.url).pathname;
  const posts = readFileSync(postsPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
  // The service numbers the posts publish, as the institution configures them.
  const institution = createScreener({
    officialContacts: { phones: ['0811-5000-123', '1500-991', '1500-200', '(0511) 3252-700', '150-991'] },
  });
  const alarms: string[] = [];
  for (const post of posts) {
    const { findings } = institution.screen(post, { mode: 'draft', asOf: '2026-12-02' });
    if (findings.length > 0)
      alarms.push(`FA [${findings.map((finding) => `${finding.category}: ${finding.match.text}`).join('; ')}] ${post}`);
  }
  if (showErrors) for (const line of alarms) console.log(line);
  const rate = alarms.length / posts.length;
  console.log(`draft mode on government-posts.txt (${posts.length} ordinary government posts)`);
  console.log(`  false-alarm rate     ${(rate * 100).toFixed(2)} %  (${alarms.length} with any finding; target ≤ 1 %)`);
}
