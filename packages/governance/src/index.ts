// Browser-safe: no Node built-ins.
export { citeInstrument, isExampleInstrument, issuingInstrument } from './instrument';
export { type IssuingInstrument, issuingInstrumentSchema } from './schema/instrument';
export { type RoleId, roleIdSchema } from './schema/role-id';
