import { today } from '@pedoman-medsos/core';
import { formatSourceErrors, type SourceError } from '@pedoman-medsos/core/pipeline';
import { freshnessReport } from '@pedoman-medsos/guidelines';
import {
  checkRuleIds,
  checkVersioning,
  defaultRegistryTimeoutSeconds,
  diffSnapshots,
  diffToMarkdown,
  findRepositoryRoot,
  lastReleaseTag,
  type RegistryOptions,
  readPendingChangesets,
  resolveSnapshot,
  ruleIdIndexOfWorktree,
  SnapshotError,
  snapshotOfWorktree,
  type VersioningReport,
} from '@pedoman-medsos/guidelines/release';
import { type CommandContext, defineCommand, type OptionSpecs, type OptionValues } from '../command';
import { dateOptionSpec, readDateOption } from '../date-option';
import { CliError, exitCodes } from '../errors';
import type { Io } from '../io';
import { formatFreshness } from './guidelines-freshness';
import { formatLaws, lawsReport } from './guidelines-laws';

const usage = {
  id: 'Gunakan "pedoman guidelines laws [--as-of TANGGAL]", "pedoman guidelines freshness [--strict]", "pedoman guidelines diff DARI KE" (ref git, worktree, atau npm:VERSI) atau "pedoman guidelines check [--base REF]".',
  en: 'Use "pedoman guidelines laws [--as-of DATE]", "pedoman guidelines freshness [--strict]", "pedoman guidelines diff FROM TO" (a git ref, worktree, or npm:VERSION) or "pedoman guidelines check [--base REF]".',
};

/** Exit 1 with `--strict` (the release check) when anything has expired or expires within the horizon. */
function freshness({ values, io, locale }: CommandContext<typeof guidelinesOptions>): number {
  const asOf = readDateOption(values['as-of'], 'as-of', 'guidelines') ?? today();
  const items = freshnessReport({ asOf });
  io.stdout.write(values.json ? `${JSON.stringify({ asOf, items }, null, 2)}\n` : formatFreshness(asOf, items, locale));
  return values.strict && items.length > 0 ? exitCodes.blockingFindings : exitCodes.ok;
}

function laws({ values, io, locale }: CommandContext<typeof guidelinesOptions>): number {
  const asOf = readDateOption(values['as-of'], 'as-of', 'guidelines') ?? today();
  io.stdout.write(values.json ? `${JSON.stringify(lawsReport(asOf), null, 2)}\n` : formatLaws(asOf, locale));
  return exitCodes.ok;
}

function repositoryRoot(cwd: string): string {
  const root = findRepositoryRoot(cwd);
  if (!root) {
    throw new CliError(
      {
        id: 'Jalankan perintah ini di dalam repositori pedoman (folder dengan pnpm-workspace.yaml).',
        en: 'Run this inside the guidelines repository (the folder with pnpm-workspace.yaml).',
      },
      'guidelines',
    );
  }
  return root;
}

// Release tooling reports git and registry failures as SnapshotError: show them as input errors.
async function asInputError<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SnapshotError) throw new CliError(error.text, 'guidelines');
    throw error;
  }
}

/** `--timeout SECONDS`: a number of seconds above zero. */
function readTimeout(value: OptionValues<typeof guidelinesOptions>[keyof typeof guidelinesOptions]): number | undefined {
  if (value === undefined) return undefined;
  const seconds = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (seconds > 0) return seconds;
  throw new CliError(
    {
      id: `--timeout memerlukan jumlah detik lebih dari 0, mis. --timeout 60 (diberikan: "${String(value)}").`,
      en: `--timeout needs a number of seconds above 0, e.g. --timeout 60 (given: "${String(value)}").`,
    },
    'guidelines',
  );
}

function registryOptions(values: CommandContext<typeof guidelinesOptions>['values']): RegistryOptions {
  const timeoutSeconds = readTimeout(values.timeout);
  return {
    ...(typeof values.registry === 'string' ? { registry: values.registry } : {}),
    ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
  };
}

async function diff(
  from: string | undefined,
  to: string | undefined,
  { values, io }: CommandContext<typeof guidelinesOptions>,
): Promise<number> {
  if (!from || !to) throw new CliError(usage, 'guidelines');
  const root = repositoryRoot(io.cwd);
  const registry = registryOptions(values);
  const result = await asInputError(async () =>
    diffSnapshots(await resolveSnapshot(root, from, registry), await resolveSnapshot(root, to, registry)),
  );
  io.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : diffToMarkdown(result));
  return exitCodes.ok;
}

