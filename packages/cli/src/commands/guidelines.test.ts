import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../test-io';

// A two-release repository: 1.0.0 has two rules; the work tree drops one and changes the other.
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'pedoman-guidelines-cli-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args]);
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  write('.changeset/README.md', '# Changesets\n');
  write('packages/core/package.json', '{"name":"@pedoman-medsos/core","version":"1.0.0"}');
  write('packages/core/data/removed-rules.yaml', 'removed: []\n');
  write('packages/naming/package.json', '{"name":"@pedoman-medsos/account-naming","version":"1.0.0"}');
  write(
    'packages/naming/data/rules.yaml',
    'rules:\n  - { id: naming.a, severity: warning, title: A }\n  - { id: naming.b, severity: warning, title: B }\n',
  );
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', '1.0.0');
  git('tag', '@pedoman-medsos/account-naming@1.0.0');
  write('packages/naming/data/rules.yaml', 'rules:\n  - { id: naming.a, severity: error, title: A }\n');
});

describe('pedoman guidelines', () => {
  it('prints the rule-level diff between a release and the work tree as Markdown', async () => {
    const { io, stdout } = memoryIo('', { cwd: join(root, 'packages') });
    expect(await main(['guidelines', 'diff', '@pedoman-medsos/account-naming@1.0.0', 'worktree'], io)).toBe(0);
    expect(stdout()).toContain('## @pedoman-medsos/account-naming (major)');
    expect(stdout()).toContain('- **Changed** rule `naming.a` — A\n  - severity: `warning` → `error`');
    expect(stdout()).toContain('- **Removed** rule `naming.b` — B');
  });

  it('fails the versioning check with the bump needed and the missing ledger entry', async () => {
    const { io, stdout } = memoryIo('', { cwd: root });
    expect(await main(['guidelines', 'check'], io)).toBe(1);
    expect(stdout()).toContain('Versioning check against @pedoman-medsos/account-naming@1.0.0: 2 problem(s)');
    expect(stdout()).toContain('✗ @pedoman-medsos/account-naming needs a major changeset, because:');
    expect(stdout()).toContain('✗ Rule naming.b (@pedoman-medsos/account-naming) was removed without a ledger entry.');
  });

  it('reports an unknown ref as an input error: which ref, and how to list the refs there are', async () => {
    const { io, stderr } = memoryIo('', { cwd: root });
    expect(await main(['guidelines', 'diff', 'v0.0.1', 'worktree', '--lang', 'en'], io)).toBe(2);
    expect(stderr()).toMatch(/^pedoman: Git ref "v0\.0\.1" not found: no tag, branch or commit of that name in this repository\./);
    expect(stderr()).toContain('Newest release tags: @pedoman-medsos/account-naming@1.0.0.');
    expect(stderr()).toContain("git tag --list '@pedoman-medsos/*'");
    expect(stderr()).not.toContain('rev-parse');
  });

  it('refuses a --timeout that is not a number of seconds', async () => {
    const { io, stderr } = memoryIo('', { cwd: root });
    expect(await main(['guidelines', 'diff', 'npm:1.0.0', 'worktree', '--timeout', 'soon', '--lang', 'en'], io)).toBe(2);
    expect(stderr()).toContain('--timeout needs a number of seconds above 0, e.g. --timeout 60 (given: "soon").');
  });
});

