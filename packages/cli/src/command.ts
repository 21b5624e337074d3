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

/** A command's options, by name: the one description its parsing, its help and its types come from. */
export type OptionSpecs = Record<string, OptionSpec>;

/** The value `util.parseArgs` gives an option of this spec: text or a flag, one or many (either, for an unknown spec). */
type OptionValue<Spec extends OptionSpec> = [Spec['type']] extends ['boolean']
  ? Spec['multiple'] extends true
    ? boolean[]
    : boolean
  : [Spec['type']] extends ['string']
    ? Spec['multiple'] extends true
      ? string[]
      : string
    : string | boolean | (string | boolean)[];

/** The parsed values of a command's options (and the common ones), each absent when not given. */
export type OptionValues<Specs extends OptionSpecs> = { [Name in keyof Specs]?: OptionValue<Specs[Name]> };

/** Options every command accepts. */
export const commonOptions = {
  json: { type: 'boolean', description: { id: 'Keluaran JSON untuk program lain.', en: 'JSON output for other programs.' } },
  lang: {
    type: 'string',
    valueName: 'id|en',
    description: { id: 'Bahasa keluaran (bawaan: id).', en: 'Output language (default: id).' },
  },
  help: { type: 'boolean', short: 'h', description: { id: 'Tampilkan bantuan ini.', en: 'Show this help.' } },
} as const satisfies OptionSpecs;

/** What a command receives once the command line is parsed: values typed by its own option specs. */
export interface CommandContext<Specs extends OptionSpecs = OptionSpecs> {
  values: OptionValues<Specs & typeof commonOptions>;
  positionals: string[];
  io: Io;
  locale: Locale;
}

/**
 * A `pedoman` command. Commands stay thin: they parse, read input, call a package and print.
 * They return the exit code (see `exitCodes`) and throw `CliError` for bad usage or input.
 */
export interface Command<Specs extends OptionSpecs = OptionSpecs> {
  name: string;
  summary: LocalizedText;
  /** Arguments after the command name, e.g. `[PLATFORM…]`. */
  usage: string;
  options: Specs;
  /** Longer help: examples and what the output means. */
  details?: LocalizedText;
  run(context: CommandContext<Specs>): Promise<number>;
}

/**
 * A command whose `run` sees its option values typed from its own `options` (`values.unit` is a
 * `string | undefined` because `unit` is declared `type: 'string'`): no cast of an untyped record.
 * The list of commands holds them as plain `Command`s; `main` parses with the same specs.
 */
export function defineCommand<const Specs extends OptionSpecs>(command: Command<Specs>): Command {
  // Sound: main passes run() exactly what parseArgs makes of these specs.
  return command as unknown as Command;
}
