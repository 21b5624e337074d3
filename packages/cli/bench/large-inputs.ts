// `pnpm bench`: the CLI on inputs far larger than real ones — a 2,000,000-row register (≈ 200 MB),
// a 200 MB JSON Lines export, 2,000,000 posts, one 200 MB "text" — and the repeated-unit register
// that used to take quadratic time. Prints seconds and the peak memory (maximum resident set) of
// each run; fails when a peak passes the 500 MB budget. Seconds are printed, never asserted: they
// depend on the machine (compare the 10k/100k ratio within one run).
//
// Bulk screening (`screen --jsonl`, issue 20) is measured side by side in one run on one generated
// corpus: the screener's own `screen()` in this process, then the built CLI with 1 and 2 jobs; the
// targets are ratios of these (≥ 0.70 and ≥ 1.7×), an output ≤ 2× the input, and the same peak
// memory for 100k and 1M lines. Each figure is the best of two rounds: the machine is shared.
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createScreener } from '@pedoman-medsos/prohibited-content';
import {
  writeCommentsJsonl,
  writeLongText,
  writePostExport,
  writeRegister,
  writeSyntheticCommentsJsonl,
} from '../src/reliability/large-fixtures';

const budgetMb = 500;
const bin = new URL('../dist/bin.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'pedoman-bench-'));
// Loaded before the CLI: prints the process's peak memory as it exits.
const peak = join(dir, 'peak.mjs');
// Its CPU time too (all threads): on a shared machine the wall clock of two threads says little.
writeFileSync(
  peak,
  "process.on('exit', () => { const use = process.resourceUsage(); process.stderr.write('\\npeak-rss-kb=' + use.maxRSS + ' cpu-us=' + (use.userCPUTime + use.systemCPUTime) + '\\n'); });\n",
);

function run(label: string, args: string[], output?: string): { seconds: number; peakMb: number; cpuSeconds: number } {
  const out = output ? openSync(output, 'w') : 'ignore';
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', peak, bin, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  if (typeof out === 'number') closeSync(out);
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024;
  const cpuSeconds = Number(/cpu-us=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1e6;
  const verdict = peakMb <= budgetMb ? 'ok' : `OVER ${budgetMb} MB`;
  const firstLine = result.stderr.split('\n').find((line) => line.startsWith('pedoman:')) ?? '';
  console.log(
    `${label.padEnd(44)} exit ${result.status}  ${seconds.toFixed(1).padStart(6)} s  cpu ${cpuSeconds.toFixed(1).padStart(6)} s  peak ${peakMb.toFixed(0).padStart(4)} MB  ${verdict}${firstLine ? `  ${firstLine.slice(0, 90)}` : ''}`,
  );
  if (!(peakMb <= budgetMb)) process.exitCode = 1;
  return { seconds, peakMb, cpuSeconds };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

/** Seconds (wall and CPU) the screener itself takes over the texts of a JSON Lines file, read and parsed outside the clock. */
async function screenSeconds(path: string): Promise<{ seconds: number; cpuSeconds: number }> {
  const screener = createScreener();
  const options = { mode: 'comment' as const, asOf: '2026-11-22' };
  let seconds = 0;
  let cpuSeconds = 0;
  let texts: string[] = [];
  const screenAll = () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (const text of texts) screener.screen(text, options);
    const used = process.cpuUsage(cpu);
    cpuSeconds += (used.user + used.system) / 1e6;
    seconds += (performance.now() - started) / 1000;
    texts = [];
  };
  for await (const line of createInterface({ input: createReadStream(path) })) {
    texts.push((JSON.parse(line) as { text: string }).text);
    if (texts.length === 10_000) screenAll();
  }
  screenAll();
  return { seconds, cpuSeconds };
}

/** `screen --jsonl` against `screen()` on the same corpus, and its memory from 100k to 1M lines. */
async function bulkScreening(): Promise<void> {
  const corpus = join(dir, 'synthetic-1m.jsonl');
  const small = join(dir, 'synthetic-100k.jsonl');
  const bytes = writeSyntheticCommentsJsonl(corpus, 1_000_000);
  writeSyntheticCommentsJsonl(small, 100_000);
  const output = join(dir, 'answers.jsonl');
  const args = (path: string, jobs: number) => ['screen', '--jsonl', path, '--as-of', '2026-11-22', '--jobs', String(jobs)];
  const best = { inProcess: Infinity, cpuInProcess: Infinity, one: Infinity, two: Infinity, cpuOne: Infinity, cpuTwo: Infinity };
  for (let round = 1; round <= 2; round++) {
    const inProcess = await screenSeconds(corpus);
    best.inProcess = Math.min(best.inProcess, inProcess.seconds);
    best.cpuInProcess = Math.min(best.cpuInProcess, inProcess.cpuSeconds);
    console.log(
      `${`screen() in this process, round ${round}`.padEnd(44)}         ${inProcess.seconds.toFixed(1).padStart(6)} s  cpu ${inProcess.cpuSeconds.toFixed(1).padStart(6)} s`,
    );
    const one = run(`screen --jsonl --jobs 1, round ${round}`, args(corpus, 1), output);
    const two = run(`screen --jsonl --jobs 2, round ${round}`, args(corpus, 2));
    best.one = Math.min(best.one, one.seconds);
    best.two = Math.min(best.two, two.seconds);
    best.cpuOne = Math.min(best.cpuOne, one.cpuSeconds);
    best.cpuTwo = Math.min(best.cpuTwo, two.cpuSeconds);
  }
  const outputBytes = statSync(output).size;
  const peak100k = run('screen --jsonl --jobs 2, 100,000 comments', args(small, 2)).peakMb;
  const peak1m = run('screen --jsonl --jobs 2, 1,000,000 comments', args(corpus, 2)).peakMb;
  const rate = (seconds: number) => `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
  console.log(`  corpus: 1,000,000 generated comments, ${mb(bytes)}`);
  console.log(`  throughput: screen() ${rate(best.inProcess)}, 1 job ${rate(best.one)}, 2 jobs ${rate(best.two)} (best of 2)`);
  console.log(
    `  1 job / screen():  ${(best.inProcess / best.one).toFixed(2)} (target ≥ 0.70; by CPU time ${(best.cpuInProcess / best.cpuOne).toFixed(2)})`,
  );
  console.log(
    `  2 jobs / 1 job:    ${(best.one / best.two).toFixed(2)}× (target ≥ 1.7× on 2 cores; load average now ${loadavg()[0]!.toFixed(1)})`,
  );
  // What two idle cores would give at most: the work of 2 jobs spread evenly over them.
  console.log(
    `  CPU 2 jobs / 1 job: ${(best.cpuTwo / best.cpuOne).toFixed(2)}× (so ≤ ${((2 * best.cpuOne) / best.cpuTwo).toFixed(2)}× on 2 idle cores)`,
  );
  console.log(`  output / input:    ${(outputBytes / bytes).toFixed(2)}× compact (target ≤ 2×)`);
  console.log(`  peak 1M / 100k:    ${(peak1m / peak100k).toFixed(2)}× (${peak100k.toFixed(0)} → ${peak1m.toFixed(0)} MB; flat ≈ 1×)`);
}

/** The other commands on inputs far larger than real ones. */
function largeInputs(): void {
  const register = join(dir, 'register.csv');
  const registerBytes = writeRegister(register, 2_000_000);
  run(`accounts audit, 2,000,000 rows (${mb(registerBytes)})`, ['accounts', 'audit', register, '--as-of', '2026-11-22']);
  run('accounts audit --csv, same register', ['accounts', 'audit', register, '--csv', '--as-of', '2026-11-22']);
  run('accounts audit --json, same register', ['accounts', 'audit', register, '--json', '--as-of', '2026-11-22']);

  const small = join(dir, 'same-10k.csv');
  const large = join(dir, 'same-100k.csv');
  writeRegister(small, 10_000, 'identical');
  writeRegister(large, 100_000, 'identical');
  const ten = run('accounts audit, one unit on 10,000 rows', ['accounts', 'audit', small, '--as-of', '2026-11-22']);
  const hundred = run('accounts audit, one unit on 100,000 rows', ['accounts', 'audit', large, '--as-of', '2026-11-22']);
  console.log(`  ratio 100k/10k: ${(hundred.seconds / ten.seconds).toFixed(1)}× (linear ≈ 10×; it was ≈ 114×)`);

  const jsonl = join(dir, 'comments.jsonl');
  const jsonlBytes = writeCommentsJsonl(jsonl, 4_200_000);
  run(`screen --jsonl (${mb(jsonlBytes)})`, ['screen', '--jsonl', jsonl, '--as-of', '2026-11-22']);

  const posts = join(dir, 'posts.csv');
  const postBytes = writePostExport(posts, 4_000_000);
  run(`cadence, 4,000,000 posts (${mb(postBytes)})`, ['cadence', posts, '--from', '2026-01-01', '--to', '2026-12-31']);

  const text = join(dir, 'long.txt');
  const textBytes = writeLongText(text, 200_000_000);
  run(`screen, one text of ${mb(textBytes)} (refused)`, ['screen', text]);
  run(`reply triage, one text of ${mb(textBytes)} (refused)`, ['reply', 'triage', text]);
  run(`hashtags check, one text of ${mb(textBytes)} (refused)`, ['hashtags', 'check', text]);
}

try {
  await bulkScreening();
  // `pnpm bench --bulk`: the bulk screening figures alone (a few minutes less).
  if (!process.argv.includes('--bulk')) largeInputs();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
