import { exampleMark, exampleNote, hasBlockingFinding, localize, today } from '@pedoman-medsos/core';
import { localizeIssue } from '@pedoman-medsos/core/pipeline';
import { activeCampaigns, campaigns, checkHashtags, createCadenceTally, postRecordSchema } from '@pedoman-medsos/digital-agenda';
import { agendaCalendar } from '@pedoman-medsos/digital-agenda/calendar';
import { defineCommand } from '../command';
import { csvTableOf, readCsvRows } from '../csv-input';
import { dateOptionSpec, readDateOption } from '../date-option';
import { CliError, exitCodes } from '../errors';
import { formatFindings } from '../format-findings';
import { formatTable } from '../format-table';
import { readTextInput } from '../input';
import { forceOption, writeOutputFile } from '../output-file';
import { createProblemLog } from '../problem-log';
import { readOnePlatform } from './platform-option';

const dateSpec = dateOptionSpec({ id: 'Tanggal acuan (bawaan: hari ini).', en: 'Reference date (default: today).' });

/** `pedoman agenda list|ics`. */
export const agendaCommand = defineCommand({
  name: 'agenda',
  usage: 'list [--date D] | ics -o FILE',
  summary: { id: 'Kampanye agenda digital dan umpan kalendernya.', en: 'Digital-agenda campaigns and their calendar feed.' },
  options: {
    date: dateSpec,
    all: {
      type: 'boolean',
      description: { id: 'Semua kampanye, bukan hanya yang sedang berjalan.', en: 'All campaigns, not only those running.' },
    },
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: { id: 'Berkas .ics yang ditulis.', en: 'The .ics file to write.' },
    },
    force: forceOption,
  },
  async run({ values, positionals, io, locale }) {
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new CliError({ id: 'Terlalu banyak argumen.', en: 'Too many arguments.' }, 'agenda');
    if (action === 'list') {
      const date = readDateOption(values.date, 'date', 'agenda') ?? today();
      const list = values.all ? [...campaigns] : activeCampaigns(date);
      if (values.json) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else if (list.length === 0)
        io.stdout.write(`${localize({ id: `Tidak ada kampanye berjalan pada ${date}.`, en: `No campaign runs on ${date}.` }, locale)}\n`);
      else {
        const rows = list.map((c) => [
          `${c.example ? `[${localize(exampleMark, locale)}] ` : ''}${c.title[locale]}`,
          `${c.period.start} – ${c.period.end}`,
          c.hashtags.map((tag) => `#${tag}`).join(' '),
          c.owner,
        ]);
        io.stdout.write(
          `${formatTable([localize({ id: 'Kampanye', en: 'Campaign' }, locale), localize({ id: 'Masa', en: 'Period' }, locale), 'Hashtag', localize({ id: 'Pemilik', en: 'Owner' }, locale)], rows)}\n`,
        );
        // Example campaigns are never mistaken for decided ones: the table marks them, and this says why.
        if (list.some((c) => c.example)) io.stdout.write(`\n${localize(exampleMark, locale)}: ${localize(exampleNote, locale)}\n`);
      }
      return exitCodes.ok;
    }
    if (action === 'ics') {
      const calendar = agendaCalendar({ locale });
      if (typeof values.output === 'string') {
        await writeOutputFile(values.output, calendar, io, { command: 'agenda', force: values.force === true, inputs: [] });
        io.stderr.write(
          `${localize({ id: `Kalender ditulis ke ${values.output}.`, en: `Calendar written to ${values.output}.` }, locale)}\n`,
        );
      } else io.stdout.write(calendar);
      return exitCodes.ok;
    }
    throw new CliError(
      {
        id: 'Gunakan "pedoman agenda list" atau "pedoman agenda ics -o agenda.ics".',
        en: 'Use "pedoman agenda list" or "pedoman agenda ics -o agenda.ics".',
      },
      'agenda',
    );
  },
});

