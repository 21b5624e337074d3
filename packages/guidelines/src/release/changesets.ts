import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import type { Bump } from './required-bump';

/** A pending changeset: which packages it bumps and how much. */
export interface PendingChangeset {
  file: string;
  releases: { name: string; type: Exclude<Bump, 'none'> }[];
  summary: string;
}

/** The changesets waiting in `.changeset/` (each Markdown file but the README), parsed by @changesets/parse. */
export function readPendingChangesets(root: string): PendingChangeset[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => {
      const parsed = parseChangeset(readFileSync(join(dir, name), 'utf8'));
      return {
        file: `.changeset/${name}`,
        releases: parsed.releases.map((release) => ({ name: release.name, type: release.type as Exclude<Bump, 'none'> })),
        summary: parsed.summary,
      };
    });
}
