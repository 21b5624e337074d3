// Runs every check the README promises (lint, type-check, build, all vitest suites) and ends with the
// one plain line CI reads: `N passed, N failed`. Each package's vitest writes a JSON report to
// `.reports/vitest.json` (turbo restores it from cache with the task), and this script adds them up.
// A failing lint, type-check or build step counts as one failed check, so the line never reads
// "0 failed" for a red run.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaceDirs = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);

for (const dir of workspaceDirs) rmSync(join(dir, '.reports'), { recursive: true, force: true });

function step(label, command, args) {
  process.stderr.write(`\n▶ ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root });
  return { label, ok: result.status === 0 };
}

const lint = step('lint', 'biome', ['ci', '.']);
const tasks = step('typecheck, build, test', 'turbo', ['run', 'typecheck', 'build', 'test', '--continue', ...process.argv.slice(2)]);
// Every ```ts block of the package READMEs type-checks under `strict` and runs against the built packages.
const readmeExamples = step('README examples', 'node', ['scripts/check-readme-examples.mjs']);
// What a web page pays for one function of each package (esbuild for the browser, gzip): the table, and the budgets.
const bundleBudgets = step('bundle budgets', 'node', ['scripts/check-bundle-budgets.mjs']);
// Every package packed and installed from its tarball into a fresh project: strict type-check, Node run, browser bundle.
const consumer = step('consumer test', 'node', ['scripts/consumer-test.mjs']);
// The versioning policy: pending changesets must bump each package as much as its data changed since
// the last release tag, and removed rules must be in the ledger (see .changeset/README.md).
const versioning = step('versioning check', 'node', ['packages/cli/dist/bin.js', 'guidelines', 'check']);
// Time-bound data (holidays, campaigns, platform figures, legal provisions) expiring within 90 days:
// a warning here; the release (`pnpm release`) refuses to publish until it is dealt with.
step('freshness (warning only)', 'node', ['packages/cli/dist/bin.js', 'guidelines', 'freshness']);

let passed = 0;
let failed = 0;
let skipped = 0;
const reports = [];
for (const dir of workspaceDirs) {
  const file = join(dir, '.reports', 'vitest.json');
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  reports.push(dir);
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load has no failing test in it, but it is a failure all the same.
  failed += report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
}

// Test failures already explain a red turbo run; otherwise a type-check or build step broke.
if (!tasks.ok && failed === 0) failed += 1;
if (!lint.ok) failed += 1;
if (!versioning.ok) failed += 1;
if (!readmeExamples.ok) failed += 1;
if (!bundleBudgets.ok) failed += 1;
if (!consumer.ok) failed += 1;
const failedSteps = [lint, tasks, readmeExamples, bundleBudgets, consumer, versioning].filter((s) => !s.ok);
for (const s of failedSteps) process.stderr.write(`✗ ${s.label} failed (see its output above)\n`);
process.stderr.write(`test reports read: ${reports.length}${skipped ? `, ${skipped} tests skipped` : ''}\n`);
// Exactly `N passed, N failed`: the CI reader parses nothing more on this line.
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
