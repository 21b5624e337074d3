import { bpomExampleProfile } from './generated/bpom.example';
import { ministryExampleProfile } from './generated/kementerian-keuangan.example';
import type { InstitutionProfile } from './schema/profile';

export { bpomExampleProfile, ministryExampleProfile };

/** The example profiles shipped with the package, by name; the CLI's default is `ministry`. */
export const exampleProfiles: Readonly<Record<'ministry' | 'bpom', InstitutionProfile>> = {
  ministry: ministryExampleProfile,
  bpom: bpomExampleProfile,
};
