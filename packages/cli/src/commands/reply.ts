import { exampleMark, hasBlockingFinding, type Locale, localize, type PlatformId } from '@pedoman-medsos/core';
import {
  type Channel,
  describeReason,
  findMessageCategory,
  findTemplate,
  isDeadline,
  messageCategories,
  renderReply,
  replyDueBy,
  templates,
  triageMessage,
} from '@pedoman-medsos/reply-templates';
import { type CommandContext, defineCommand, type OptionSpecs } from '../command';
import { CliError, exitCodes } from '../errors';
import { formatFindings } from '../format-findings';
import { formatTable } from '../format-table';
import { readTextInput } from '../input';
import { readTimeZoneOption } from '../time-zone-option';
import { readOnePlatform } from './platform-option';

const usage = {
  id: 'Gunakan "pedoman reply list", "reply render ID --var nama=nilai", "reply triage [FILE|-]" atau "reply due --received WAKTU --category K".',
  en: 'Use "pedoman reply list", "reply render ID --var name=value", "reply triage [FILE|-]" or "reply due --received TIME --category C".',
};

function readChannel(value: unknown): Channel | undefined {
  if (value === undefined) return undefined;
  if (value === 'public' || value === 'private') return value;
  throw new CliError(
    {
      id: `--channel harus public atau private, bukan "${String(value)}".`,
      en: `--channel must be public or private, not "${String(value)}".`,
    },
    'reply',
  );
}

function readVars(pairs: readonly string[] = []): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) {
      throw new CliError({ id: `--var "${pair}" harus berbentuk nama=nilai.`, en: `--var "${pair}" must be name=value.` }, 'reply');
    }
    vars[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return vars;
}

function list({ values, io, locale }: CommandContext<typeof replyOptions>): number {
  if (values.json) {
    io.stdout.write(`${JSON.stringify(templates, null, 2)}\n`);
    return exitCodes.ok;
  }
  const rows = templates.map((template) => [
    template.id,
    template.channel,
    Object.keys(template.variables).join(', '),
    localize(template.tone, locale),
  ]);
  io.stdout.write(
    `${formatTable([localize({ id: 'Templat', en: 'Template' }, locale), localize({ id: 'Kanal', en: 'Channel' }, locale), 'Variabel', localize({ id: 'Nada', en: 'Tone' }, locale)], rows)}\n`,
  );
  return exitCodes.ok;
}

/**
 * The short "(contoh)" note for a draft filled with the template's example values (a name, ticket
 * number, date or link copied from the handbook's example draft): they must be replaced before sending.
 */
export function exampleValuesNote(
  example: Readonly<Record<string, string | number>>,
  vars: Readonly<Record<string, string>>,
  locale: Locale,
): string {
  const copied = Object.entries(vars)
    .filter(([name, value]) => example[name] !== undefined && String(example[name]) === value)
    .map(([name, value]) => `${name}=${value}`);
  if (copied.length === 0) return '';
  return `(${localize(exampleMark, locale).toLowerCase()}) ${localize(
    {
      id: `${copied.join(', ')} adalah nilai contoh templat; ganti dengan data sebenarnya sebelum mengirim.`,
      en: `${copied.join(', ')} ${copied.length === 1 ? 'is the template’s example value' : 'are the template’s example values'}; replace with the real data before sending.`,
    },
    locale,
  )}\n`;
}

function render(id: string | undefined, { values, io, locale }: CommandContext<typeof replyOptions>): number {
  if (!id) throw new CliError(usage, 'reply');
  // An unknown id is a typo on the command line (exit 2), not a finding about a reply.
  if (!findTemplate(id)) {
    const known = templates.map((template) => template.id).join(', ');
    throw new CliError(
      {
        id: `Templat "${id}" tidak ada. Lihat "pedoman reply list"; tersedia: ${known}.`,
        en: `No template "${id}". See "pedoman reply list"; available: ${known}.`,
      },
      'reply',
    );
  }
  const platform = values.platform === undefined ? undefined : (readOnePlatform(values.platform, 'reply', 'render') as PlatformId);
  const channel = readChannel(values.channel);
  const vars = readVars(values.var);
  const result = renderReply(id, vars, {
    locale,
    ...(platform ? { platform } : {}),
    ...(channel ? { channel } : {}),
  });
  if (values.json) io.stdout.write(`${JSON.stringify({ text: result.text, findings: result.findings }, null, 2)}\n`);
  else {
    if (result.text !== undefined) io.stdout.write(`${result.text}\n\n`);
    io.stdout.write(exampleValuesNote(findTemplate(id)!.example, vars, locale));
    io.stdout.write(formatFindings(result.findings, locale));
  }
  return hasBlockingFinding(result.findings) ? exitCodes.blockingFindings : exitCodes.ok;
}

