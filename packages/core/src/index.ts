// Browser-safe entry point: no Node built-ins are imported from here.

export { ConfigError } from './config-error';
export {
  type DateParseOptions,
  type DateTimeParseOptions,
  type IsoDateTime,
  type ParseResult,
  parseIsoDate,
  parseIsoDateTime,
} from './dates';
export { FindingList } from './finding-list';
export { bilingual, hasBlockingFinding, localize, sortFindings } from './findings';
export type { KnownId } from './known-id';
export { exampleMark, exampleNote, platformFieldLabels, reliabilityLabels, ruleLevelLabels, textProvenanceLabels } from './labels';
export {
  basesInForce,
  citeProvision,
  findInstrument,
  findProvision,
  instrumentOf,
  type LegalStatus,
  legalInstruments,
  legalRegistry,
  legalStatusLabels,
  legalStatusOn,
  provisions,
  provisionsInForce,
} from './legal';
export { findPlatform, getPlatform, getSource, platformRegistry, platforms } from './platforms';
export { describeProvenance, type Provenance, provenanceOf } from './provenance';
export { quoteValue } from './quote-value';
export { findRemovedRule, removedRules, resolveRuleId } from './removed-rules';
export { isRuleInEffect, isRuleUpcoming, rulesInEffect, today } from './rules';
export { type IsoDate, isoDateSchema, isoDateTimeSchema, semverSchema } from './schema/dates';
export {
  type FieldLocation,
  type Finding,
  type FindingLocation,
  fieldLocationSchema,
  findingLocationSchema,
  findingSchema,
  type Severity,
  type Suggestion,
  severitySchema,
  suggestionSchema,
  type TextSpan,
  textSpanSchema,
} from './schema/finding';
export { type HandleRules, handleRulesSchema } from './schema/handle-rules';
export {
  type InstitutionalPolicyBasis,
  institutionalPolicyBasisSchema,
  isProvisionCitation,
  type LegalBasis,
  legalBasisSchema,
  type ProvisionCitation,
  provisionCitationSchema,
} from './schema/legal-basis';
export {
  type InstrumentKind,
  type InstrumentText,
  instrumentIdSchema,
  instrumentKindSchema,
  instrumentTextSchema,
  type LegalInstrument,
  type LegalRegistry,
  legalInstrumentSchema,
  legalRegistrySchema,
  type Provision,
  type ProvisionId,
  provisionIdSchema,
  provisionSchema,
  type TextProvenance,
  textProvenanceSchema,
} from './schema/legal-instrument';
export { addDuplicateIdIssues, addLocalizedIssue, localizedMessageOf } from './schema/localized-issue';
export {
  type DraftLocalizedText,
  draftLocalizedTextSchema,
  type Locale,
  type LocalizedText,
  localeSchema,
  locales,
  localizedTextSchema,
} from './schema/localized-text';
export { type Platform, type PlatformId, platformIdSchema, platformSchema } from './schema/platform';
export { type PlatformRegistry, platformRegistrySchema } from './schema/platform-registry';
export { type RemovedRule, type RemovedRulesFile, removedRuleSchema, removedRulesFileSchema } from './schema/removed-rule';
export {
  levelAllowsSeverity,
  type Rule,
  type RuleId,
  type RuleLevel,
  type RuleStatus,
  requireLevelMatchesSeverity,
  requireRuleTranslations,
  ruleFields,
  ruleIdSchema,
  ruleLevelSchema,
  ruleSchema,
  ruleStatusSchema,
  severitiesByLevel,
} from './schema/rule';
export {
  type Measure,
  measureSchema,
  type RulesFile,
  type RuleWithSeverity,
  rulesFileSchema,
  ruleWithSeveritySchema,
} from './schema/rules-file';
export {
  type Reliability,
  reliabilitySchema,
  type Source,
  type SourcedFigure,
  sourcedFigureSchema,
  sourceSchema,
} from './schema/source';
export { sourceReferenceCheck } from './schema/source-references';
export { type TextKind, type TextLimits, textKinds, textLimitsSchema } from './schema/text-limits';
export { dormantAfterDays, isDormant, type SharedRuleId, sharedRules } from './shared-rules';
