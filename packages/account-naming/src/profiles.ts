import { bpomExampleProfile } from './generated/bpom.example';
import { ministryExampleProfile } from './generated/kementerian-keuangan.example';
import { pemdaExampleProfile } from './generated/pemda.example';
import type { InstitutionProfile } from './schema/profile';

export { bpomExampleProfile, ministryExampleProfile, pemdaExampleProfile };

/** The names of the example profiles shipped with the package. */
export type ExampleProfileName = 'ministry' | 'bpom' | 'pemda';

/**
 * The example profiles shipped with the package, by name; the CLI's default is `ministry`. Each has
 * `example: true`: every surface that shows one marks it as an example (core's `exampleMark`).
 */
export const exampleProfiles: Readonly<Record<ExampleProfileName, InstitutionProfile>> = {
  ministry: ministryExampleProfile,
  bpom: bpomExampleProfile,
  pemda: pemdaExampleProfile,
};
