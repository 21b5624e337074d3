import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotAtRef } from './snapshot';
import { SnapshotError } from './snapshot-error';
import { createTestRepository } from './test-repository';

let repo: ReturnType<typeof createTestRepository>;
beforeEach(() => {
  repo = createTestRepository();
});
afterEach(() => repo.remove());

function failure(root: string, ref: string): SnapshotError {
  try {
    snapshotAtRef(root, ref);
  } catch (error) {
    if (error instanceof SnapshotError) return error;
    throw error;
  }
  throw new Error(`${ref} was found`);
}

describe('snapshotAtRef', () => {
  it('reads the data as committed at a release tag', () => {
    const snapshot = snapshotAtRef(repo.root, '@pedoman-medsos/account-naming@1.0.0');
    expect(snapshot.packages.map((pkg) => pkg.name)).toContain('@pedoman-medsos/account-naming');
  });

  it('says which ref was not found, the release tags there are and how to list refs, without the git command', () => {
    const { text } = failure(repo.root, 'v0.0.1');
    expect(text.en).toBe(
      `Git ref "v0.0.1" not found: no tag, branch or commit of that name in this repository. Newest release tags: @pedoman-medsos/account-naming@1.0.0. To list them all: git tag --list '@pedoman-medsos/*' (release tags) or git branch --all (branches); to get tags not fetched yet: git fetch --tags. Or compare with worktree (the files as they are) or npm:VERSION (a published release).`,
    );
    expect(text.id).toContain('Ref git "v0.0.1" tidak ditemukan');
    expect(`${text.id} ${text.en}`).not.toMatch(/rev-parse|\^\{commit\}/);
  });

  it('says plainly when the folder is not a git repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'pedoman-no-git-'));
    try {
      expect(failure(plain, 'main').text.en).toMatch(/^Could not look up main with git: not a git repository/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