/** `pedoman hashtags check [FILE|-]`. */
export const hashtagsCommand = defineCommand({
  name: 'hashtags',
  usage: 'check [FILE|-]',
  summary: { id: 'Periksa tagar draf terhadap agenda digital.', en: 'Check a draft’s hashtags against the digital agenda.' },
  options: {
    date: dateSpec,
    platform: {
      type: 'string',
      valueName: 'P',
      description: { id: 'Platform tujuan (batas jumlah tagar).', en: 'Target platform (hashtag limit).' },
    },
  },
  async run({ values, positionals, io, locale }) {
    const [action, file, ...extra] = positionals;
    if (action !== 'check' || extra.length > 0)
      throw new CliError({ id: 'Gunakan "pedoman hashtags check [FILE|-]".', en: 'Use "pedoman hashtags check [FILE|-]".' }, 'hashtags');
    const date = readDateOption(values.date, 'date', 'hashtags');
    const platform = values.platform === undefined ? undefined : readOnePlatform(values.platform, 'hashtags', 'check');
    const text = await readTextInput(file, io, {
      command: 'hashtags',
      expected: { id: 'draf unggahan dalam teks UTF-8', en: 'a draft post as UTF-8 text' },
    });
    const findings = checkHashtags(text, { ...(date ? { date } : {}), ...(platform ? { platform } : {}) });
    io.stdout.write(values.json ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(findings, locale));
    return hasBlockingFinding(findings) ? exitCodes.blockingFindings : exitCodes.ok;
  },
});

const day = 86_400_000;

/** `--from`/`--to`: real dates; `--from` defaults to four weeks ending on `--to` (their order is the tally's check). */
function readPeriod(values: Record<string, unknown>): { from: string; to: string } {
  const to = readDateOption(values.to, 'to', 'cadence') ?? today();
  const from = readDateOption(values.from, 'from', 'cadence') ?? new Date(Date.parse(to) - 27 * day).toISOString().slice(0, 10);
  return { from, to };
}

/** `pedoman cadence FILE.csv --from D --to D`. */
export const cadenceCommand = defineCommand({
  name: 'cadence',
  usage: 'FILE.csv|-',
  summary: {
    id: 'Frekuensi unggahan per akun dari ekspor CSV (account, platform, postedAt).',
    en: 'Posting cadence per account from a CSV export (account, platform, postedAt).',
  },
  options: {
    from: {
      type: 'string',
      valueName: 'YYYY-MM-DD',
      description: { id: 'Awal periode (bawaan: 28 hari sebelum --to).', en: 'Start of the period (default: 28 days before --to).' },
    },
    to: {
      type: 'string',
      valueName: 'YYYY-MM-DD',
      description: { id: 'Akhir periode (bawaan: hari ini).', en: 'End of the period (default: today).' },
    },
  },
  async run({ values, positionals, io, locale }) {
    if (positionals.length > 1) throw new CliError({ id: 'Berikan satu FILE saja.', en: 'Give one FILE only.' }, 'cadence');
    const { from, to } = readPeriod(values);
    const source = positionals[0] ?? '-';
    const tally = createCadenceTally({ from, to });
    const problems = createProblemLog(io, source, locale);
    const expected = { id: 'ekspor unggahan dalam CSV UTF-8', en: 'a post export as CSV UTF-8' };
    for await (const entry of readCsvRows(positionals[0], io, csvTableOf(postRecordSchema), { command: 'cadence', expected })) {
      if ('problem' in entry) {
        problems.add({ line: entry.line, message: entry.problem });
        continue;
      }
      const parsed = postRecordSchema.safeParse(entry.record, { reportInput: true });
      if (parsed.success) tally.add(parsed.data);
      else {
        const issue = parsed.error.issues[0]!;
        problems.add({ line: entry.line, field: issue.path.join('.') || '(row)', message: localizeIssue(issue) });
      }
    }
    problems.finish();
    const report = tally.report();
    const bad = problems.count;
    if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const header = [
        localize({ id: 'Akun', en: 'Account' }, locale),
        'Platform',
        localize({ id: 'Unggahan', en: 'Posts' }, locale),
        localize({ id: 'Per minggu', en: 'Per week' }, locale),
        localize({ id: 'Jeda terlama (hari)', en: 'Longest gap (days)' }, locale),
      ];
      io.stdout.write(
        `${formatTable(
          header,
          report.map((entry) => [
            entry.account,
            entry.platform,
            String(entry.posts),
            String(entry.postsPerWeek),
            String(entry.longestGapDays),
          ]),
        )}\n\n`,
      );
      io.stdout.write(
        formatFindings(
          report.flatMap((entry) => entry.findings),
          locale,
        ),
      );
    }
    if (bad > 0) return exitCodes.usageOrInput;
    return hasBlockingFinding(report.flatMap((entry) => entry.findings)) ? exitCodes.blockingFindings : exitCodes.ok;
  },
});
