// The packages as an outside developer receives them: `pnpm pack` of every package, the tarballs
// installed into a fresh project in a temporary folder (nothing @pedoman-medsos from a registry;
// third-party dependencies from the local pnpm store, the npm registry asked only for metadata the
// cache lacks), then a small program using each package's main API is type-checked under
// `strict` (nodenext), run with Node, and bundled for the browser with esbuild. A packaging mistake
// (a file left out of `files`, an export map pointing nowhere, a type only the workspace resolves,
// a Node built-in in a browser entry) fails here before a release does.
//
//   node scripts/consumer-test.mjs        (run `pnpm build` first)

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'pedoman-consumer-'));
const started = Date.now();

function fail(step, output) {
  process.stderr.write(`consumer test: ${step} failed\n${String(output).trim().split('\n').slice(0, 40).join('\n')}\n`);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
}

/** Every published package, packed into `work/tarballs`. */
function packAll() {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  const packed = {};
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    const before = new Set(readdirSync(tarballs));
    execFileSync('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', dir), stdio: 'pipe' });
    const file = readdirSync(tarballs).find((name) => !before.has(name));
    packed[manifest.name] = `file:${join(tarballs, file)}`;
  }
  return packed;
}

// Each package's main API as a developer would call it, with the values the READMEs promise.
const program = `
import { auditAccounts, checkHandle, exampleProfiles, suggestHandle } from '@pedoman-medsos/account-naming';
import { parseRegisterCsv } from '@pedoman-medsos/account-naming/register-csv';
import { getPlatform, localize } from '@pedoman-medsos/core';
import { checkHashtags } from '@pedoman-medsos/digital-agenda';
import { agendaCalendar } from '@pedoman-medsos/digital-agenda/calendar';
import { findProcedure } from '@pedoman-medsos/governance';
import { replyTemplates } from '@pedoman-medsos/guidelines';
import { checkImageMeta, findImageTarget } from '@pedoman-medsos/profile-image';
import { screen } from '@pedoman-medsos/prohibited-content';
import { isDeadline, renderReply, replyDueBy } from '@pedoman-medsos/reply-templates';

const profile = exampleProfiles.ministry;
const register = parseRegisterCsv('unit,platform,handle,followers\\nKPKNL Bandung,x,kpknlbandung,10\\n');
const due = replyDueBy('2026-12-24T16:30+07:00', 'question');
const target = findImageTarget('instagram');
export const results = {
  platform: localize(getPlatform('x').accountType, 'en').length > 0 && getPlatform('x').handle.maxLength.value,
  suggested: suggestHandle('KPKNL Banjarmasin', 'x', profile).handle,
  handle: checkHandle('BandungKpknl', { platform: 'x', unit: 'KPKNL Bandung', profile }).map((f) => f.ruleId),
  register: [register.rows.length, register.problems.length, register.rows[0]?.extra['followers']],
  audit: auditAccounts(register.rows.map((r) => r.row), profile, { asOf: '2026-12-02' }).rows.length,
  hashtags: checkHashtags('Ayo #jagaasetnegara', { date: '2026-11-22', platform: 'x' }).map((f) => f.ruleId),
  calendar: agendaCalendar().startsWith('BEGIN:VCALENDAR'),
  procedure: findProcedure('open-account')?.steps.length ?? 0,
  image: target ? checkImageMeta({ width: 100, height: 100, format: 'png', bytes: 1 }, target).map((f) => f.ruleId) : [],
  screen: screen('SLOT GACOR maxwin', { mode: 'comment' }).verdict,
  reply: renderReply('appreciation.thanks', { name: 'Budi' }, { locale: 'en' }).text,
  due: isDeadline(due) ? due.dueBy : due.findings.map((f) => f.ruleId),
  umbrella: typeof replyTemplates.triageMessage,
};
console.log(JSON.stringify(results));
`;

