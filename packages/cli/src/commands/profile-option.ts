import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exampleProfiles, type InstitutionProfile, institutionProfileSchema } from '@pedoman-medsos/account-naming';
import type { OptionSpec } from '../command';
import { CliError } from '../errors';
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
  const path = String(value);
  // Neither a built-in name nor a file: most likely a guessed name, so say which names exist.
  if (
    !(await access(resolve(io.cwd, path)).then(
      () => true,
      () => false,
    ))
  ) {
    const names = Object.keys(exampleProfiles).join(', ');
    throw new CliError(
      {
        id: `--profile "${path}" bukan profil bawaan (${names}) dan bukan berkas yang ada. Berikan berkas YAML profil instansi Anda.`,
        en: `--profile "${path}" is neither a built-in profile (${names}) nor an existing file. Give your institution's profile YAML file.`,
      },
      command,
    );
  }
  return readYamlFile(path, institutionProfileSchema, io, command);
}
