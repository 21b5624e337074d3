import type { PendingChangeset } from './changesets';
import type { GuidelinesDiff } from './diff';
import { type Bump, bumpRank, type RequiredBump, requiredBumps } from './required-bump';
import { ledgerPackage, ruleListOf } from './rule-ids';
import type { Snapshot } from './snapshot';

/** What the versioning check found. */
export interface VersioningReport {
  ok: boolean;
  /** Each failure, in English: what is wrong, why, and how to fix it. */
  problems: string[];
  /** Advice that does not fail the check. */
  notes: string[];
  required: RequiredBump[];
}

interface LedgerEntry {
  id: string;
}

/** Rule ids of a snapshot: every `rules.yaml` rule and every prohibited-content category. */
export function ruleIdsOf(snapshot: Snapshot): Map<string, { package: string; status?: string }> {
  const ids = new Map<string, { package: string; status?: string }>();
  for (const pkg of snapshot.packages) {
    for (const [file, content] of Object.entries(pkg.data)) {
      const list = ruleListOf(pkg, file);
      const rules = list ? (content as Record<string, unknown> | null)?.[list] : undefined;
      if (!Array.isArray(rules)) continue;
      for (const rule of rules as { id?: unknown; status?: unknown }[]) {
        if (typeof rule.id === 'string')
          ids.set(rule.id, { package: pkg.name, ...(typeof rule.status === 'string' ? { status: rule.status } : {}) });
      }
    }
  }
  return ids;
}

function ledgerOf(snapshot: Snapshot): LedgerEntry[] {
  const core = snapshot.packages.find((pkg) => pkg.name === ledgerPackage);
  const removed = (core?.data['removed-rules.yaml'] as { removed?: LedgerEntry[] } | undefined)?.removed;
  return Array.isArray(removed) ? removed : [];
}

/**
 * The release check: the pending changesets must bump every package at least as much as its data
 * changes since the last release require, and a rule id may leave the data only through the
 * removed-rules ledger (packages/core/data/removed-rules.yaml). Whether the ledger agrees with the
 * current data needs no release to compare with: that is `checkRuleIds` (check-rule-ids.ts), run by the build.
 */
export function checkVersioning(
  base: Snapshot,
  head: Snapshot,
  diff: GuidelinesDiff,
  changesets: readonly PendingChangeset[],
): VersioningReport {
  const problems: string[] = [];
  const notes: string[] = [];
  const required = requiredBumps(diff);
  for (const need of required) {
    if (need.bump === 'none') continue;
    const declared = changesets.flatMap((changeset) =>
      changeset.releases.filter((release) => release.name === need.package).map((release) => ({ ...release, file: changeset.file })),
    );
    const highest = declared.reduce<Bump>((top, release) => (bumpRank[release.type] > bumpRank[top] ? release.type : top), 'none');
    if (bumpRank[highest] < bumpRank[need.bump]) {
      const why = need.reasons.filter((reason) => reason.bump === need.bump).map((reason) => `  - ${reason.reason}`);
      problems.push(
        [
          `${need.package} needs a ${need.bump} changeset, because:`,
          ...why,
          declared.length === 0
            ? `  No pending changeset names ${need.package}. Add one: pnpm changeset (choose ${need.bump}).`
            : `  The pending changesets declare only ${highest} (${declared.map((release) => `${release.file}: ${release.type}`).join(', ')}). Raise it to ${need.bump}.`,
        ].join('\n'),
      );
    }
  }

  const before = ruleIdsOf(base);
  const after = ruleIdsOf(head);
  const ledger = ledgerOf(head);
  for (const [id, origin] of before) {
    if (after.has(id)) continue;
    const entry = ledger.find((candidate) => candidate.id === id);
    if (!entry) {
      problems.push(
        `Rule ${id} (${origin.package}) was removed without a ledger entry. Add it to packages/core/data/removed-rules.yaml with its replacement (replacedBy) or a reason, and release it as major.`,
      );
    }
  }

  const today = new Date().toISOString().slice(0, 10);
  for (const change of diff.entities) {
    if (change.collection !== 'rules') continue;
    const severity = change.fields.find((field) => field.path === 'severity');
    const stricter =
      change.kind === 'added' || (severity && bumpRank[severityBump(severity.after)] > bumpRank[severityBump(severity.before)]);
    const pkg = head.packages.find((candidate) => candidate.name === change.package);
    const rules = (pkg?.data[change.file] as { rules?: { id: string; effectiveFrom?: string }[] } | undefined)?.rules ?? [];
    const effectiveFrom = rules.find((rule) => rule.id === change.id)?.effectiveFrom;
    if (stricter && effectiveFrom && effectiveFrom <= today) {
      notes.push(
        `${change.id} is new or stricter and takes effect at once (effectiveFrom ${effectiveFrom}); give units notice with a later effectiveFrom.`,
      );
    }
  }
  return { ok: problems.length === 0, problems, notes, required };
}

// Severity as a strictness rank, borrowing the bump ranks: info < warning < error.
function severityBump(severity: unknown): Bump {
  return severity === 'error' ? 'major' : severity === 'warning' ? 'minor' : severity === 'info' ? 'patch' : 'none';
}