async function triage(file: string | undefined, { values, io, locale }: CommandContext<typeof replyOptions>): Promise<number> {
  const text = await readTextInput(file, io, {
    command: 'reply',
    expected: { id: 'satu pesan masuk dalam teks UTF-8', en: 'one incoming message as UTF-8 text' },
  });
  const result = triageMessage(text);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return exitCodes.ok;
  }
  const handling = {
    reply: { id: 'balas', en: 'reply' },
    route: { id: 'balas dan arahkan', en: 'reply and route' },
    hold: { id: 'tahan untuk ditinjau', en: 'hold for review' },
    hide: { id: 'sembunyikan', en: 'hide' },
  }[result.handling];
  io.stdout.write(`${localize({ id: 'Tindakan', en: 'Action' }, locale)}: ${localize(handling, locale)}\n`);
  const rows = result.categories.map((ranked) => [
    localize(ranked.title, locale),
    String(ranked.score),
    ranked.reasons.map((reason) => describeReason(reason, locale)).join(', '),
  ]);
  io.stdout.write(
    `${formatTable([localize({ id: 'Kategori', en: 'Category' }, locale), 'Skor', localize({ id: 'Alasan', en: 'Reasons' }, locale)], rows)}\n`,
  );
  io.stdout.write(
    `${localize({ id: 'Templat', en: 'Templates' }, locale)}: ${result.suggestedTemplates.join(', ') || localize({ id: '(jangan dibalas)', en: '(do not reply)' }, locale)}\n`,
  );
  return exitCodes.ok;
}

function dueCommand({ values, io, locale }: CommandContext<typeof replyOptions>): number {
  if (typeof values.received !== 'string' || typeof values.category !== 'string') {
    throw new CliError({ id: 'due memerlukan --received dan --category.', en: 'due needs --received and --category.' }, 'reply');
  }
  const category = findMessageCategory(values.category);
  if (!category) {
    const known = messageCategories.map((category) => category.id).join(', ');
    throw new CliError(
      {
        id: `Kategori "${values.category}" tidak dikenal. Pilih: ${known}.`,
        en: `Unknown category "${values.category}". Choose: ${known}.`,
      },
      'reply',
    );
  }
  const zone = readTimeZoneOption(values['time-zone'], 'reply');
  const channel = readChannel(values.channel);
  const result = replyDueBy(values.received, category.id, {
    ...(channel ? { channel } : {}),
    ...(zone ? { timeZone: zone } : {}),
  });
  if (!isDeadline(result)) throw new CliError(result.findings[0]?.message ?? usage, 'reply');
  if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    io.stdout.write(`${localize({ id: 'Tenggat', en: 'Due by' }, locale)}: ${result.dueBy}\n${localize(result.rule, locale)}\n`);
    for (const day of result.skipped) io.stdout.write(`  − ${day.date}: ${localize(day.reason, locale)}\n`);
    if (result.findings.length > 0) io.stdout.write(formatFindings(result.findings, locale));
  }
  return exitCodes.ok;
}

/** The options of the command, the one description its parsing, help and types come from. */
const replyOptions = {
  var: {
    type: 'string',
    multiple: true,
    valueName: 'name=value',
    description: { id: 'Nilai variabel templat (boleh berulang).', en: 'A template variable’s value (repeatable).' },
  },
  platform: {
    type: 'string',
    valueName: 'P',
    description: { id: 'Platform tujuan (batas karakter balasan).', en: 'Target platform (reply character limit).' },
  },
  channel: { type: 'string', valueName: 'public|private', description: { id: 'Kanal balasan.', en: 'Reply channel.' } },
  received: {
    type: 'string',
    valueName: 'TIME',
    description: {
      id: 'Waktu pesan diterima, mis. 2026-12-24T16:30+07:00.',
      en: 'When the message arrived, e.g. 2026-12-24T16:30+07:00.',
    },
  },
  category: {
    type: 'string',
    valueName: 'C',
    description: { id: 'Kategori pesan (lihat reply list).', en: 'Message category (see reply list).' },
  },
  'time-zone': {
    type: 'string',
    valueName: 'WIB|WITA|WIT',
    description: { id: 'Zona waktu unit (bawaan: WIB).', en: 'The unit’s time zone (default: WIB).' },
  },
} as const satisfies OptionSpecs;

/** `pedoman reply list|render|triage|due`. */
export const replyCommand = defineCommand({
  name: 'reply',
  usage: 'list | render ID --var name=value… | triage [FILE|-] | due --received TIME --category C',
  summary: {
    id: 'Templat balasan, triase pesan masuk, dan tenggat menjawab.',
    en: 'Reply templates, triage of incoming messages, and reply deadlines.',
  },
  details: {
    id: 'Contoh:\n  pedoman reply render question.needs-research --var name=Budi --var days=2\n  echo "kapan lelang dibuka?" | pedoman reply triage\n  pedoman reply due --received 2026-12-24T16:30+07:00 --category question',
    en: 'Examples:\n  pedoman reply render question.needs-research --var name=Budi --var days=2 --lang en\n  echo "kapan lelang dibuka?" | pedoman reply triage --lang en\n  pedoman reply due --received 2026-12-24T16:30+07:00 --category question --lang en',
  },
  options: replyOptions,
  async run(context) {
    const [action, argument, ...extra] = context.positionals;
    if (extra.length > 0) throw new CliError({ id: 'Terlalu banyak argumen.', en: 'Too many arguments.' }, 'reply');
    if (action === 'list' && argument === undefined) return list(context);
    if (action === 'render') return render(argument, context);
    if (action === 'triage') return triage(argument, context);
    if (action === 'due' && argument === undefined) return dueCommand(context);
    throw new CliError(usage, 'reply');
  },
});
