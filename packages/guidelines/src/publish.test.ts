// Verified publishing: every package passes publint and "are the types wrong" (ESM-only), is
// published by `changeset publish` to a real local registry (Verdaccio on 127.0.0.1, started and
// stopped here), and installed into a fresh project that type-checks an import of each package
// and runs a validator. Slow by nature (one npm install): minutes, not seconds.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { runServer } from 'verdaccio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from './release/diff';
import { snapshotOfPublished } from './release/published';
import { snapshotOfWorktree } from './release/snapshot';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pedoman-publish-'));

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  engines?: { node?: string };
  repository?: { directory?: string };
  homepage?: string;
  keywords?: string[];
  exports?: Record<string, unknown>;
}

// Packages whose manifest another change is rewriting: the metadata test names them instead of failing.
const metadataPending: Record<string, string> = {};
const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as Manifest,
  }))
  .filter((pkg) => !pkg.manifest.private);

const guidelinesVersion = (packages.find((pkg) => pkg.manifest.name === '@pedoman-medsos/guidelines') as (typeof packages)[number]).manifest
  .version;
let server: Server;
let registry: string;

beforeAll(async () => {
  const app = await runServer({
    self_path: work,
    storage: join(work, 'storage'),
    uplinks: {},
    packages: { '@pedoman-medsos/*': { access: '$all', publish: '$anonymous', unpublish: '$anonymous' }, '**': { access: '$all' } },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
  } as never);
  server = await new Promise<Server>((resolve) => {
    const listening: Server = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

describe.each(packages.map((pkg) => [pkg.manifest.name, pkg] as const))('%s as published', (_name, pkg) => {
  it.skipIf(pkg.manifest.name in metadataPending)('names its Node version, repository, page and keywords, and exports its data', () => {
    const { manifest } = pkg;
    expect(manifest.engines?.node).toBe('>=24');
    expect(manifest.repository?.directory).toBe(`packages/${pkg.dir.split('/').at(-1)}`);
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.keywords?.length).toBeGreaterThan(0);
    if (existsSync(join(pkg.dir, 'data'))) expect(manifest.exports?.['./data/*.yaml']).toBe('./data/*.yaml');
  });

  it('passes publint and arethetypeswrong (ESM-only)', async () => {
    const destination = mkdtempSync(join(work, 'pack-'));
    await run('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir });
    const tarball = join(destination, readdirSync(destination)[0] as string);
    const { messages, pkg: packed } = await publint({ pkgDir: pkg.dir, pack: 'pnpm' });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, packed)}`)).toEqual([]);
    const attw = await run('pnpm', ['exec', 'attw', tarball, '--profile', 'esm-only', '--format', 'json'], {
      cwd: join(root, 'packages', 'guidelines'),
    }).catch((error: { stdout: string; code: number }) => error);
    const report = JSON.parse(attw.stdout) as { analysis?: { problems?: { resolutionKind?: string }[] } };
    // The ESM-only profile ignores what CommonJS resolvers (node10, node16-cjs) would see.
    const esmProblems = (report.analysis?.problems ?? []).filter(
      (problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind ?? ''),
    );
    expect(esmProblems).toEqual([]);
    expect('code' in attw ? attw.code : 0).toBe(0);
  });
});

describe('changeset publish to a local registry', () => {
  it('publishes every package, and a fresh project installs, type-checks and runs them', async () => {
    const npmrc = join(work, 'publish.npmrc');
    writeFileSync(npmrc, `registry=${registry}\n//${registry.slice(7)}:_authToken=local-test-token\n`);
    const env = { ...process.env, NPM_CONFIG_USERCONFIG: npmrc, npm_config_registry: registry, CI: 'true' };
    const publishing = await run('pnpm', ['exec', 'changeset', 'publish', '--no-git-tag'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
    for (const pkg of packages) {
      const info = await run('npm', [
        'view',
        `${pkg.manifest.name}@${pkg.manifest.version}`,
        'version',
        '--registry',
        registry,
        '--userconfig',
        npmrc,
      ]);
      expect(info.stdout.trim(), `${pkg.manifest.name}\n${publishing.stdout}\n${publishing.stderr}`).toBe(pkg.manifest.version);
    }

    // A published release reads back as the same guideline data: no rule-level difference.
    const published = await snapshotOfPublished(guidelinesVersion, { registry });
    expect(diffSnapshots(published, snapshotOfWorktree(root)).entities).toEqual([]);

    const consumer = mkdtempSync(join(work, 'consumer-'));
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: Object.fromEntries(packages.map((pkg) => [pkg.manifest.name, pkg.manifest.version])),
        devDependencies: { typescript: '~6.0.3', '@types/node': '^24.10.0' },
      }),
    );
    // Only the @pedoman-medsos scope comes from the local registry; everything else from the usual one.
    writeFileSync(join(consumer, '.npmrc'), `@pedoman-medsos:registry=${registry}\n//${registry.slice(7)}:_authToken=local-test-token\n`);
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, outDir: 'out', skipLibCheck: false, types: ['node'] },
        include: ['index.ts'],
      }),
    );
    writeFileSync(
      join(consumer, 'index.ts'),
      [
        "import { checkHandle, exampleProfiles } from '@pedoman-medsos/account-naming';",
        "import { getPlatform } from '@pedoman-medsos/core';",
        "import { checkHashtags } from '@pedoman-medsos/digital-agenda';",
        "import { core, replyTemplates } from '@pedoman-medsos/guidelines';",
        "import guidelines from '@pedoman-medsos/guidelines/guidelines.json' with { type: 'json' };",
        "import { checkImageMeta, findImageTarget } from '@pedoman-medsos/profile-image';",
        "import { screen } from '@pedoman-medsos/prohibited-content';",
        "import { renderReply } from '@pedoman-medsos/reply-templates';",
        'const results = {',
        "  platform: getPlatform('x').handle.maxLength.value,",
        "  handle: checkHandle('BandungKpknl', { platform: 'x', profile: exampleProfiles.ministry }).map((finding) => finding.ruleId),",
        "  screen: screen('SLOT GACOR maxwin', { mode: 'comment' }).verdict,",
        "  image: checkImageMeta({ width: 100, height: 100, format: 'png', bytes: 1 }, findImageTarget('instagram')!).map((finding) => finding.ruleId),",
        "  reply: renderReply('appreciation.thanks', { name: 'Budi' }, { locale: 'en' }).text,",
        "  hashtags: checkHashtags('#jagaasetnegara', { date: '2026-11-22' }).map((finding) => finding.ruleId),",
        '  umbrella: core.getPlatform === getPlatform && typeof replyTemplates.triageMessage,',
        '  json: guidelines.packages.length,',
        '};',
        'console.log(JSON.stringify(results));',
      ].join('\n'),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: consumer, maxBuffer: 64 * 1024 * 1024 });
    const typecheck = await run(join(consumer, 'node_modules', '.bin', 'tsc'), ['-p', '.'], { cwd: consumer }).catch(
      (error: { stdout: string }) => error,
    );
    expect(typecheck.stdout).toBe('');
    const output = await run(process.execPath, [join(consumer, 'out', 'index.js')], { cwd: consumer });
    const results = JSON.parse(output.stdout);
    expect(results).toMatchObject({
      platform: 15,
      screen: 'hide',
      image: ['image.minimum-size'],
      reply: 'Thank you for the kind words, Budi! We keep working to serve you better.',
      hashtags: ['agenda.hashtag-case'],
      umbrella: 'function',
    });
    expect(results.handle.length).toBeGreaterThan(0);
    expect(results.json).toBe(packages.filter((pkg) => existsSync(join(pkg.dir, 'data'))).length);
    const cli = await run(
      process.execPath,
      [join(consumer, 'node_modules', '@pedoman-medsos', 'cli', 'dist', 'bin.js'), 'platforms', '--json'],
      { cwd: consumer },
    );
    expect(JSON.parse(cli.stdout).platforms.map((platform: { id: string }) => platform.id)).toContain('threads');
  });
});
