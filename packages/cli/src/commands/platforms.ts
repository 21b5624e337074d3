import {
  findPlatform,
  type Locale,
  localize,
  type Platform,
  platformFieldLabels,
  platformRegistry,
  platforms,
  textKinds,
} from '@pedoman-medsos/core';
import { defineCommand } from '../command';
import { CliError, exitCodes } from '../errors';
import { formatTable } from '../format-table';

function handleCharacters(platform: Platform): string {
  return ['a–z 0–9', ...platform.handle.punctuation].join(' ');
}

function textTable(list: readonly Platform[], locale: Locale): string {
  const rows = list.map((platform) => [
    platform.name,
    handleCharacters(platform),
    `${platform.handle.minLength.value}–${platform.handle.maxLength.value}`,
    ...textKinds.map((kind) => platform.textLimits[kind]?.value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB') ?? '—'),
  ]);
  const header = (['platform', 'handleCharacters', 'handleLength', ...textKinds] as const).map((field) =>
    localize(platformFieldLabels[field], locale),
  );
  const note = localize(
    {
      id: 'Batas teks dalam karakter. Sumber tiap angka: pedoman platforms --json.',
      en: 'Text limits in characters. Each figure’s source: pedoman platforms --json.',
    },
    locale,
  );
  return `${formatTable(header, rows)}\n\n${note}\n`;
}

/** `pedoman platforms [PLATFORM…]`: the platform registry with handle and text limits. */
export const platformsCommand = defineCommand({
  name: 'platforms',
  usage: '[PLATFORM…]',
  summary: {
    id: 'Daftar platform dengan batas handle dan teks, beserta sumbernya.',
    en: 'List the platforms with their handle and text limits, and their sources.',
  },
  details: {
    id: `PLATFORM: ${platforms.map((p) => p.id).join(', ')}. Tanpa PLATFORM: semua.`,
    en: `PLATFORM: ${platforms.map((p) => p.id).join(', ')}. Without PLATFORM: all of them.`,
  },
  options: {},
  async run({ values, positionals, io, locale }) {
    const selected = positionals.map((id) => {
      const platform = findPlatform(id.toLowerCase());
      if (!platform) {
        const known = platforms.map((p) => p.id).join(', ');
        throw new CliError(
          { id: `Platform "${id}" tidak dikenal. Pilih salah satu: ${known}.`, en: `Unknown platform "${id}". Choose one of: ${known}.` },
          'platforms',
        );
      }
      return platform;
    });
    const list = selected.length > 0 ? selected : platforms;
    if (values.json) {
      const sourceIds = new Set(
        list.flatMap((p) => [
          p.handle.source,
          p.handle.minLength.source,
          p.handle.maxLength.source,
          ...textKinds.map((k) => p.textLimits[k]?.source),
        ]),
      );
      const sources = platformRegistry.sources.filter((source) => sourceIds.has(source.id));
      io.stdout.write(`${JSON.stringify({ platforms: list, sources }, null, 2)}\n`);
    } else {
      io.stdout.write(textTable(list, locale));
    }
    return exitCodes.ok;
  },
});
