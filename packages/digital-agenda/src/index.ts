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
/**
 * @deprecated Import it from `@pedoman-medsos/digital-agenda/calendar`: from here it brings the `ics`
 * library into every browser bundle of this package. This export goes in the next major release.
 */
export { agendaCalendar } from './calendar';
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
