import { exampleProfiles, type InstitutionProfile, institutionProfileSchema } from '@pedoman-medsos/account-naming';
import type { OptionSpec } from '../command';
import type { Io } from '../io';
import { readYamlFile } from '../read-yaml-file';

/** `--profile`: a profile YAML file, or the name of an example (`ministry`, the default, or `bpom`). */
export const profileOption: OptionSpec = {
  type: 'string',
  valueName: 'FILE|ministry|bpom',
  description: {
    id: 'Profil penamaan instansi (YAML); bawaan: contoh kementerian.',
    en: 'The institution’s naming profile (YAML); default: the ministry example.',
  },
};

export async function loadProfile(value: unknown, io: Io, command: string): Promise<InstitutionProfile> {
  if (value === undefined || value === 'ministry') return exampleProfiles.ministry;
  if (value === 'bpom') return exampleProfiles.bpom;
  return readYamlFile(String(value), institutionProfileSchema, io, command);
}
