import { parseArgs } from 'node:util';
import { ConfigError, type Locale, localize } from '@pedoman-medsos/core';
import { type Command, type CommandContext, commonOptions, type OptionSpecs } from './command';
import { accountsCommand } from './commands/accounts';
import { agendaCommand, cadenceCommand, hashtagsCommand } from './commands/agenda';
import { evaluateCommand } from './commands/evaluate';
import { guidelinesCommand } from './commands/guidelines';
import { handleCommand } from './commands/handle';
import { imageCommand } from './commands/image';
import { platformsCommand } from './commands/platforms';
import { replyCommand } from './commands/reply';
import { screenCommand } from './commands/screen';
import { CliError, exitCodes } from './errors';
import { commandHelp, generalHelp } from './help';
import type { Io } from './io';

/** Every command, in the order `pedoman --help` lists them. */
export const commands: readonly Command[] = [
  platformsCommand,
  screenCommand,
  handleCommand,
  accountsCommand,
  imageCommand,
  replyCommand,
  agendaCommand,
  hashtagsCommand,
  cadenceCommand,
  evaluateCommand,
  guidelinesCommand,
];

/** `--lang` is read before anything else so that even a usage error speaks the user's language. */
function localeFrom(argv: readonly string[]): Locale {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  return value === 'en' ? 'en' : 'id';
}

function checkLang(value: unknown): void {
  if (value === undefined || value === 'id' || value === 'en') return;
  throw new CliError({
    id: `Bahasa "${String(value)}" tidak dikenal; gunakan --lang id atau --lang en.`,
    en: `Unknown language "${String(value)}"; use --lang id or --lang en.`,
  });
}

/** `util.parseArgs` explains in English only; these say the same in both languages. */
function parseError(error: Error & { code?: string }, command?: string): CliError {
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new CliError({ id: `Opsi ${flag} tidak dikenal.`, en: `Unknown option ${flag}.` }, command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message)
        ? new CliError(
            { id: `Opsi ${flag} tidak menerima nilai; tulis ${flag} saja.`, en: `Option ${flag} takes no value; write ${flag} alone.` },
            command,
          )
        : new CliError(
            { id: `Opsi ${flag} memerlukan nilai: ${flag} NILAI.`, en: `Option ${flag} needs a value: ${flag} VALUE.` },
            command,
          );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new CliError({ id: `Argumen tidak terduga: ${error.message}`, en: `Unexpected argument: ${error.message}` }, command);
    default:
      return new CliError({ id: error.message, en: error.message }, command);
  }
}

/**
 * Where the command name is: the first argument that is neither an option nor the value of a
 * common option given before it (`pedoman --lang en platforms`).
 */
function commandIndex(argv: readonly string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!arg.startsWith('-')) return index;
    const name = arg.replace(/^--?/, '');
    if ((commonOptions as OptionSpecs)[name]?.type === 'string' && !arg.includes('=')) index++;
  }
  return -1;
}

/**
 * Runs `pedoman` with the given arguments (without `node` and the script path) and returns the
 * exit code. Never throws: usage and input errors are printed on stderr and give exit 2.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const locale = localeFrom(argv);
  const at = commandIndex(argv);
  const name = at < 0 ? undefined : argv[at];
  const command = commands.find((candidate) => candidate.name === name);
  try {
    if (!command) {
      if (name !== undefined && name !== 'help') {
        const known = commands.map((candidate) => candidate.name).join(', ');
        throw new CliError({
          id: `Perintah "${name}" tidak dikenal. Perintah: ${known}.`,
          en: `Unknown command "${name}". Commands: ${known}.`,
        });
      }
      // No command: the general help, once the options given are known ones (`pedoman --lang en`).
      try {
        parseArgs({ args: [...argv], options: commonOptions, allowPositionals: true, strict: true });
      } catch (error) {
        throw parseError(error as Error & { code?: string });
      }
      io.stdout.write(generalHelp(commands, locale));
      return exitCodes.ok;
    }
    const rest = argv.filter((_, index) => index !== at);
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: [...rest], options: { ...command.options, ...commonOptions }, allowPositionals: true, strict: true });
    } catch (error) {
      throw parseError(error as Error & { code?: string }, command.name);
    }
    checkLang(parsed.values.lang);
    if (parsed.values.help) {
      io.stdout.write(commandHelp(command, locale));
      return exitCodes.ok;
    }
    // parseArgs read these values with the command's own specs: what its typed `run` expects.
    return await command.run({ values: parsed.values as CommandContext['values'], positionals: parsed.positionals, io, locale });
  } catch (error) {
    // A package's ConfigError is an option the user gave that it cannot use: a usage error too.
    if (error instanceof ConfigError) return usageError(new CliError(error.text, command?.name), io, locale);
    if (!(error instanceof CliError)) throw error;
    return usageError(error, io, locale);
  }
}

/** Prints a usage or input error — what is wrong and which help to read — and gives exit 2. */
function usageError(error: CliError, io: Io, locale: Locale): number {
  const hint = error.command ? `pedoman ${error.command} --help` : 'pedoman --help';
  io.stderr.write(`pedoman: ${localize(error.text, locale)}\n${localize({ id: 'Lihat', en: 'See' }, locale)}: ${hint}\n`);
  return exitCodes.usageOrInput;
}
