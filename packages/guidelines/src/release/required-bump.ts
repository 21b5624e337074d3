import { type EntityChange, entityLabel, type GuidelinesDiff, type SchemaChange } from './diff';

export type Bump = 'none' | 'patch' | 'minor' | 'major';
export const bumpRank: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** Why a package needs a bump: one line per change that requires it. */
export interface BumpReason {
  bump: Exclude<Bump, 'none'>;
  /** In English, for the check's output and the release notes. */
  reason: string;
}

/** The bump a package's data changes require, with every reason. */
export interface RequiredBump {
  package: string;
  bump: Bump;
  reasons: BumpReason[];
}

/** Lists whose entries are rules (or identified like rules): removing one is a major release. */
const ruleCollections = new Set(['rules', 'categories', 'templates', 'platforms']);

const label = (change: EntityChange) => `${entityLabel(change)} (${change.file})`;

function entityBump(change: EntityChange): BumpReason {
  const wording = change.fields.length > 0 && change.fields.every((field) => field.wording);
  if (change.kind === 'removed') {
    return ruleCollections.has(change.collection)
      ? { bump: 'major', reason: `${label(change)} was removed: a removed or renamed rule id breaks whoever uses it` }
      : { bump: wording ? 'patch' : 'minor', reason: `${label(change)} was removed: validation results change` };
  }
  if (change.kind === 'added') {
    return wording
      ? { bump: 'patch', reason: `${label(change)} was added (a citation only)` }
      : { bump: 'minor', reason: `${label(change)} was added` };
  }
  if (wording) return { bump: 'patch', reason: `${label(change)}: wording only (${change.fields.map((field) => field.path).join(', ')})` };
  const status = change.fields.find((field) => field.path === 'status');
  if (status?.after === 'removed') return { bump: 'major', reason: `${label(change)} now has status "removed"` };
  const fields = change.fields.filter((field) => !field.wording).map((field) => field.path);
  return { bump: 'minor', reason: `${label(change)} changed in ${fields.join(', ')}: validation results may change` };
}

function schemaBump(change: SchemaChange): BumpReason {
  const where = `${change.schema} ${change.path}`;
  if (change.kind === 'property-removed')
    return { bump: 'major', reason: `${where} was removed from the schema: data using it no longer validates` };
  if (change.kind === 'now-required')
    return { bump: 'major', reason: `${where} is now required: existing data without it no longer validates` };
  return { bump: 'minor', reason: `${where} was added to the schema` };
}

/** The smallest bump each package needs for the changes in `diff`, by the versioning policy. */
export function requiredBumps(diff: GuidelinesDiff): RequiredBump[] {
  const byPackage = new Map<string, BumpReason[]>();
  const add = (name: string, reason: BumpReason) => byPackage.set(name, [...(byPackage.get(name) ?? []), reason]);
  for (const change of diff.entities) add(change.package, entityBump(change));
  for (const change of diff.schemas) add(change.package, schemaBump(change));
  return [...byPackage].map(([name, reasons]) => ({
    package: name,
    bump: reasons.reduce<Bump>((highest, reason) => (bumpRank[reason.bump] > bumpRank[highest] ? reason.bump : highest), 'none'),
    reasons,
  }));
}
