import { isoDateSchema } from '@pedoman-medsos/core';
import type { OptionSpec } from './command';
import { CliError } from './errors';

/** A `YYYY-MM-DD` option; `description` says what the date means for the command. */
export function dateOptionSpec(description: OptionSpec['description']) {
  return { type: 'string', valueName: 'YYYY-MM-DD', description } as const satisfies OptionSpec;
}

/** The value of a date option, refused with exit 2 unless it is a real `YYYY-MM-DD` date. */
export function readDateOption(value: unknown, name: string, command: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isoDateSchema.safeParse(value).success) {
    throw new CliError(
      {
        id: `--${name} harus tanggal YYYY-MM-DD, bukan "${String(value)}".`,
        en: `--${name} must be a YYYY-MM-DD date, not "${String(value)}".`,
      },
      command,
    );
  }
  return String(value);
}
