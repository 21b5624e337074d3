import type { Finding } from '@pedoman-medsos/core';
import { monitoring } from '@pedoman-medsos/governance';
import type { AccountCounts } from './account-tally';
import { isCeremonial } from './content-purpose';
import { percentile } from './response-time';

/** One indicator of one account (or of the institution): a share, or not measured. */
export interface IndicatorValue {
  /** The governance indicator id (`response-time`, `substantive-content`…). */
  id: string;
  /** numerator ÷ denominator, 0–1; undefined when there is nothing to count (no post, no question). */
  value?: number;
  numerator: number;
  denominator: number;
  /** The governance target share, when the indicator has one. */
  target?: number;
  /** Whether the value reaches the target (undefined without a value or a target). */
  met?: boolean;
}

/** The counts of an account and the indicators computed from them. */
export interface AccountIndicators {
  counts: AccountCounts;
  indicators: IndicatorValue[];
  /** Median and 90th percentile of reply times, in working hours. */
  replyHours: { median?: number; p90?: number };
  /** The mean of the measured indicator values, 0–100 (100 when nothing could be measured). */
  score: number;
}

const targetOf = new Map(monitoring.indicators.map((indicator) => [indicator.id, indicator.targetShare]));
const formats = new Set(['infographic', 'video', 'live']);
const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** An indicator value from its numerator and denominator, judged against its governance target. */
export function indicatorValue(id: string, numerator: number, denominator: number): IndicatorValue {
  const target = targetOf.get(id);
  const value = denominator > 0 ? numerator / denominator : undefined;
  return {
    id,
    numerator,
    denominator,
    ...(value === undefined ? {} : { value }),
    ...(target === undefined ? {} : { target }),
    ...(value === undefined || target === undefined ? {} : { met: value >= target - 1e-9 }),
  };
}

/** Each indicator as a numerator and denominator for one account; `registered` accounts only are judged on naming. */
export function accountIndicators(counts: AccountCounts, findings: readonly Finding[], registered: boolean): AccountIndicators {
  const flagged = (prefix: string) => findings.some((finding) => finding.ruleId.startsWith(prefix) && finding.severity !== 'info');
  const classified = sum(Object.values(counts.purposes));
  const substantive = sum(
    Object.entries(counts.purposes)
      .filter(([purpose]) => !isCeremonial(purpose))
      .map(([, posts]) => posts),
  );
  const campaigns = Object.values(counts.campaigns);
  const { onTime, late, unanswered, workingMinutes } = counts.replies;
  const indicators = [
    indicatorValue('account-naming', registered && !flagged('naming.') ? 1 : 0, 1),
    indicatorValue('posting-cadence', !flagged('agenda.cadence') && !flagged('account.dormant') ? 1 : 0, 1),
    indicatorValue('substantive-content', substantive, classified),
    indicatorValue(
      'content-formats',
      sum(
        Object.entries(counts.formats)
          .filter(([format]) => formats.has(format))
          .map(([, posts]) => posts),
      ),
      counts.posts,
    ),
    indicatorValue(
      'campaign-amplification',
      sum(campaigns.map((campaign) => campaign.withHashtag)),
      sum(campaigns.map((campaign) => campaign.posts)),
    ),
    indicatorValue('response-time', onTime, onTime + late + unanswered),
    indicatorValue('prohibited-own-posts', counts.posts - counts.prohibitedPosts, counts.posts),
    indicatorValue('prohibited-comments-hidden', counts.prohibitedComments - counts.prohibitedCommentsVisible, counts.prohibitedComments),
  ];
  const sorted = [...workingMinutes].sort((a, b) => a - b);
  const hours = (minutes: number | undefined) => (minutes === undefined ? undefined : Math.round((minutes / 60) * 10) / 10);
  const measured = indicators.filter((indicator) => indicator.value !== undefined);
  const score = measured.length === 0 ? 100 : Math.round((sum(measured.map((indicator) => indicator.value ?? 0)) / measured.length) * 100);
  const median = hours(percentile(sorted, 0.5));
  const p90 = hours(percentile(sorted, 0.9));
  return { counts, indicators, replyHours: { ...(median === undefined ? {} : { median }), ...(p90 === undefined ? {} : { p90 }) }, score };
}

/** The institution's value of each indicator: the accounts' numerators and denominators added up. */
export function institutionIndicators(accounts: readonly { indicators: readonly IndicatorValue[] }[]): IndicatorValue[] {
  const ids = monitoring.indicators
    .map((indicator) => indicator.id)
    .filter((id) => accounts.some((account) => account.indicators.some((value) => value.id === id)));
  return ids.map((id) => {
    const values = accounts.flatMap((account) => account.indicators.filter((value) => value.id === id));
    return indicatorValue(id, sum(values.map((value) => value.numerator)), sum(values.map((value) => value.denominator)));
  });
}
