// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import {
  ConfigError,
  FindingList,
  findPlatform,
  type IsoDate,
  type KnownId,
  type LocalizedText,
  type Platform,
  type PlatformId,
  parseIsoDate,
  platforms,
  quoteValue,
  type RuleWithSeverity,
  type SharedRuleId,
  today,
} from '@pedoman-medsos/core';
import { agendaFile } from './generated/agenda';
import { type RuleIdInRulesYaml, rulesFile } from './generated/rules';
import type { Campaign } from './schema/agenda';

export { agendaFile };
/** Every campaign of the agenda, in the order of data/agenda.yaml. */
export const campaigns: readonly Campaign[] = /* @__PURE__ */ (() => agendaFile.campaigns)();
/** The digital-agenda rules every finding refers to. */
export const agendaRules: readonly RuleWithSeverity[] = /* @__PURE__ */ (() => rulesFile.rules)();

/** The ids of the agenda rules: those data/rules.yaml defines (generated), so a rule deleted there fails the type-check where it is reported. */
export type AgendaRuleId = RuleIdInRulesYaml;

const ruleMap = /* @__PURE__ */ (() => new Map(agendaRules.map((rule) => [rule.id, rule])))();

/** A finding collector for the agenda rules. */
export class AgendaFindings extends FindingList<AgendaRuleId | SharedRuleId> {
  constructor(asOf: IsoDate = today()) {
    super(ruleMap, asOf);
  }
}

/**
 * The platform an option names, or what is wrong with it: only the registry's ids, exactly
 * (`instagram`, not `Instagram`; no `all`), since a platform misread would apply the general
 * hashtag limit and every campaign without saying so.
 */
export function readPlatformOption(value: unknown, name = 'platform'): { platform: Platform } | { problem: LocalizedText } {
  const platform = typeof value === 'string' ? findPlatform(value) : undefined;
  if (platform) return { platform };
  const ids = platforms.map((candidate) => candidate.id).join(', ');
  const lower = typeof value === 'string' ? findPlatform(value.toLowerCase()) : undefined;
  const hint = lower
    ? { id: `: ID platform ditulis huruf kecil, "${lower.id}"`, en: `: platform ids are lower case, "${lower.id}"` }
    : { id: '', en: '' };
  const general = agendaFile.policy.maxHashtags.default;
  return {
    problem: {
      id: `Platform ${quoteValue(value)} tidak dikenal${hint.id}. Pilih salah satu: ${ids}; atau hapus ${name} untuk batas umum (paling banyak ${general} tagar).`,
      en: `Unknown platform ${quoteValue(value)}${hint.en}. Choose one of: ${ids}; or leave ${name} out for the general limit (at most ${general} hashtags).`,
    },
  };
}

/** The date, or a {@link ConfigError} saying why it is no real `YYYY-MM-DD` day. */
function requireDate(date: unknown): IsoDate {
  const parsed = parseIsoDate(date, { name: 'date' });
  if (!parsed.ok) throw new ConfigError(parsed.problem);
  return parsed.value;
}

/**
 * Whether a campaign runs on `date` (approved, and `date` within its period). A `date` that is no
 * real `YYYY-MM-DD` day (`2026-02-30`) throws a `ConfigError`: compared as text it would give an
 * answer for a day that does not exist.
 */
export function isCampaignRunning(campaign: Campaign, date: IsoDate): boolean {
  requireDate(date);
  return campaign.status === 'approved' && campaign.period.start <= date && date <= campaign.period.end;
}

/**
 * The campaigns running on `date` (default today), optionally only those on one platform (a
 * registry id). A `date` that is no real day, or an unknown platform, throws a `ConfigError`.
 */
export function activeCampaigns<P extends string>(
  date: IsoDate = today(),
  platform?: KnownId<P, PlatformId>,
  list: readonly Campaign[] = campaigns,
): Campaign[] {
  requireDate(date);
  if (platform !== undefined) {
    const read = readPlatformOption(platform);
    if ('problem' in read) throw new ConfigError(read.problem);
  }
  return list.filter(
    (campaign) =>
      isCampaignRunning(campaign, date) && (!platform || !campaign.platforms || (campaign.platforms as string[]).includes(platform)),
  );
}
