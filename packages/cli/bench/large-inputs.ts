// `pnpm bench`: the CLI on inputs far larger than real ones — a 2,000,000-row register (≈ 200 MB),
// a 200 MB JSON Lines export, 2,000,000 posts, one 200 MB "text" — and the repeated-unit register
// that used to take quadratic time. Prints seconds and the peak memory (maximum resident set) of
// each run; fails when a peak passes the 500 MB budget. Seconds are printed, never asserted: they
// depend on the machine (compare the 10k/100k ratio within one run).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCommentsJsonl, writeLongText, writePostExport, writeRegister } from '../src/reliability/large-fixtures';

const budgetMb = 500;
const bin = new URL('../dist/bin.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'pedoman-bench-'));
// Loaded before the CLI: prints the process's peak memory as it exits.
const peak = join(dir, 'peak.mjs');
writeFileSync(peak, "process.on('exit', () => process.stderr.write('\\npeak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'));\n");

function run(label: string, args: string[]): { seconds: number; peakMb: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', peak, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const peakMb = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN) / 1024;
  const verdict = peakMb <= budgetMb ? 'ok' : `OVER ${budgetMb} MB`;
  const firstLine = result.stderr.split('\n').find((line) => line.startsWith('pedoman:')) ?? '';
  console.log(
    `${label.padEnd(44)} exit ${result.status}  ${seconds.toFixed(1).padStart(6)} s  peak ${peakMb.toFixed(0).padStart(4)} MB  ${verdict}${firstLine ? `  ${firstLine.slice(0, 90)}` : ''}`,
  );
  if (!(peakMb <= budgetMb)) process.exitCode = 1;
  return { seconds, peakMb };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
try {
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
