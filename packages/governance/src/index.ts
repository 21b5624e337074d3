// Browser-safe: no Node built-ins.
export { citeInstrument, isExampleInstrument, issuingInstrument } from './instrument';
export { findProcedure, type NumberedStep, procedures, proceduresForRole, type RoleInProcedure } from './procedures';
export { findRole, roles } from './roles';
export { type IssuingInstrument, issuingInstrumentSchema } from './schema/instrument';
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
