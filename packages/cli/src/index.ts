export type { Command, CommandContext, OptionSpec } from './command';
export { CliError, exitCodes } from './errors';
export type { Io } from './io';
export { commands, main } from './main';
