import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LocalizedText } from '@pedoman-medsos/core';
import { parse } from 'yaml';
import { type RegistryOptions, snapshotOfPublished } from './published';
import { SnapshotError } from './snapshot-error';

export { SnapshotError };

/** The data of one published package at one point in time. */
export interface PackageSnapshot {
  name: string;
  version: string;
  /** Folder of the package in the repository, e.g. `packages/core`. */
  dir: string;
  /** Each data file (`rules.yaml`, `profiles/bpom.example.yaml`), parsed. */
  data: Record<string, unknown>;
  /** Each generated JSON Schema (`rules.schema.json`), parsed. */
  schemas: Record<string, unknown>;
}

/** Every published package's data: what a guideline release consists of. */
export interface Snapshot {
  format: 'pedoman-guidelines/1';
  /** Where the snapshot comes from: `worktree`, a git ref, or `npm:VERSION`. */
  label: string;
  packages: PackageSnapshot[];
}

interface FileSource {
  list(): string[];
  read(path: string): string;
}

function snapshotFrom(source: FileSource, label: string): Snapshot {
  const files = source.list();
  const manifests = files.filter((file) => /^packages\/[^/]+\/package\.json$/.test(file));
  const packages: PackageSnapshot[] = [];
  for (const manifestPath of manifests.sort()) {
    const manifest = JSON.parse(source.read(manifestPath)) as { name: string; version: string; private?: boolean };
    if (manifest.private) continue;
    const dir = dirname(manifestPath);
    const data: Record<string, unknown> = {};
    const schemas: Record<string, unknown> = {};
    for (const file of files) {
      if (file.startsWith(`${dir}/data/`) && file.endsWith('.yaml')) {
        const name = file.slice(`${dir}/data/`.length);
        try {
          data[name] = parse(source.read(file));
        } catch (error) {
          const reason = (error as Error).message.split('\n')[0];
          throw new SnapshotError({
            id: `${label}: ${file} bukan YAML yang sah (${reason}).`,
            en: `${label}: ${file} is not valid YAML (${reason}).`,
          });
        }
      } else if (file.startsWith(`${dir}/schemas/`) && file.endsWith('.schema.json')) {
        schemas[file.slice(`${dir}/schemas/`.length)] = JSON.parse(source.read(file));
      }
    }
    packages.push({ name: manifest.name, version: manifest.version, dir, data, schemas });
  }
  return { format: 'pedoman-guidelines/1', label, packages };
}

function walk(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    return statSync(join(root, path)).isDirectory() ? walk(root, path) : [path];
  });
}

/** The data as it is on disk in the repository at `root`. */
export function snapshotOfWorktree(root: string): Snapshot {
  return snapshotFrom(
    {
      list: () =>
        readdirSync(join(root, 'packages')).flatMap((name) => {
          const dir = join('packages', name);
          if (!existsSync(join(root, dir, 'package.json'))) return [];
          return [
            join(dir, 'package.json'),
            ...['data', 'schemas'].flatMap((sub) => (existsSync(join(root, dir, sub)) ? walk(root, join(dir, sub)) : [])),
          ];
        }),
      read: (path) => readFileSync(join(root, path), 'utf8'),
    },
    'worktree',
  );
}

/** Why git failed, in one line, without the command line we ran. */
function gitReason(error: unknown): string {
  if ((error as { code?: unknown }).code === 'ENOENT') return 'git is not installed or not on PATH';
  return (
    String((error as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')[0]
      ?.replace(/^fatal: /, '') || (error as Error).message
  );
}

function git(root: string, args: string[], ref: string): string {
  try {
    return execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const reason = gitReason(error);
    throw new SnapshotError({
      id: `Data pada ${ref} tidak terbaca dari git: ${reason}.`,
      en: `Could not read the data at ${ref} from git: ${reason}.`,
    });
  }
}

/** The newest release tags, to name in a message (at most `count`). */
function releaseTags(root: string, count: number): string[] {
  try {
    return execFileSync('git', ['-C', root, 'tag', '--list', '@pedoman-medsos/*@*', '--sort=-creatordate'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean)
      .slice(0, count);
  } catch {
    return [];
  }
}

/** A ref git does not know: which one, the release tags there are, and how to list the rest. */
function unknownRef(root: string, ref: string): LocalizedText {
  const tags = releaseTags(root, 5);
  const known =
    tags.length > 0
      ? { id: `Tag rilis terbaru: ${tags.join(', ')}.`, en: `Newest release tags: ${tags.join(', ')}.` }
      : { id: 'Belum ada tag rilis di repositori ini.', en: 'This repository has no release tags yet.' };
  return {
    id: `Ref git "${ref}" tidak ditemukan: tidak ada tag, cabang, atau commit bernama itu di repositori ini. ${known.id} Daftar lengkapnya: git tag --list '@pedoman-medsos/*' (tag rilis) atau git branch --all (cabang); tag yang belum diunduh: git fetch --tags. Atau bandingkan dengan worktree (berkas saat ini) atau npm:VERSI (rilis di npm).`,
    en: `Git ref "${ref}" not found: no tag, branch or commit of that name in this repository. ${known.en} To list them all: git tag --list '@pedoman-medsos/*' (release tags) or git branch --all (branches); to get tags not fetched yet: git fetch --tags. Or compare with worktree (the files as they are) or npm:VERSION (a published release).`,
  };
}

/** The data as committed at a git ref (a tag, a branch, a commit). */
export function snapshotAtRef(root: string, ref: string): Snapshot {
  try {
    execFileSync('git', ['-C', root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    // rev-parse --quiet prints nothing for an unknown ref: anything printed (not a repository, no
    // git at all) is another problem.
    const printed = String((error as { stderr?: unknown }).stderr ?? '').trim();
    if (!printed && (error as { code?: unknown }).code !== 'ENOENT') throw new SnapshotError(unknownRef(root, ref));
    const reason = gitReason(error);
    throw new SnapshotError({
      id: `Ref ${ref} tidak dapat diperiksa dengan git: ${reason}.`,
      en: `Could not look up ${ref} with git: ${reason}.`,
    });
  }
  return snapshotFrom(
    {
      list: () =>
        git(root, ['ls-tree', '-r', '--name-only', ref, '--', 'packages'], ref)
          .split('\n')
          .filter((file) => /^packages\/[^/]+\/(package\.json|data\/.+\.yaml|schemas\/.+\.schema\.json)$/.test(file)),
      read: (path) => git(root, ['show', `${ref}:${path}`], ref),
    },
    ref,
  );
}

/** The snapshot a user names: `worktree` (or `.`), `npm:VERSION`, or a git ref. */
export async function resolveSnapshot(root: string, spec: string, options: RegistryOptions = {}): Promise<Snapshot> {
  if (spec === 'worktree' || spec === '.') return snapshotOfWorktree(root);
  if (spec.startsWith('npm:')) return snapshotOfPublished(spec.slice(4), options);
  return snapshotAtRef(root, spec);
}

/** The repository root above `from`: the folder with pnpm-workspace.yaml. */
export function findRepositoryRoot(from: string): string | undefined {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The newest release tag (`@pedoman-medsos/NAME@VERSION`) reachable from HEAD, if any. */
export function lastReleaseTag(root: string): string | undefined {
  try {
    const tag = execFileSync('git', ['-C', root, 'describe', '--tags', '--abbrev=0', '--match', '@pedoman-medsos/*@*'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return tag || undefined;
  } catch {
    return undefined;
  }
}
