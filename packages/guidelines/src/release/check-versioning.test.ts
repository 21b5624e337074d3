import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPendingChangesets } from './changesets';
import { checkVersioning } from './check-versioning';
import { diffSnapshots } from './diff';
import { lastReleaseTag, snapshotAtRef, snapshotOfWorktree } from './snapshot';
import { baseRules, createTestRepository } from './test-repository';

let repo: ReturnType<typeof createTestRepository>;
beforeEach(() => {
  repo = createTestRepository();
});
afterEach(() => repo.remove());

function check() {
  const base = snapshotAtRef(repo.root, lastReleaseTag(repo.root) as string);
  const head = snapshotOfWorktree(repo.root);
  return checkVersioning(base, head, diffSnapshots(base, head), readPendingChangesets(repo.root));
}

const stricter = baseRules.map((rule) => (rule.id === 'naming.display-name' ? { ...rule, severity: 'error' as const } : rule));

describe('checkVersioning', () => {
  it('passes when nothing changed since the last release', () => {
    expect(lastReleaseTag(repo.root)).toBe('@pedoman-medsos/account-naming@1.0.0');
    expect(check()).toMatchObject({ ok: true, problems: [] });
  });

  it('fails a data change without a changeset, saying which bump is needed and why', () => {
    repo.writeRules(stricter);
    const report = check();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      [
        '@pedoman-medsos/account-naming needs a minor changeset, because:',
        '  - rule `naming.display-name` (rules.yaml) changed in severity: validation results may change',
        '  No pending changeset names @pedoman-medsos/account-naming. Add one: pnpm changeset (choose minor).',
      ].join('\n'),
    ]);
  });

  it('fails a changeset whose bump is lower than the change requires, and passes a sufficient one', () => {
    repo.writeRules(stricter);
    repo.changeset('typo', { '@pedoman-medsos/account-naming': 'patch' });
    expect(check().problems[0]).toContain('The pending changesets declare only patch (.changeset/typo.md: patch). Raise it to minor.');
    repo.changeset('typo', { '@pedoman-medsos/account-naming': 'minor' });
    expect(check().ok).toBe(true);
  });

  it('asks only for a patch when the wording alone changed', () => {
    repo.writeRules(baseRules.map((rule) => ({ ...rule, title: { ...rule.title, en: `${rule.title.en}.` } })));
    expect(check().required).toEqual([expect.objectContaining({ package: '@pedoman-medsos/account-naming', bump: 'patch' })]);
    repo.changeset('wording', { '@pedoman-medsos/account-naming': 'patch' });
    expect(check().ok).toBe(true);
  });

  it('fails a removed rule without a ledger entry, even with a major changeset', () => {
    repo.writeRules(baseRules.slice(0, 1));
    repo.changeset('remove', { '@pedoman-medsos/account-naming': 'major' });
    const report = check();
    expect(report.problems).toEqual([
      'Rule naming.display-name (@pedoman-medsos/account-naming) was removed without a ledger entry. Add it to packages/core/data/removed-rules.yaml with its replacement (replacedBy) or a reason, and release it as major.',
    ]);
  });

  it('passes a removal recorded in the ledger with a major changeset', () => {
    repo.writeRules(baseRules.slice(0, 1));
    const entry = { id: 'naming.display-name', removedIn: '2.0.0', removedOn: '2027-01-01', reason: { id: 'Digabung.', en: 'Merged.' } };
    repo.writeLedger([{ ...entry, replacedBy: 'naming.handle-pattern' }]);
    repo.changeset('remove', { '@pedoman-medsos/account-naming': 'minor', '@pedoman-medsos/core': 'minor' });
    expect(check().problems[0]).toMatch(
      /^@pedoman-medsos\/account-naming needs a major changeset, because:\n {2}- rule `naming.display-name` \(rules.yaml\) was removed/,
    );
    repo.changeset('remove', { '@pedoman-medsos/account-naming': 'major', '@pedoman-medsos/core': 'minor' });
    expect(check().ok).toBe(true);
  });

  it('treats a new required schema field as a major change', () => {
    repo.write(
      'packages/account-naming/schemas/rules.schema.json',
      JSON.stringify({
        type: 'object',
        properties: {
          rules: {
            type: 'array',
            items: { type: 'object', properties: { id: {}, severity: {}, owner: {} }, required: ['id', 'severity', 'owner'] },
          },
        },
        required: ['rules'],
      }),
    );
    expect(check().required[0]).toMatchObject({
      bump: 'major',
      reasons: [{ bump: 'major', reason: 'rules.schema.json rules.*.owner is now required: existing data without it no longer validates' }],
    });
  });
});
