import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateInYaml, type YamlLocator } from '@pedoman-medsos/core/pipeline';
import { type PackageSnapshot, type Snapshot, snapshotOfWorktree } from './snapshot';

/** The package whose `data/removed-rules.yaml` is the removed-rules ledger. */
export const ledgerPackage = '@pedoman-medsos/core';

/**
 * The list of rules a data file defines, or `undefined` for other files: every package's
 * `rules.yaml` (`rules`), and prohibited-content's `categories.yaml` (`categories`, each a rule).
 */
export function ruleListOf(pkg: Pick<PackageSnapshot, 'name'>, file: string): 'rules' | 'categories' | undefined {
  if (file === 'rules.yaml') return 'rules';
  if (pkg.name === '@pedoman-medsos/prohibited-content' && file === 'categories.yaml') return 'categories';
  return undefined;
}

/** A place in a data file, e.g. `packages/core/data/rules.yaml:10:9` at `rules[0].id`. */
export interface Site {
  /** Relative to the repository root. */
  file: string;
  line: number;
  column: number;
  path: (string | number)[];
}

/** A rule as a rules file defines it. */
export interface RuleDefinition {
  id: string;
  package: string;
  status?: string;
  replacedBy?: string;
  at: Site;
  replacedByAt?: Site;
}

/** An entry of the removed-rules ledger. */
export interface LedgerEntry {
  id: string;
  replacedBy?: string;
  at: Site;
  replacedByAt?: Site;
}

/** Every rule id the data writes down, where: what the cross-file checks read. */
export interface RuleIdIndex {
  definitions: RuleDefinition[];
  ledger: LedgerEntry[];
}

type Item = { id?: unknown; status?: unknown; replacedBy?: unknown };

/** The items of a list that have an id, with their index in the file (the schema reports the rest). */
function itemsOf(content: unknown, list: string): [number, Item][] {
  const items = (content as Record<string, unknown> | null)?.[list];
  if (!Array.isArray(items)) return [];
  return (items as Item[]).flatMap((item, index): [number, Item][] => (typeof item?.id === 'string' ? [[index, item]] : []));
}

function siteOf(file: string, locate: YamlLocator, path: (string | number)[]): Site {
  return { file, ...locate(path), path };
}

/** One list item's id and replacement, with their positions. */
function entryOf(item: Item, list: string, index: number, file: string, locate: YamlLocator): LedgerEntry {
  const replacedBy = typeof item.replacedBy === 'string' ? item.replacedBy : undefined;
  return {
    id: item.id as string,
    at: siteOf(file, locate, [list, index, 'id']),
    ...(replacedBy ? { replacedBy, replacedByAt: siteOf(file, locate, [list, index, 'replacedBy']) } : {}),
  };
}

/**
 * The rule ids of a snapshot with their positions. `readText` returns a data file's text by its
 * repository path (`packages/core/data/rules.yaml`), to find the line of each id.
 */
export function ruleIdIndex(snapshot: Snapshot, readText: (file: string) => string): RuleIdIndex {
  const index: RuleIdIndex = { definitions: [], ledger: [] };
  for (const pkg of snapshot.packages) {
    for (const [name, content] of Object.entries(pkg.data)) {
      const list = ruleListOf(pkg, name);
      const isLedger = pkg.name === ledgerPackage && name === 'removed-rules.yaml';
      if (!list && !isLedger) continue;
      const file = `${pkg.dir}/data/${name}`;
      const locate = locateInYaml(readText(file));
      if (isLedger) {
        index.ledger.push(...itemsOf(content, 'removed').map(([at, item]) => entryOf(item, 'removed', at, file, locate)));
        continue;
      }
      for (const [at, item] of itemsOf(content, list as string)) {
        const status = typeof item.status === 'string' ? item.status : undefined;
        index.definitions.push({ ...entryOf(item, list as string, at, file, locate), package: pkg.name, ...(status ? { status } : {}) });
      }
    }
  }
  return index;
}

/** The rule ids of the repository at `root` as they are on disk. */
export function ruleIdIndexOfWorktree(root: string): RuleIdIndex {
  return ruleIdIndex(snapshotOfWorktree(root), (file) => readFileSync(join(root, file), 'utf8'));
}
