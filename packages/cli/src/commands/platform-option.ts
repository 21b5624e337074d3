import { platforms } from '@pedoman-medsos/core';
import { CliError } from '../errors';

/**
 * Reads `--platform P[,P…]|all` into a list of ids. `all` (and no option) means every id in
 * `known`; an unknown id is a usage error that lists the choices.
 */
export function readPlatformList(
  value: unknown,
  command: string,
  known: readonly string[] = platforms.map((platform) => platform.id),
): string[] {
  if (value === undefined || value === 'all') return [...known];
  const ids = String(value).split(',');
  for (const id of ids) {
    if (!known.includes(id)) {
      const choices = known.join(', ');
      throw new CliError(
        { id: `Platform "${id}" tidak dikenal. Pilih: ${choices}, all.`, en: `Unknown platform "${id}". Choose: ${choices}, all.` },
        command,
      );
    }
  }
  return ids;
}

/**
 * Reads a `--platform` that must name exactly one platform (`all` and lists are refused): `action`
 * is the subcommand the message names, e.g. `check needs one --platform`.
 */
export function readOnePlatform(value: unknown, command: string, action: string, known?: readonly string[]): string {
  if (typeof value !== 'string' || value === 'all' || value.includes(',')) {
    throw new CliError({ id: `${action} memerlukan satu --platform.`, en: `${action} needs one --platform.` }, command);
  }
  return readPlatformList(value, command, known)[0] as string;
}
