// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import {
  addLocalizedIssue,
  ConfigError,
  dormantAfterDays,
  type Finding,
  findPlatform,
  type IsoDate,
  isDormant,
  parseIsoDate,
  parseIsoDateTime,
} from '@pedoman-medsos/core';
import { z } from 'zod';
import { AgendaFindings, agendaFile } from './agenda';

/** One post of an export: which account, on which platform, when. */
export const postRecordSchema = /* @__PURE__ */ (() =>
  z
    .object({
      account: z.string().trim().min(1),
      platform: z.string().trim().min(1),
      /**
       * Date or date-time of the post, as exports write it: `2026-11-02`, `2026-11-02T09:30`,
       * `2026-11-02T09:30+07:00` or with seconds. Only the day counts; impossible dates are refused.
       */
      postedAt: z
        .string()
        .trim()
        .check((ctx) => {
          const parsed = ctx.value.length === 10 ? parseIsoDate(ctx.value) : parseIsoDateTime(ctx.value, { offset: 'optional' });
          if (!parsed.ok) addLocalizedIssue(ctx, parsed.problem);
        }),
    })
    .strict())();
export type PostRecord = z.output<typeof postRecordSchema>;

/** The cadence of one account over the period. */
export interface AccountCadence {
  account: string;
  platform: string;
  posts: number;
  postsPerWeek: number;
  /** The longest run of days without a post inside the period (including its edges). */
  longestGapDays: number;
  lastPost?: IsoDate;
  findings: Finding[];
}

const DAY = 86_400_000;
const dayOf = (value: string): IsoDate => value.slice(0, 10);
const days = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** What the report needs of one account's posts: a count and the days, not the posts. */
interface AccountPosts {
  account: string;
  platform: string;
  posts: number;
  days: Set<IsoDate>;
  latest?: IsoDate;
}

/** Posts fed one at a time, so an export of millions of posts is never held in memory. */
export interface CadenceTally {
  /** Counts one post. */
  add(post: PostRecord): void;
  /** Lists an account that may have no post at all (from the register), so that its silence is judged too. */
  addAccount(account: string, platform: string): void;
  /** The cadence of every account seen, in the order they first appeared. */
  report(): AccountCadence[];
}

/** Judges one account over the period: posts a week against the minimum, and dormancy. */
function judgeAccount(entry: AccountPosts, index: number, from: IsoDate, to: IsoDate): AccountCadence {
  const { account, platform, posts, latest } = entry;
  const policy = agendaFile.policy.cadence;
  const weeks = Math.max(1, (days(from, to) + 1) / 7);
  const dates = [...entry.days].sort();
  const findings = new AgendaFindings(to);
  const minimum =
    policy.minPostsPerWeek.perPlatform[platform as keyof typeof policy.minPostsPerWeek.perPlatform] ?? policy.minPostsPerWeek.default;
  const perWeek = Math.round((posts / weeks) * 10) / 10;
  let longestGap = dates.length === 0 ? days(from, to) + 1 : Math.max(days(from, dates[0]!), days(dates.at(-1)!, to));
  for (let i = 1; i < dates.length; i++) longestGap = Math.max(longestGap, days(dates[i - 1]!, dates[i]!) - 1);
  const name = findPlatform(platform)?.name ?? platform;
  const location = { kind: 'field' as const, path: ['accounts', index] };
  if (perWeek < minimum) {
    findings.add(
      'agenda.cadence',
      {
        id: `${account} (${name}): ${perWeek} unggahan per minggu, minimum ${minimum}.`,
        en: `${account} (${name}): ${perWeek} posts a week, minimum ${minimum}.`,
      },
      { location },
    );
  }
  // Without any post up to the period's end, the whole period counts.
  const sinceLast = latest === undefined ? undefined : days(latest, to);
  if (isDormant(sinceLast ?? days(from, to) + 1)) {
    findings.add(
      'account.dormant',
      sinceLast === undefined
        ? {
            id: `${account} (${name}): tidak ada unggahan selama periode ini (${days(from, to) + 1} hari, batas ${dormantAfterDays}): hidupkan kembali atau tutup akunnya.`,
            en: `${account} (${name}): no post in the period (${days(from, to) + 1} days, limit ${dormantAfterDays}): revive or close the account.`,
          }
        : {
            id: `${account} (${name}): ${sinceLast} hari tanpa unggahan (batas ${dormantAfterDays}).`,
            en: `${account} (${name}): ${sinceLast} days without a post (limit ${dormantAfterDays}).`,
          },
      { location },
    );
  }
  return {
    account,
    platform,
    posts,
    postsPerWeek: perWeek,
    longestGapDays: longestGap,
    ...(dates.length ? { lastPost: dates.at(-1)! } : {}),
    findings: findings.findings,
  };
}

/** The period, checked: real dates, `from` not after `to` (else a `ConfigError` saying which). */
function readPeriod(options: { from: unknown; to: unknown }): { from: IsoDate; to: IsoDate } {
  const from = parseIsoDate(options.from, { name: 'from' });
  if (!from.ok) throw new ConfigError(from.problem);
  const to = parseIsoDate(options.to, { name: 'to' });
  if (!to.ok) throw new ConfigError(to.problem);
  if (from.value > to.value) {
    throw new ConfigError({
      id: `Periode terbalik: from ${from.value} jatuh setelah to ${to.value}; tukar keduanya.`,
      en: `The period is reversed: from ${from.value} comes after to ${to.value}; swap them.`,
    });
  }
  return { from: from.value, to: to.value };
}

/**
 * Starts a cadence count over `from`…`to` (inclusive), fed post by post. Memory grows with the
 * accounts and the days of the period, not with the posts.
 */
export function createCadenceTally(options: { from: IsoDate; to: IsoDate }): CadenceTally {
  const { from, to } = readPeriod(options);
  const byAccount = new Map<string, AccountPosts>();
  const entryOf = (account: string, platform: string) => {
    const key = `${account}\u0000${platform}`;
    const entry = byAccount.get(key) ?? { account, platform, posts: 0, days: new Set<IsoDate>() };
    byAccount.set(key, entry);
    return entry;
  };
  return {
    addAccount(account, platform) {
      entryOf(account, platform);
    },
    add(post) {
      const entry = entryOf(post.account, post.platform);
      const day = dayOf(post.postedAt);
      if (day >= from && day <= to) {
        entry.posts++;
        entry.days.add(day);
      }
      // Dormancy counts from the last post before the period's end, even one before the period.
      if (day <= to && (entry.latest === undefined || day > entry.latest)) entry.latest = day;
    },
    report: () => [...byAccount.values()].map((entry, index) => judgeAccount(entry, index, from, to)),
  };
}

/**
 * Posts per week, gaps and breaches of the cadence policy, per account and platform, over
 * `from`…`to` (inclusive). Accounts below the minimum posts a week, or without a post for longer
 * than the dormancy limit, get a finding. For an export too large for memory, feed the posts to
 * {@link createCadenceTally} one at a time.
 */
export function cadenceReport(posts: readonly PostRecord[], options: { from: IsoDate; to: IsoDate }): AccountCadence[] {
  const tally = createCadenceTally(options);
  for (const post of posts) tally.add(post);
  return tally.report();
}
