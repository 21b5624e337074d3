import type { RegisterRow } from '@pedoman-medsos/account-naming';
import { createRegisterAudit, type InstitutionProfile } from '@pedoman-medsos/account-naming';
import { type Finding, type PlatformId, platformIdSchema } from '@pedoman-medsos/core';
import { campaigns, createCadenceTally } from '@pedoman-medsos/digital-agenda';
import { AccountTally, type RunningCampaign } from './account-tally';
import { type AccountIndicators, accountIndicators, type IndicatorValue, institutionIndicators } from './indicators';
import type { Period } from './period';
import type { CommentRecord, PostRecord } from './records';
import { type UnitTimeZone, zoneOffset } from './response-time';

/** How an evaluation runs. */
export interface EvaluationOptions {
  period: Period;
  /** The official-account register (the CSV `pedoman accounts audit` reads), as typed rows. */
  register: readonly RegisterRow[];
  /** The institution's profile, for the naming findings of the register. */
  profile: InstitutionProfile;
  /** The units' time zone for working hours: `WIB` (default), `WITA` or `WIT`. */
  timeZone?: UnitTimeZone;
}

/** One account of the register (or seen only in the exports), with what it did and its indicators. */
export interface AccountReport extends AccountIndicators {
  unit: string;
  platform: PlatformId;
  account: string;
  /** False for an account that posted in the exports but is missing from the register. */
  registered: boolean;
  findings: Finding[];
}

/** Every account of one unit. */
export interface UnitReport {
  unit: string;
  /** The mean of the unit's accounts' scores, 0–100. */
  score: number;
  accounts: AccountReport[];
}

/** What `finish()` returns: the accounts by unit, worst unit first. */
export interface EvaluationResult {
  period: Period;
  timeZone: UnitTimeZone;
  /** Each indicator over every account: the accounts' numerators and denominators added up. */
  institution: IndicatorValue[];
  units: UnitReport[];
  /** Campaigns of the digital agenda that ran in the period. */
  campaigns: { id: string; title: { id: string; en: string }; example: boolean }[];
}

/** An evaluation fed post by post and comment by comment: memory grows with the accounts, not the rows. */
export interface Evaluation {
  addPost(post: PostRecord): void;
  addComment(comment: CommentRecord): void;
  finish(): EvaluationResult;
}

/** The instant on the unit's wall clock, `2026-11-02T06:00:00+07:00`, so that a post counts on its local day. */
function wallClock(instant: Date, zone: UnitTimeZone): string {
  const offset = zoneOffset(zone);
  const minutes = (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return `${new Date(instant.getTime() + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
}

const keyOf = (platform: string, account: string) => `${platform}\u0000${account.replace(/^@/, '').toLowerCase()}`;
const day = 86_400_000;

function runningCampaigns(period: Period): { running: RunningCampaign[]; listed: EvaluationResult['campaigns'] } {
  const active = campaigns.filter(
    (campaign) => campaign.status === 'approved' && campaign.period.start <= period.to && campaign.period.end >= period.from,
  );
  return {
    running: active.map((campaign) => ({
      id: campaign.id,
      from: Date.parse(`${campaign.period.start}T00:00:00+07:00`),
      to: Date.parse(`${campaign.period.end}T23:59:59+09:00`),
      hashtags: new Set(campaign.hashtags.map((tag) => tag.toLowerCase())),
    })),
    listed: active.map((campaign) => ({ id: campaign.id, title: campaign.title, example: campaign.example === true })),
  };
}

/**
 * Starts a monitoring-and-evaluation run over a period: the register gives the accounts and their
 * units; posts and comments outside the period are skipped. See `finish()` for what comes out.
 */
export function createEvaluation(options: EvaluationOptions): Evaluation {
  const { period, profile } = options;
  const timeZone = options.timeZone ?? 'WIB';
  // The period's first and last days on the units' own wall clock.
  const start = Date.parse(`${period.from}T00:00:00${zoneOffset(timeZone)}`);
  const end = Date.parse(`${period.to}T23:59:59${zoneOffset(timeZone)}`);
  const weeks = Math.ceil((Date.parse(period.to) - Date.parse(period.from) + day) / (7 * day));
  const { running, listed } = runningCampaigns(period);
  const audit = createRegisterAudit(profile, { asOf: period.to });
  const units = new Map<string, string>();
  const naming = new Map<string, Finding[]>();
  options.register.forEach((row, index) => {
    const key = keyOf(row.platform, row.handle);
    units.set(key, row.unit);
    naming.set(key, audit.row(row, index));
  });
  audit.finish();
  const tallies = new Map<string, AccountTally>();
  const cadence = createCadenceTally({ from: period.from, to: period.to });
  const tallyOf = (platform: PlatformId, account: string) => {
    const key = keyOf(platform, account);
    let tally = tallies.get(key);
    if (!tally) {
      tally = new AccountTally(platform, account.replace(/^@/, '').toLowerCase(), start, weeks, running);
      tallies.set(key, tally);
    }
    return tally;
  };
  for (const row of options.register) {
    const tally = tallyOf(row.platform, row.handle);
    cadence.addAccount(tally.counts.account, row.platform);
  }
  const within = (time: number) => time >= start && time <= end;
  return {
    addPost(post) {
      const time = post.publishedAt.getTime();
      // Dormancy counts from the last post before the period's end, even one before the period.
      if (time <= end) cadence.add({ account: post.account, platform: post.platform, postedAt: wallClock(post.publishedAt, timeZone) });
      if (within(time)) tallyOf(post.platform, post.account).addPost(post);
    },
    addComment(comment) {
      if (!within(comment.receivedAt.getTime())) return;
      tallyOf(comment.platform, comment.account).addComment(comment, timeZone, new Date(end));
    },
    finish() {
      const cadenceFindings = new Map<string, Finding[]>();
      for (const entry of cadence.report()) cadenceFindings.set(keyOf(entry.platform, entry.account), entry.findings);
      const reports = [...tallies.entries()].map(([key, tally]): AccountReport => {
        const registered = units.has(key);
        const findings = [...(naming.get(key) ?? []), ...(cadenceFindings.get(key) ?? [])];
        return {
          unit: units.get(key) ?? '—',
          platform: platformIdSchema.parse(tally.counts.platform),
          account: tally.counts.account,
          registered,
          findings,
          ...accountIndicators(tally.counts, findings, registered),
        };
      });
      return { period, timeZone, institution: institutionIndicators(reports), units: byUnit(reports), campaigns: listed };
    },
  };
}

function byUnit(reports: AccountReport[]): UnitReport[] {
  const grouped = new Map<string, AccountReport[]>();
  for (const report of reports) grouped.set(report.unit, [...(grouped.get(report.unit) ?? []), report]);
  return [...grouped.entries()]
    .map(([unit, accounts]) => ({
      unit,
      score: Math.round(accounts.reduce((sum, account) => sum + account.score, 0) / accounts.length),
      accounts: accounts.sort((a, b) => a.score - b.score),
    }))
    .sort((a, b) => a.score - b.score || a.unit.localeCompare(b.unit));
}
