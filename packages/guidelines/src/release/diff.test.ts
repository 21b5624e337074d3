import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diffSnapshots } from './diff';
import { diffToMarkdown } from './diff-markdown';
import { snapshotAtRef } from './snapshot';
import { baseRules, createTestRepository } from './test-repository';

let repo: ReturnType<typeof createTestRepository>;
beforeEach(() => {
  repo = createTestRepository();
});
afterEach(() => repo.remove());

describe('diffSnapshots between two git refs', () => {
  it('lists the added, removed and changed rules with their changed fields', () => {
    repo.writeRules([
      { ...(baseRules[0] as (typeof baseRules)[0]), severity: 'warning', title: { id: 'Pola handle', en: 'The handle pattern' } },
      {
        id: 'naming.abbreviations',
        severity: 'info',
        title: { id: 'Singkatan', en: 'Abbreviations' },
        status: 'active',
        effectiveFrom: '2027-01-01',
      },
    ]);
    repo.commit('next');
    const diff = diffSnapshots(snapshotAtRef(repo.root, '@pedoman-medsos/account-naming@1.0.0'), snapshotAtRef(repo.root, 'HEAD'));
    expect(diff.entities).toEqual([
      {
        package: '@pedoman-medsos/account-naming',
        file: 'rules.yaml',
        collection: 'rules',
        id: 'naming.handle-pattern',
        title: 'Pola handle',
        kind: 'changed',
        fields: [
          { path: 'severity', before: 'error', after: 'warning', wording: false },
          { path: 'title.en', before: 'Handle pattern', after: 'The handle pattern', wording: true },
        ],
      },
      {
        package: '@pedoman-medsos/account-naming',
        file: 'rules.yaml',
        collection: 'rules',
        id: 'naming.display-name',
        title: 'Nama tampilan',
        kind: 'removed',
        fields: [],
      },
      {
        package: '@pedoman-medsos/account-naming',
        file: 'rules.yaml',
        collection: 'rules',
        id: 'naming.abbreviations',
        title: 'Singkatan',
        kind: 'added',
        fields: [],
      },
    ]);
    const markdown = diffToMarkdown(diff);
    expect(markdown).toContain('## @pedoman-medsos/account-naming (major)');
    expect(markdown).toContain(
      '- **Changed** rule `naming.handle-pattern` — Pola handle\n  - severity: `error` → `warning`\n  - title.en: `Handle pattern` → `The handle pattern` _(wording)_',
    );
    expect(markdown).toContain('- **Removed** rule `naming.display-name` — Nama tampilan');
    expect(markdown).toContain('- **Added** rule `naming.abbreviations` — Singkatan');
  });

  it('reports a term list as words that entered and left', () => {
    repo.write('packages/account-naming/data/terms.yaml', 'lists:\n  - category: gambling\n    terms: [slot, gacor]\n');
    repo.commit('terms');
    repo.write('packages/account-naming/data/terms.yaml', 'lists:\n  - category: gambling\n    terms: [slot, maxwin]\n');
    repo.commit('terms 2');
    const diff = diffSnapshots(snapshotAtRef(repo.root, 'HEAD~1'), snapshotAtRef(repo.root, 'HEAD'));
    expect(diff.entities[0]?.fields).toEqual([{ path: 'terms', before: ['gacor'], after: ['maxwin'], wording: false }]);
  });

  it('says which ref it cannot read', () => {
    expect(() => snapshotAtRef(repo.root, 'v9.9.9')).toThrow(/^Git ref "v9\.9\.9" not found/);
  });
});