describe('pedoman guidelines check before the first release', () => {
  // A repository without any release tag: nothing to compare versions with, but the ledger is
  // still checked against the rules.
  let fresh: string;
  beforeAll(() => {
    fresh = mkdtempSync(join(tmpdir(), 'pedoman-guidelines-first-'));
    const write = (path: string, content: string) => {
      mkdirSync(dirname(join(fresh, path)), { recursive: true });
      writeFileSync(join(fresh, path), content);
    };
    write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
    write('packages/core/package.json', '{"name":"@pedoman-medsos/core","version":"0.0.0"}');
    write('packages/core/data/rules.yaml', 'rules:\n  - { id: account.dormant, severity: warning, status: active }\n');
    write('packages/core/data/removed-rules.yaml', 'removed:\n  - id: naming.dormant\n    replacedBy: account.dormant\n');
    execFileSync('git', ['-C', fresh, 'init', '-q', '-b', 'main']);
  });

  it('says there is no release tag to compare with, checks the ledger, and passes when it agrees', async () => {
    const { io, stdout } = memoryIo('', { cwd: fresh });
    expect(await main(['guidelines', 'check'], io)).toBe(0);
    expect(stdout()).toBe(
      'No release tag (@pedoman-medsos/NAME@VERSION) yet: versions are not compared (the first release is described by the pending changesets).\n' +
        'Rule ids and the removed-rules ledger: ok\n',
    );
  });

  it('fails, at the ledger line, when replacedBy points nowhere', async () => {
    writeFileSync(
      join(fresh, 'packages/core/data/removed-rules.yaml'),
      'removed:\n  - id: naming.dormant\n    replacedBy: account.nowhere\n',
    );
    const { io, stdout } = memoryIo('', { cwd: fresh });
    expect(await main(['guidelines', 'check'], io)).toBe(1);
    expect(stdout()).toContain('Rule ids and the removed-rules ledger: 1 problem(s)');
    expect(stdout()).toContain('packages/core/data/removed-rules.yaml:3:17  removed[0].replacedBy');
    expect(stdout()).toContain('replacedBy "account.nowhere" names no rule');
    const json = memoryIo('', { cwd: fresh });
    expect(await main(['guidelines', 'check', '--json'], json.io)).toBe(1);
    expect(JSON.parse(json.stdout())).toMatchObject({ ok: false, base: null, ruleIds: [{ line: 3, path: ['removed', 0, 'replacedBy'] }] });
  });
});

describe('pedoman guidelines laws', () => {
  it('lists every instrument with its status on the day asked, and what ended with its replacement', async () => {
    const { io, stdout } = memoryIo('');
    expect(await main(['guidelines', 'laws', '--as-of', '2026-12-02', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('Legal basis as of 2026-12-02');
    expect(stdout()).toMatch(/KUHP\s+in force\s+2026-01-02 –/);
    expect(stdout()).toContain('UU ITE Pasal 28 ayat (2) jo. Pasal 45A ayat (2): ended 2026-01-01 → KUHP Pasal 243 ayat (1)');
    expect(stdout()).toContain('UU ITE Pasal 45 ayat (3): Contested');
  });

  it('judges the status on an earlier day: before 2 January 2026 the KUHP was not yet in force', async () => {
    const { io, stdout } = memoryIo('');
    expect(await main(['guidelines', 'laws', '--as-of', '2025-06-01', '--json'], io)).toBe(0);
    const report = JSON.parse(stdout());
    const kuhp = report.instruments.find((instrument: { id: string }) => instrument.id === 'uu-1-2023');
    expect(kuhp.status).toBe('upcoming');
    expect(kuhp.provisions.find((p: { id: string }) => p.id === 'uu-1-2023/243').status).toBe('upcoming');
  });

  it('refuses an impossible date with exit 2', async () => {
    const { io, stderr } = memoryIo('');
    expect(await main(['guidelines', 'laws', '--as-of', '2026-02-30'], io)).toBe(2);
    expect(stderr()).toContain('--as-of');
  });
});

describe('pedoman guidelines freshness', () => {
  it('prints what expires next and exits 0, or 1 with --strict', async () => {
    const { io, stdout } = memoryIo('');
    expect(await main(['guidelines', 'freshness', '--as-of', '2026-12-02', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).toContain('Data expiring within 90 days of 2026-12-02');
    expect(stdout()).toMatch(/2026-12-31\s+expiring\s+campaign\s+jaga-aset-negara-2026/);
    const strict = memoryIo('');
    expect(await main(['guidelines', 'freshness', '--as-of', '2026-12-02', '--strict'], strict.io)).toBe(1);
  });
});
