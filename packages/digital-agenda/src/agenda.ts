import { FindingList, type IsoDate, type RuleWithSeverity, type SharedRuleId, today } from '@pedoman-medsos/core';
import { agendaFile } from './generated/agenda';
import { type RuleIdInRulesYaml, rulesFile } from './generated/rules';
import type { Campaign } from './schema/agenda';

export { agendaFile };
/** Every campaign of the agenda, in the order of data/agenda.yaml. */
export const campaigns: readonly Campaign[] = agendaFile.campaigns;
/** The digital-agenda rules every finding refers to. */
export const agendaRules: readonly RuleWithSeverity[] = rulesFile.rules;

/** The ids of the agenda rules: those data/rules.yaml defines (generated), so a rule deleted there fails the type-check where it is reported. */
export type AgendaRuleId = RuleIdInRulesYaml;

const ruleMap = new Map(agendaRules.map((rule) => [rule.id, rule]));

/** A finding collector for the agenda rules. */
export class AgendaFindings extends FindingList<AgendaRuleId | SharedRuleId> {
  constructor(asOf: IsoDate = today()) {
    super(ruleMap, asOf);
  }
}

/** Whether a campaign runs on `date` (approved, and `date` within its period). */
export function isCampaignRunning(campaign: Campaign, date: IsoDate): boolean {
  return campaign.status === 'approved' && campaign.period.start <= date && date <= campaign.period.end;
}

/** The campaigns running on `date` (default today), optionally only those on one platform. */
export function activeCampaigns(date: IsoDate = today(), platform?: string, list: readonly Campaign[] = campaigns): Campaign[] {
  return list.filter(
    (campaign) =>
      isCampaignRunning(campaign, date) && (!platform || !campaign.platforms || (campaign.platforms as string[]).includes(platform)),
  );
}
