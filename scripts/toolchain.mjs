#!/usr/bin/env node
// Puts the project's toolchain (Node 24 and pnpm 10) in front of PATH, then runs a command with it.
//
// Why a script of our own: the machines this project runs on ship Node 20 and no pnpm, corepack
// cannot verify registry signatures there, and only the npm registry is reachable. The registry
// serves Node itself as `node-linux-<arch>`, so this script installs that package (and pnpm) into a
// cache folder with the system npm. It uses nothing but Node built-ins so it runs on Node >= 18.
//
//   node scripts/toolchain.mjs start        install, build, serve the handbook on 127.0.0.1
//   node scripts/toolchain.mjs test         install, then lint, type-check, build and run every test
//   node scripts/toolchain.mjs pnpm ARGS…   any pnpm command under the toolchain
//   node scripts/toolchain.mjs env          print `export PATH=…` for your shell (eval it)

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootManifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const NODE_VERSION = '24.21.0';
const MIN_NODE_MAJOR = 24;
const PNPM_VERSION = rootManifest.packageManager.replace(/^pnpm@/, '');
const cacheRoot = process.env.PEDOMAN_TOOLCHAIN_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'pedoman-medsos');

function say(message) {
  process.stderr.write(`[toolchain] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[toolchain] ${message}\n`);
  process.exit(2);
}

function versionOf(command, env = process.env) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8', env });
  return result.status === 0 ? result.stdout.trim().replace(/^v/, '') : undefined;
}

function npmInstallInto(folder, spec) {
  mkdirSync(folder, { recursive: true });
  say(`installing ${spec} into ${folder}`);
  const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', folder, spec], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0)
    fail(`npm could not install ${spec}. Check the registry connection (and NODE_EXTRA_CA_CERTS), then run the command again.`);
}

/** Folder holding a `node` binary of at least MIN_NODE_MAJOR, installing Node from the registry when needed. */
function nodeBinDir() {
  if (Number(process.versions.node.split('.')[0]) >= MIN_NODE_MAJOR) return dirname(process.execPath);
  const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
  if (process.platform !== 'linux' || !arch) fail(`Node ${MIN_NODE_MAJOR} or newer is required; install it, then run the command again.`);
  const folder = join(cacheRoot, `node-${NODE_VERSION}`);
  const binDir = join(folder, 'node_modules', `node-linux-${arch}`, 'bin');
  if (!existsSync(join(binDir, 'node'))) npmInstallInto(folder, `node-linux-${arch}@${NODE_VERSION}`);
  return binDir;
}

/** Folder holding a `pnpm` of the major the repo pins, installing it into the cache when needed. */
function pnpmBinDir(env) {
  const wantedMajor = PNPM_VERSION.split('.')[0];
  const which = spawnSync('sh', ['-c', 'command -v pnpm'], { encoding: 'utf8', env });
  const systemPnpm = which.status === 0 ? which.stdout.trim() : '';
  if (systemPnpm && versionOf(systemPnpm, env)?.split('.')[0] === wantedMajor) return dirname(systemPnpm);
  const folder = join(cacheRoot, `pnpm-${PNPM_VERSION}`);
  const binDir = join(folder, 'node_modules', '.bin');
  if (!existsSync(join(binDir, 'pnpm'))) npmInstallInto(folder, `pnpm@${PNPM_VERSION}`);
  return binDir;
}

function toolchainEnv() {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };
  const nodeDir = nodeBinDir();
  env.PATH = `${nodeDir}:${env.PATH}`;
  env.PATH = `${pnpmBinDir(env)}:${env.PATH}`;
  // npm is our installer here only; keep the machine's CA bundle so it reaches the registry.
  if (process.env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
  return env;
}

function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** The browser tests drive Debian's Chromium, a downloaded browser build is never used; the PDF tests render pages with poppler-utils. */
function ensureChromium() {
  const missing = [];
  if (!existsSync(chromiumPath())) missing.push('chromium');
  if (spawnSync('sh', ['-c', 'command -v pdftoppm && command -v pdftotext && command -v pdfinfo'], { stdio: 'ignore' }).status !== 0) {
    missing.push('poppler-utils');
  }
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    fail(
      `Missing Debian packages: ${missing.join(', ')} (Chromium expected at ${chromiumPath()}). Install them (sudo apt-get install -y ${missing.join(' ')}) or set CHROMIUM_PATH, then run the command again.`,
    );
  }
  say(`installing ${missing.join(' and ')} from Debian packages (apt-get install ${missing.join(' ')})`);
  const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
  execFileSync('apt-get', ['update', '-qq'], quiet);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    ...quiet,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, cwd: repoRoot });
  if (result.error) fail(`could not start ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

const [action, ...rest] = process.argv.slice(2);
switch (action) {
  case 'start': {
    const env = toolchainEnv();
    const steps = [['install'], ['run', 'build'], ['run', 'serve']];
    for (const step of steps) {
      const status = run('pnpm', step, env);
      if (status !== 0) process.exit(status);
    }
    break;
  }
  case 'test': {
    ensureChromium();
    const env = toolchainEnv();
    const installed = run('pnpm', ['install'], env);
    if (installed !== 0) {
      process.stdout.write('0 passed, 1 failed\n');
      process.exit(installed);
    }
    process.exit(run('pnpm', ['run', 'test:all', ...rest], env));
    break;
  }
  case 'pnpm':
    process.exit(run('pnpm', rest, toolchainEnv()));
    break;
  case 'env':
    process.stdout.write(`export PATH="${toolchainEnv().PATH}"\n`);
    break;
  default:
    fail('usage: node scripts/toolchain.mjs start | test | pnpm ARGS… | env');
}
