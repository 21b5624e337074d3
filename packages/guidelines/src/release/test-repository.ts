// A small guidelines repository in a temporary folder, with git, for the release-tooling tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export interface Rule {
  id: string;
  severity: 'error' | 'warning' | 'info';
  title: { id: string; en: string };
  status: string;
  effectiveFrom: string;
}

export const baseRules: Rule[] = [
  {
    id: 'naming.handle-pattern',
    severity: 'error',
    title: { id: 'Pola handle', en: 'Handle pattern' },
    status: 'active',
    effectiveFrom: '2026-01-01',
  },
  {
    id: 'naming.display-name',
    severity: 'warning',
    title: { id: 'Nama tampilan', en: 'Display name' },
    status: 'active',
    effectiveFrom: '2026-01-01',
  },
];

export function createTestRepository() {
  const root = mkdtempSync(join(tmpdir(), 'pedoman-release-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const repo = {
    root,
    write,
    git,
    writeRules(rules: Rule[]) {
      write('packages/account-naming/data/rules.yaml', stringify({ rules }));
    },
    writeLedger(removed: unknown[]) {
      write('packages/core/data/removed-rules.yaml', stringify({ removed }));
    },
    changeset(name: string, bumps: Record<string, string>) {
      write(
        `.changeset/${name}.md`,
        `---\n${Object.entries(bumps)
          .map(([pkg, bump]) => `"${pkg}": ${bump}`)
          .join('\n')}\n---\n\nPerubahan. Change.\n`,
      );
    },
    commit(message: string) {
      git('add', '-A');
      git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', message);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
  git('init', '-q', '-b', 'main');
  write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
  write('.changeset/README.md', '# Changesets\n');
  write('packages/core/package.json', JSON.stringify({ name: '@pedoman-medsos/core', version: '1.0.0' }));
  write('packages/account-naming/package.json', JSON.stringify({ name: '@pedoman-medsos/account-naming', version: '1.0.0' }));
  write(
    'packages/account-naming/schemas/rules.schema.json',
    JSON.stringify({
      type: 'object',
      properties: {
        rules: { type: 'array', items: { type: 'object', properties: { id: {}, severity: {} }, required: ['id', 'severity'] } },
      },
      required: ['rules'],
    }),
  );
  repo.writeLedger([]);
  repo.writeRules(baseRules);
  repo.commit('release 1.0.0');
  git('tag', '@pedoman-medsos/account-naming@1.0.0');
  return repo;
}
