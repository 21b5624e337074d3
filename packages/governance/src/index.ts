// Browser-safe: no Node built-ins.
export { definitions, definitionsInOrder, findDefinition } from './definitions';
export { citedProvisions, closing, introduction, levelLabels, namedRoles, personalAccountClauses, sanctions, scope } from './frame';
export { citeInstrument, isExampleInstrument, issuingInstrument } from './instrument';
export { ceremonialPurposes, findIndicator, monitoring, reportsBy } from './monitoring';
export { findProcedure, type NumberedStep, procedures, proceduresForRole, type RoleInProcedure } from './procedures';
export { findRole, roles } from './roles';
export { type Clause, clauseSchema } from './schema/clause';
export { type Closing, closingSchema } from './schema/closing';
export { type Definition, type DefinitionsFile, definitionSchema, definitionsFileSchema } from './schema/definition';
export { entryIdSchema } from './schema/id';
export { type IssuingInstrument, issuingInstrumentSchema } from './schema/instrument';
export { type Introduction, introductionSchema } from './schema/introduction';
export { type NormativeLevel, normativeLevelSchema } from './schema/level';
export {
  type ContentKind,
  contentKindSchema,
  type Indicator,
  indicatorSchema,
  type Monitoring,
  monitoringSchema,
  type Report,
  type ReportingPeriod,
  reportingPeriodSchema,
  reportSchema,
} from './schema/monitoring';
export {
  type DurationLimit,
  durationLimitSchema,
  type LimitUnit,
  limitUnitSchema,
  type Procedure,
  type ProcedureStep,
  type ProceduresFile,
  procedureSchema,
  procedureStepSchema,
  proceduresFileSchema,
  type ReplyTargetLimit,
  type Support,
  supportSchema,
  type TimeLimit,
  timeLimitSchema,
} from './schema/procedure';
export { type Appointment, appointmentSchema, type Role, type RolesFile, roleSchema, rolesFileSchema } from './schema/role';
export { type RoleId, roleIdSchema } from './schema/role-id';
export { type FollowUpStep, followUpStepSchema, type Sanctions, sanctionsSchema } from './schema/sanction';
export { type AccountHolder, accountHolderSchema, type Scope, scopeSchema } from './schema/scope';
