import { procedureFile, type TimeZone } from '@pedoman-medsos/reply-templates';
import { CliError } from './errors';

/** The time zones the reply procedure knows (WIB, WITA, WIT), from its data: the one list every command checks against. */
const zoneIds = procedureFile.timeZones.map((zone) => zone.id);

/** `--time-zone`: the unit's zone as the reply procedure names it, or `undefined` when not given; anything else exits 2. */
export function readTimeZoneOption(value: string | undefined, command: string): TimeZone['id'] | undefined {
  if (value === undefined) return undefined;
  const zone = procedureFile.timeZones.find((candidate) => candidate.id === value);
  if (zone) return zone.id;
  const list = `${zoneIds.slice(0, -1).join(', ')}`;
  throw new CliError(
    {
      id: `--time-zone harus ${list} atau ${zoneIds.at(-1)} (zona waktu unit), bukan "${value}".`,
      en: `--time-zone must be ${list} or ${zoneIds.at(-1)} (the unit's zone), not "${value}".`,
    },
    command,
  );
}
