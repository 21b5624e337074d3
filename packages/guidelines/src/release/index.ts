// Node only: release tooling reads git, the file system and the npm registry.
export { type PendingChangeset, readPendingChangesets } from './changesets';
export { checkRuleIds } from './check-rule-ids';
export { checkVersioning, ruleIdsOf, type VersioningReport } from './check-versioning';
export {
  diffSnapshots,
  type EntityChange,
  entityLabel,
  entityNouns,
  type FieldChange,
  type GuidelinesDiff,
  type SchemaChange,
  wordingFields,
} from './diff';
export { diffToMarkdown } from './diff-markdown';
export { defaultRegistryTimeoutSeconds, type RegistryOptions, snapshotOfPublished } from './published';
export { type Bump, type BumpReason, type RequiredBump, requiredBumps } from './required-bump';
export { type RuleIdIndex, ruleIdIndexOfWorktree } from './rule-ids';
export {
  findRepositoryRoot,
  lastReleaseTag,
  type PackageSnapshot,
  resolveSnapshot,
  type Snapshot,
  SnapshotError,
  snapshotAtRef,
  snapshotOfWorktree,
} from './snapshot';
