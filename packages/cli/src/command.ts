import type { Locale, LocalizedText } from '@pedoman-medsos/core';
import type { Io } from './io';

/** One option of a command, as `util.parseArgs` reads it, with its help text. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in help, e.g. `P` in `--platform P`. */
  valueName?: string;
  description: LocalizedText;
}

/** What a command receives once the command line is parsed. */
export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  io: Io;
  locale: Locale;
}

/**
 * A `pedoman` command. Commands stay thin: they parse, read input, call a package and print.
 * They return the exit code (see `exitCodes`) and throw `CliError` for bad usage or input.
 */
export interface Command {
  name: string;
  summary: LocalizedText;
  /** Arguments after the command name, e.g. `[PLATFORM…]`. */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Longer help: examples and what the output means. */
  details?: LocalizedText;
  run(context: CommandContext): Promise<number>;
}

/** Options every command accepts. */
export const commonOptions: Record<string, OptionSpec> = {
  json: { type: 'boolean', description: { id: 'Keluaran JSON untuk program lain.', en: 'JSON output for other programs.' } },
  lang: {
    type: 'string',
    valueName: 'id|en',
    description: { id: 'Bahasa keluaran (bawaan: id).', en: 'Output language (default: id).' },
  },
  help: { type: 'boolean', short: 'h', description: { id: 'Tampilkan bantuan ini.', en: 'Show this help.' } },
};
