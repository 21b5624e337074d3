// Browser-safe: no Node built-ins.
export { type AuditResult, auditAccounts, expectedDisplayName } from './audit-accounts';
export { checkAccountRequest } from './check-account-request';
export { type CheckHandleOptions, checkHandle } from './check-handle';
export { type ParsedUnit, parseUnit, type UnitInput } from './parse-unit';
export { allowedCharacters } from './platform-handle-rules';
export { bpomExampleProfile, type ExampleProfileName, exampleProfiles, ministryExampleProfile, pemdaExampleProfile } from './profiles';
export { type NationalRegion, nationalRegions, type ResolvedRegion, resolveRegion } from './regions';
export { createRegisterAudit, type RegisterAudit } from './register-audit';
export { getNamingRule, type NamingRuleId, namingRules } from './rules';
export { type AccountRequest, type AccountRequestInput, accountRequestSchema } from './schema/account-request';
export {
  type InstitutionProfile,
  institutionProfileSchema,
  type RegionSpelling,
  regionSpellingSchema,
  type UnitKind,
  unitKindSchema,
} from './schema/profile';
export { type RegisterRow, type RegisterRowInput, registerColumns, registerRowSchema, yesNoSpellings } from './schema/register-row';
export { type NamingRule, namingRuleSchema, type RulesFile, rulesFileSchema } from './schema/rules-file';
export { type HandleSuggestion, suggestHandle } from './suggest-handle';
