import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  type ExampleProfileName,
  exampleProfiles,
  type InstitutionProfile,
  institutionProfileSchema,
} from '@pedoman-medsos/account-naming';
import { exampleMark, type Locale, localize } from '@pedoman-medsos/core';
import type { OptionSpec } from '../command';
import { CliError } from '../errors';
import type { Io } from '../io';
import { readYamlFile } from '../read-yaml-file';

/** `--profile`: a profile YAML file, or the name of an example (`ministry`, the default, or `bpom`). */
export const profileOption = {
  type: 'string',
  valueName: 'FILE|ministry|bpom|pemda',
  description: {
    id: 'Profil penamaan instansi (YAML) atau contoh bawaan: ministry (bawaan), bpom, pemda (pemerintah daerah).',
    en: 'The institution’s naming profile (YAML) or a built-in example: ministry (default), bpom, pemda (regional government).',
  },
} as const satisfies OptionSpec;

export async function loadProfile(value: unknown, io: Io, command: string): Promise<InstitutionProfile> {
  if (value === undefined) return exampleProfiles.ministry;
  if (typeof value === 'string' && Object.hasOwn(exampleProfiles, value)) return exampleProfiles[value as ExampleProfileName];
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

/** The short note a command adds to its output when the profile is an example, not an institution's own. */
export function exampleProfileNote(profile: InstitutionProfile, locale: Locale): string {
  if (!profile.example) return '';
  return `(${localize(exampleMark, locale).toLowerCase()}) ${localize(
    {
      id: `Profil "${profile.institution.name}" adalah contoh; berikan profil instansi Anda dengan --profile BERKAS.`,
      en: `The "${profile.institution.name}" profile is an example; give your institution's profile with --profile FILE.`,
    },
    locale,
  )}\n`;
}
