import { checkHandle, suggestHandle } from '@pedoman-medsos/account-naming';
import { findPlatform, hasBlockingFinding, localize } from '@pedoman-medsos/core';
import { defineCommand } from '../command';
import { CliError, exitCodes } from '../errors';
import { formatFindings } from '../format-findings';
import { formatTable } from '../format-table';
import { readOnePlatform, readPlatformList } from './platform-option';
import { exampleProfileNote, loadProfile, profileOption } from './profile-option';

/** `pedoman handle suggest|check`. */
export const handleCommand = defineCommand({
  name: 'handle',
  usage: 'suggest --unit UNIT | check HANDLE --platform P',
  summary: { id: 'Sarankan atau periksa handle akun unit.', en: 'Suggest or check a unit account’s handle.' },
  details: {
    id: 'Contoh:\n  pedoman handle suggest --unit "KPKNL Bandung"\n  pedoman handle check BandungKpknl --platform x --unit "KPKNL Bandung"',
    en: 'Examples:\n  pedoman handle suggest --unit "KPKNL Bandung" --lang en\n  pedoman handle check BandungKpknl --platform x --unit "KPKNL Bandung" --lang en',
  },
  options: {
    unit: {
      type: 'string',
      valueName: 'UNIT',
      description: { id: 'Nama unit, mis. "KPKNL Bandung".', en: 'The unit’s name, e.g. "KPKNL Bandung".' },
    },
    platform: {
      type: 'string',
      valueName: 'P|all',
      description: { id: 'Platform (bawaan untuk suggest: all).', en: 'Platform (suggest default: all).' },
    },
    profile: profileOption,
  },
  async run({ values, positionals, io, locale }) {
    const [action, handle, ...extra] = positionals;
    const profile = await loadProfile(values.profile, io, 'handle');
    const unit = values.unit;
    if (action === 'suggest' && handle === undefined) {
      if (unit === undefined || unit.trim() === '') {
        throw new CliError(
          {
            id: 'suggest memerlukan --unit "NAMA UNIT", mis. "KPKNL Bandung".',
            en: 'suggest needs --unit "UNIT NAME", e.g. "KPKNL Bandung".',
          },
          'handle',
        );
      }
      const results = readPlatformList(values.platform, 'handle').map((platform) => ({
        platform,
        ...suggestHandle(unit, platform, profile),
      }));
      if (values.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      else {
        const failed = results.find((result) => result.handle === undefined);
        if (failed) io.stdout.write(formatFindings(failed.findings, locale));
        else {
          io.stdout.write(
            `${formatTable(
              ['Platform', 'Handle'],
              results.map((result) => [findPlatform(result.platform)!.name, `@${result.handle}`]),
            )}\n\n`,
          );
          const explained = results.reduce((longest, result) => (result.steps.length > longest.steps.length ? result : longest));
          io.stdout.write(`${explained.steps.map((step) => `- ${localize(step, locale)}`).join('\n')}\n`);
          io.stdout.write(exampleProfileNote(profile, locale));
        }
      }
      // No handle means the unit was not understood: an input problem (exit 2), not a finding about a handle.
      return results.some((result) => result.handle === undefined) ? exitCodes.usageOrInput : exitCodes.ok;
    }
    if (action === 'check' && handle !== undefined && extra.length === 0) {
      const platform = readOnePlatform(values.platform, 'handle', 'check');
      const findings = checkHandle(handle, {
        platform,
        profile,
        ...(typeof values.unit === 'string' ? { unit: values.unit } : {}),
      });
      io.stdout.write(values.json ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(findings, locale));
      return hasBlockingFinding(findings) ? exitCodes.blockingFindings : exitCodes.ok;
    }
    throw new CliError(
      {
        id: 'Gunakan "pedoman handle suggest --unit UNIT" atau "pedoman handle check HANDLE --platform P".',
        en: 'Use "pedoman handle suggest --unit UNIT" or "pedoman handle check HANDLE --platform P".',
      },
      'handle',
    );
  },
});