function printCheck(io: Io, base: string | undefined, report: VersioningReport | undefined, ruleIds: readonly SourceError[]): void {
  if (!base || !report) {
    io.stdout.write(
      'No release tag (@pedoman-medsos/NAME@VERSION) yet: versions are not compared (the first release is described by the pending changesets).\n',
    );
  } else {
    io.stdout.write(`Versioning check against ${base}: ${report.ok ? 'ok' : `${report.problems.length} problem(s)`}\n`);
    for (const need of report.required) io.stdout.write(`  ${need.package}: needs ${need.bump}\n`);
    for (const problem of report.problems) io.stdout.write(`\n✗ ${problem}\n`);
    for (const note of report.notes) io.stdout.write(`\n! ${note}\n`);
  }
  io.stdout.write(`Rule ids and the removed-rules ledger: ${ruleIds.length === 0 ? 'ok' : `${ruleIds.length} problem(s)`}\n`);
  if (ruleIds.length > 0) io.stdout.write(`\n${formatSourceErrors(ruleIds)}`);
}

/**
 * The release check: the rule ids and the removed-rules ledger against the data as it is (always),
 * and the pending changesets against the changes since the last release tag (when there is one).
 */
async function check({ values, io }: CommandContext<typeof guidelinesOptions>): Promise<number> {
  const root = repositoryRoot(io.cwd);
  const ruleIds = await asInputError(() => checkRuleIds(ruleIdIndexOfWorktree(root)));
  const base = typeof values.base === 'string' ? values.base : lastReleaseTag(root);
  const report = base
    ? await asInputError(async () => {
        const before = await resolveSnapshot(root, base, registryOptions(values));
        const after = snapshotOfWorktree(root);
        return checkVersioning(before, after, diffSnapshots(before, after), readPendingChangesets(root));
      })
    : undefined;
  const ok = (report?.ok ?? true) && ruleIds.length === 0;
  if (values.json) {
    const versioning = report ?? { problems: [], notes: [], required: [] };
    io.stdout.write(`${JSON.stringify({ ...versioning, ok, base: base ?? null, ruleIds }, null, 2)}\n`);
  } else printCheck(io, base, report, ruleIds);
  return ok ? exitCodes.ok : exitCodes.blockingFindings;
}

/** The options of the command, the one description its parsing, help and types come from. */
const guidelinesOptions = {
  'as-of': dateOptionSpec({
    id: 'Tanggal penilaian status (bawaan: hari ini).',
    en: 'The day the status is judged on (default: today).',
  }),
  strict: {
    type: 'boolean',
    description: {
      id: 'freshness: keluar dengan kode 1 bila ada data yang kedaluwarsa dalam 90 hari (pemeriksaan rilis).',
      en: 'freshness: exit 1 when any data expires within 90 days (the release check).',
    },
  },
  base: {
    type: 'string',
    valueName: 'REF',
    description: { id: 'Pembanding (bawaan: tag rilis terakhir).', en: 'What to compare with (default: the last release tag).' },
  },
  registry: {
    type: 'string',
    valueName: 'URL',
    description: { id: 'Registri npm untuk npm:VERSI.', en: 'npm registry for npm:VERSION.' },
  },
  timeout: {
    type: 'string',
    valueName: 'SECONDS',
    description: {
      id: `Berapa detik menunggu registri untuk npm:VERSI sebelum menyerah (bawaan: ${defaultRegistryTimeoutSeconds}).`,
      en: `Seconds to wait for the registry for npm:VERSION before giving up (default: ${defaultRegistryTimeoutSeconds}).`,
    },
  },
} as const satisfies OptionSpecs;

/** `pedoman guidelines diff|check`: the release tooling for the governance team. */
export const guidelinesCommand = defineCommand({
  name: 'guidelines',
  usage: 'laws [--as-of DATE] | freshness [--as-of DATE] [--strict] | diff FROM TO | check [--base REF]',
  summary: {
    id: 'Dasar hukum dan statusnya, perubahan aturan antara dua rilis, dan pemeriksaan versi sebelum rilis.',
    en: 'The legal bases and their status, rule-level changes between two releases, and the versioning check before a release.',
  },
  details: {
    id: 'Contoh:\n  pedoman guidelines laws --as-of 2026-01-02\n  pedoman guidelines freshness --strict\n  pedoman guidelines diff @pedoman-medsos/core@1.0.0 worktree\n  pedoman guidelines diff npm:1.0.0 npm:1.1.0 --json\n  pedoman guidelines check',
    en: 'Examples:\n  pedoman guidelines laws --as-of 2026-01-02\n  pedoman guidelines freshness --strict\n  pedoman guidelines diff @pedoman-medsos/core@1.0.0 worktree\n  pedoman guidelines diff npm:1.0.0 npm:1.1.0 --json\n  pedoman guidelines check',
  },
  options: guidelinesOptions,
  async run(context) {
    const [action, from, to, ...extra] = context.positionals;
    if (extra.length > 0) throw new CliError({ id: 'Terlalu banyak argumen.', en: 'Too many arguments.' }, 'guidelines');
    if (action === 'laws' && from === undefined) return laws(context);
    if (action === 'freshness' && from === undefined) return freshness(context);
    if (action === 'diff') return diff(from, to, context);
    if (action === 'check' && from === undefined) return check(context);
    throw new CliError(usage, 'guidelines');
  },
});