// The Node entry of profile-image without sharp (an optional peer the project did not install).
const nodeEntry = `
import { ConfigError } from '@pedoman-medsos/core';
try {
  await import('@pedoman-medsos/profile-image/node');
  console.log(JSON.stringify({ sharp: 'loaded' }));
} catch (error) {
  console.log(JSON.stringify({ sharp: error instanceof ConfigError ? error.message : String(error) }));
}
`;

const expected = {
  platform: 15,
  suggested: 'kpknlbjm',
  register: [1, 0, '10'],
  audit: 1,
  hashtags: ['agenda.hashtag-case'],
  calendar: true,
  image: ['image.minimum-size'],
  screen: 'hide',
  reply: 'Thank you for the kind words, Budi! We keep working to serve you better.',
  due: '2026-12-28T12:00:00+07:00',
  umbrella: 'function',
};

function createProject(packed) {
  const project = join(work, 'project');
  mkdirSync(project);
  // The tarballs are the dependencies, and overrides point the packages' dependencies on each
  // other at the tarballs too, so nothing @pedoman-medsos comes from a registry.
  // The CLI is an application, not a library: packed (its files are checked), not installed, so
  // the project has no sharp and profile-image's Node entry must say how to install it.
  const libraries = Object.fromEntries(Object.entries(packed).filter(([name]) => name !== '@pedoman-medsos/cli'));
  const manifest = {
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies: libraries,
    devDependencies: { '@types/node': '^24.10.0' },
    pnpm: { overrides: libraries },
  };
  writeFileSync(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'nodenext',
        target: 'es2022',
        lib: ['es2023', 'dom'],
        strict: true,
        outDir: 'out',
        skipLibCheck: false,
        types: ['node'],
      },
      include: ['index.ts', 'node-entry.ts'],
    }),
  );
  writeFileSync(join(project, 'index.ts'), program);
  writeFileSync(join(project, 'node-entry.ts'), nodeEntry);
  return project;
}

const packed = packAll();
const project = createProject(packed);
// The third-party dependencies come from the pnpm store the workspace install filled
// (`--offline` would also need pnpm's metadata cache, which a store alone does not hold).
const install = spawnSync(
  'pnpm',
  ['install', '--prefer-offline', '--ignore-workspace', '--config.auto-install-peers=false', '--reporter=append-only'],
  {
    cwd: project,
    encoding: 'utf8',
  },
);
if (install.status !== 0) fail('pnpm install --prefer-offline (tarballs)', `${install.stdout}${install.stderr}`);

// skipLibCheck off: the shipped declarations themselves must type-check under strict.
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8' });
if (tsc.status !== 0) fail('tsc --strict (nodenext)', tsc.stdout);

const run = spawnSync(process.execPath, [join(project, 'out', 'index.js')], { cwd: project, encoding: 'utf8' });
if (run.status !== 0) fail('node out/index.js', run.stderr);
const results = JSON.parse(run.stdout);
for (const [key, value] of Object.entries(expected)) {
  if (JSON.stringify(results[key]) !== JSON.stringify(value))
    fail(`result "${key}"`, `expected ${JSON.stringify(value)}, got ${JSON.stringify(results[key])}`);
}
if (!Array.isArray(results.handle) || results.handle.length === 0) fail('result "handle"', JSON.stringify(results.handle));

const nodeRun = spawnSync(process.execPath, [join(project, 'out', 'node-entry.js')], { cwd: project, encoding: 'utf8' });
const sharp = nodeRun.status === 0 ? JSON.parse(nodeRun.stdout).sharp : nodeRun.stderr;
if (!/sharp is not installed\. Install it in your project: npm install sharp/.test(sharp)) fail('profile-image/node without sharp', sharp);

try {
  await build({
    entryPoints: [join(project, 'index.ts')],
    absWorkingDir: project,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
} catch (error) {
  fail('esbuild --platform=browser', error.message);
}

rmSync(work, { recursive: true, force: true });
process.stderr.write(
  `consumer test: ${Object.keys(packed).length} packages packed, the libraries installed from their tarballs; strict type-check, Node run, profile-image/node without sharp and browser bundle ok (${((Date.now() - started) / 1000).toFixed(0)} s)\n`,
);
