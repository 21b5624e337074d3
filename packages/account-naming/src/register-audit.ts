import { type Finding, findPlatform, type IsoDate, type LocalizedText, parseIsoDate, today } from '@pedoman-medsos/core';
import { auditRegisterRow } from './audit-register-row';
import { parseUnit } from './parse-unit';
import { NamingFindings } from './rules';
import type { InstitutionProfile } from './schema/profile';
import type { RegisterRow } from './schema/register-row';
import { suggestHandle } from './suggest-handle';

/**
 * Distinct accounts remembered per unit. A real unit has a handful; a register that repeats one
 * unit a hundred thousand times must not make the audit quadratic, its memory grow with every row
 * or its finding a megabyte long: past this many, accounts are counted, not listed.
 */
const accountsPerUnit = 50;
/** Accounts a finding names before it says "and N more". */
const listedInMessage = 6;

/** One account (platform and handle) of a unit, and how many rows name it. */
interface SeenAccount {
  platform: string;
  handle: string;
  index: number;
  rows: number;
}

/** What the cross-row rules need to know of one unit: its accounts, not its rows. */
interface UnitAccounts {
  unit: string;
  platforms: Map<string, { rows: number; secondIndex?: number }>;
  accounts: Map<string, SeenAccount>;
  unlisted: number;
}

/** An audit fed one row at a time, so a register of millions of rows is never held in memory. */
export interface RegisterAudit {
  /** Audits one row (`index` is its position, which findings' locations name) and returns its findings. */
  row(row: RegisterRow, index: number): Finding[];
  /** Findings across rows — one unit with two accounts on a platform, or named differently — once every row is in. */
  finish(): Finding[];
  /**
   * The unit, platform and handle of a row a cross-row finding points at (its location's index),
   * for reports that show them beside the finding; the audit keeps only such rows.
   */
  rowAt(index: number): Pick<RegisterRow, 'unit' | 'platform' | 'handle'> | undefined;
}

const platformName = (platform: string) => findPlatform(platform)?.name ?? platform;

function listAccounts(accounts: readonly SeenAccount[], unlisted: number, withPlatform: boolean): { id: string; en: string } {
  const names = accounts
    .slice(0, listedInMessage)
    .map(
      (account) =>
        `${withPlatform ? `${platformName(account.platform)} ` : ''}@${account.handle}${account.rows > 1 ? ` ×${account.rows}` : ''}`,
    );
  const more = accounts.length - names.length + unlisted;
  const joined = names.join(', ');
  return more > 0 ? { id: `${joined} dan ${more} lainnya`, en: `${joined} and ${more} more` } : { id: joined, en: joined };
}

type RowSubject = Pick<RegisterRow, 'unit' | 'platform' | 'handle'>;

/** Records a row in its unit's accounts; `pointable` keeps the rows a cross-row finding may point at. */
function remember(unit: UnitAccounts, row: RegisterRow, index: number, pointable: Map<number, RowSubject>): void {
  const subject = { unit: row.unit, platform: row.platform, handle: row.handle };
  const platform = unit.platforms.get(row.platform) ?? { rows: 0 };
  platform.rows++;
  if (platform.rows === 2) {
    platform.secondIndex = index;
    pointable.set(index, subject);
  }
  unit.platforms.set(row.platform, platform);
  const handle = row.handle.replace(/^@/, '');
  const accountKey = `${row.platform}\u0000${handle.toLowerCase()}`;
  const account = unit.accounts.get(accountKey);
  if (account) account.rows++;
  else if (unit.accounts.size < accountsPerUnit) {
    unit.accounts.set(accountKey, { platform: row.platform, handle, index, rows: 1 });
    pointable.set(index, subject);
  } else unit.unlisted++;
}

function addOneAccountPerPlatform(list: NamingFindings, unit: UnitAccounts): void {
  for (const [platform, { rows, secondIndex }] of unit.platforms) {
    if (rows < 2 || secondIndex === undefined) continue;
    const accounts = [...unit.accounts.values()].filter((account) => account.platform === platform);
    const names = listAccounts(accounts, unit.unlisted, false);
    list.add(
      'naming.one-account-per-platform',
      {
        id: `${unit.unit}: ${rows} akun resmi di ${platformName(platform)} (${names.id}); pertahankan satu.`,
        en: `${unit.unit}: ${rows} official accounts on ${platformName(platform)} (${names.en}); keep one.`,
      },
      { location: { kind: 'field', path: ['rows', secondIndex, 'handle'] } },
    );
  }
}

/**
 * Differences the platforms force (X's length, its missing ".") are not inconsistencies: the
 * handles differ wrongly when one of them is not the canonical handle of its own platform.
 */
function addConsistency(list: NamingFindings, unit: UnitAccounts, profile: InstitutionProfile, asOf: IsoDate): void {
  const accounts = [...unit.accounts.values()];
  if (new Set(accounts.map((account) => account.handle.toLowerCase())).size < 2) return;
  const canonical = new Map<string, string>();
  const canonicalOn = (platform: string) => {
    if (!canonical.has(platform)) canonical.set(platform, suggestHandle(unit.unit, platform, profile, { asOf }).handle ?? '');
    return canonical.get(platform);
  };
  const drifting = accounts.find((account) => account.handle.toLowerCase() !== canonicalOn(account.platform));
  if (!drifting) return;
  const names = listAccounts(accounts, unit.unlisted, true);
  list.add(
    'naming.consistent-across-platforms',
    {
      id: `${unit.unit} bernama berbeda antarplatform: ${names.id}.`,
      en: `${unit.unit} is named differently across platforms: ${names.en}.`,
    },
    { location: { kind: 'field', path: ['rows', drifting.index, 'handle'] } },
  );
}

/** An audit that checks nothing and reports once why: which rules apply is unknown. */
function unreadableAsOf(problem: LocalizedText): RegisterAudit {
  return {
    row: () => [],
    finish() {
      const list = new NamingFindings(today());
      list.addOptionProblem(problem);
      return list.findings;
    },
    rowAt: () => undefined,
  };
}

/**
 * Starts an audit of the official-account register, fed row by row: each row's handle, display
 * name, bio and security as it comes, then the rows together. Memory grows with the number of
 * units, not of rows. An `asOf` that is no real day checks nothing and gives one
 * `input.invalid-option` finding from `finish()`.
 */
export function createRegisterAudit(profile: InstitutionProfile, options: { asOf?: IsoDate } = {}): RegisterAudit {
  const asOf = options.asOf ?? today();
  // Checked once: an `asOf` that is no real day would otherwise be reported on every row.
  const readable = parseIsoDate(asOf, { name: 'asOf' });
  if (!readable.ok) return unreadableAsOf(readable.problem);
  const units = new Map<string, UnitAccounts>();
  const pointable = new Map<number, RowSubject>();
  return {
    row(row, index) {
      const parsed = parseUnit(row.unit, profile);
      const key = parsed ? `${parsed.kind.id}|${(parsed.region ?? '').toLowerCase()}` : row.unit.toLowerCase();
      const unit = units.get(key) ?? { unit: row.unit, platforms: new Map(), accounts: new Map(), unlisted: 0 };
      units.set(key, unit);
      remember(unit, row, index, pointable);
      return auditRegisterRow(row, index, profile, asOf);
    },
    rowAt: (index) => pointable.get(index),
    finish() {
      const list = new NamingFindings(asOf);
      for (const unit of units.values()) {
        addOneAccountPerPlatform(list, unit);
        addConsistency(list, unit, profile, asOf);
      }
      return list.findings;
    },
  };
}
