import { type Locale, localize } from '@pedoman-medsos/core';
import { type Command, commonOptions, type OptionSpec } from './command';

const text = {
  usage: { id: 'Penggunaan', en: 'Usage' },
  commands: { id: 'Perintah', en: 'Commands' },
  options: { id: 'Opsi', en: 'Options' },
  exitCodes: { id: 'Kode keluar', en: 'Exit codes' },
  exitList: {
    id: '0 tidak ada temuan yang memblokir · 1 ada temuan yang memblokir · 2 kesalahan penggunaan atau masukan · 70 kesalahan internal (laporkan)',
    en: '0 no blocking findings · 1 blocking findings · 2 usage or input error · 70 internal error (please report)',
  },
  more: { id: 'Bantuan per perintah: pedoman PERINTAH --help', en: 'Help on a command: pedoman COMMAND --help --lang en' },
  files: {
    id: 'Berkas hasil tidak pernah menimpa berkas masukan; berkas yang sudah ada hanya ditimpa dengan --force. Masukan teks harus UTF-8; "-" berarti masukan standar.',
    en: 'Output files never replace an input; an existing file is replaced only with --force. Text input must be UTF-8; "-" means standard input.',
  },
  intro: {
    id: 'pedoman — pedoman media sosial instansi pemerintah, sebagai perintah.',
    en: 'pedoman — the government social-media guidelines, as commands.',
  },
};

function optionLines(options: Record<string, OptionSpec>, locale: Locale): string[] {
  const rows = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
    return [flag, localize(spec.description, locale)] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  return rows.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

/** `pedoman --help`: every command with its summary. */
export function generalHelp(commands: readonly Command[], locale: Locale): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    localize(text.intro, locale),
    '',
    `${localize(text.usage, locale)}: pedoman <command> [options]`,
    '',
    `${localize(text.commands, locale)}:`,
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${localize(command.summary, locale)}`),
    '',
    `${localize(text.options, locale)}:`,
    ...optionLines(commonOptions, locale),
    '',
    `${localize(text.exitCodes, locale)}: ${localize(text.exitList, locale)}`,
    localize(text.files, locale),
    localize(text.more, locale),
    '',
  ].join('\n');
}

/** `pedoman COMMAND --help`. */
export function commandHelp(command: Command, locale: Locale): string {
  return [
    localize(command.summary, locale),
    '',
    `${localize(text.usage, locale)}: pedoman ${command.name}${command.usage ? ` ${command.usage}` : ''} [options]`,
    '',
    `${localize(text.options, locale)}:`,
    ...optionLines({ ...command.options, ...commonOptions }, locale),
    ...(command.details ? ['', localize(command.details, locale)] : []),
    '',
    `${localize(text.exitCodes, locale)}: ${localize(text.exitList, locale)}`,
    '',
  ].join('\n');
}
