import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);

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

/** A release-tooling failure the user can act on (unknown ref, unreadable file): printed, never a stack. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
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
          throw new SnapshotError(`${label}: ${file} is not valid YAML (${(error as Error).message.split('\n')[0]})`);
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

function git(root: string, args: string[]): string {
  try {
    return execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new SnapshotError(`git ${args.join(' ')} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

/** The data as committed at a git ref (a tag, a branch, a commit). */
export function snapshotAtRef(root: string, ref: string): Snapshot {
  git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return snapshotFrom(
    {
      list: () =>
        git(root, ['ls-tree', '-r', '--name-only', ref, '--', 'packages'])
          .split('\n')
          .filter((file) => /^packages\/[^/]+\/(package\.json|data\/.+\.yaml|schemas\/.+\.schema\.json)$/.test(file)),
      read: (path) => git(root, ['show', `${ref}:${path}`]),
    },
    ref,
  );
}

/**
 * The data of a published release: `guidelines.json` inside `@pedoman-medsos/guidelines@VERSION`,
 * fetched with `npm pack` (asynchronously, so a registry served by this same process still answers).
 */
export async function snapshotOfPublished(version: string, options: { registry?: string } = {}): Promise<Snapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'pedoman-published-'));
  try {
    const args = ['pack', `@pedoman-medsos/guidelines@${version}`, '--pack-destination', dir, '--silent'];
    if (options.registry) args.push('--registry', options.registry);
    let tarball: string;
    try {
      tarball = (await run('npm', args, { encoding: 'utf8' })).stdout.trim().split('\n').at(-1) ?? '';
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
      throw new SnapshotError(
        `@pedoman-medsos/guidelines@${version} could not be fetched${stderr ? `: ${stderr.split('\n').at(-1)}` : ''}`,
      );
    }
    await run('tar', ['-xzf', join(dir, tarball), '-C', dir]);
    const snapshot = JSON.parse(readFileSync(join(dir, 'package', 'guidelines.json'), 'utf8')) as Snapshot;
    return { ...snapshot, label: `npm:${version}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The snapshot a user names: `worktree` (or `.`), `npm:VERSION`, or a git ref. */
export async function resolveSnapshot(root: string, spec: string, options: { registry?: string } = {}): Promise<Snapshot> {
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
