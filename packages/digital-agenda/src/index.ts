// Browser-safe: no Node built-ins.
export {
  AgendaFindings,
  type AgendaRuleId,
  activeCampaigns,
  agendaFile,
  agendaRules,
  campaigns,
  isCampaignRunning,
  readPlatformOption,
} from './agenda';
export { type AccountCadence, type CadenceTally, cadenceReport, createCadenceTally, type PostRecord, postRecordSchema } from './cadence';
export { checkHashtags, findHashtags, type HashtagOccurrence, type HashtagOptions } from './hashtags';
export {
  type AgendaFile,
  type AgendaPolicy,
  agendaFileSchema,
  agendaPolicySchema,
  type BrandedTerm,
  brandedTermSchema,
  type Campaign,
  campaignSchema,
  hashtagSchema,
  type StandingHashtag,
  standingHashtagSchema,
} from './schema/agenda';
