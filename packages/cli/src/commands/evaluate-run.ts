// The work of `pedoman evaluate`, loaded only when the command runs: the evaluation, the screener and
// the charts are heavy, and every other command starts without them (the CLI runs in a 48 MB heap).
import { resolve } from 'node:path';
import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { localize } from '@pedoman-medsos/core';
import {
  createEvaluation,
  type EvaluationResult,
  type FileProblem,
  feedFolder,
  generateDemo,
  parsePeriod,
  readRegister,
  renderCsvReport,
  renderHtmlReport,
  type UnitTimeZone,
} from '@pedoman-medsos/monitoring/node';
import type { CommandContext } from '../command';
import { CliError, exitCodes } from '../errors';
import type { Io } from '../io';
import { prepareOutputFolder } from '../output-file';
import { createProblemLog } from '../problem-log';
import { readTimeZoneOption } from '../time-zone-option';
import type { evaluateOptions } from './evaluate';
import { loadProfile } from './profile-option';

/** The files `evaluate` writes into the output folder. */
const reportFiles = ['laporan-monev.id.html', 'laporan-monev.en.html', 'laporan-monev.json', 'laporan-monev.csv'] as const;

/** Problems of the folder's files on stderr (20 shown per file, the rest counted). */
function reportProblems(problems: readonly FileProblem[], io: Io, locale: 'id' | 'en'): void {
  const logs = new Map<string, ReturnType<typeof createProblemLog>>();
  for (const problem of problems) {
    const log = logs.get(problem.file) ?? createProblemLog(io, problem.file, locale);
    logs.set(problem.file, log);
    log.add({ line: problem.line, ...(problem.column ? { field: problem.column } : {}), message: problem.message });
  }
  for (const log of logs.values()) log.finish();
}

async function evaluateFolder(
  dir: string,
  options: { period: string; profile: unknown; timeZone: UnitTimeZone },
  io: Io,
  locale: 'id' | 'en',
) {
  const period = parsePeriod(options.period);
  const profile = await loadProfile(options.profile, io, 'evaluate');
  const problems: FileProblem[] = [];
  const register = await readRegister(dir, problems);
  const evaluation = createEvaluation({ period, register, profile, timeZone: options.timeZone });
  const counted = await feedFolder(dir, evaluation, problems, { timeZone: options.timeZone });
  reportProblems(problems, io, locale);
  return { result: evaluation.finish(), counted, problems: problems.length };
}

function evaluateDemo(periodText: string | undefined, timeZone: UnitTimeZone): EvaluationResult {
  const period = parsePeriod(periodText ?? '2026-Q4');
  const demo = generateDemo(period);
  // The demo's accounts are named with the ministry example profile.
  const evaluation = createEvaluation({ period, register: demo.register, profile: exampleProfiles.ministry, timeZone });
  for (const post of demo.posts) evaluation.addPost(post);
  for (const comment of demo.comments) evaluation.addComment(comment);
  return evaluation.finish();
}

export async function runEvaluate({ values, positionals, io, locale }: CommandContext<typeof evaluateOptions>): Promise<number> {
  const timeZone = readTimeZoneOption(values['time-zone'], 'evaluate') ?? 'WIB';
  const demo = values.demo === true;
  const [dir, ...extra] = positionals;
  const period = values.period;
  if (demo) {
    if (dir !== undefined) throw new CliError({ id: '--demo tidak memakai folder DIR.', en: '--demo takes no folder DIR.' }, 'evaluate');
  } else if (dir === undefined || extra.length > 0) {
    throw new CliError({ id: 'Berikan satu folder DIR, atau --demo.', en: 'Give one folder DIR, or --demo.' }, 'evaluate');
  } else if (period === undefined) {
    throw new CliError({ id: 'Berikan --period, mis. --period 2026-Q4.', en: 'Give --period, e.g. --period 2026-Q4.' }, 'evaluate');
  }
  const evaluated =
    dir === undefined || period === undefined
      ? { result: evaluateDemo(period, timeZone), problems: 0 }
      : await evaluateFolder(resolve(io.cwd, dir), { period, profile: values.profile, timeZone }, io, locale);
  const folder = values.output ?? 'laporan-monev';
  // The report never replaces an input file, even with --force (an -o pointing into DIR).
  const inputs =
    dir === undefined
      ? []
      : ['accounts.csv', 'posts.csv', 'posts.jsonl', 'comments.csv', 'comments.jsonl'].map((name) => resolve(io.cwd, dir, name));
  const write = await prepareOutputFolder(folder, reportFiles, io, { command: 'evaluate', force: values.force === true, inputs });
  const encode = (text: string) => new TextEncoder().encode(text);
  await write(reportFiles[0], encode(renderHtmlReport(evaluated.result, { lang: 'id', generated: demo })));
  await write(reportFiles[1], encode(renderHtmlReport(evaluated.result, { lang: 'en', generated: demo })));
  await write(reportFiles[2], encode(`${JSON.stringify({ generated: demo, ...evaluated.result }, null, 2)}\n`));
  await write(reportFiles[3], encode(renderCsvReport(evaluated.result)));
  const lowest = evaluated.result.units[0];
  const lowestText = lowest ? `; ${localize({ id: 'skor terendah', en: 'lowest score' }, locale)}: ${lowest.unit} (${lowest.score})` : '';
  io.stdout.write(
    `${localize(
      {
        id: `${demo ? '(data buatan) ' : ''}Laporan ${evaluated.result.period.label} ditulis ke ${folder}/: ${evaluated.result.units.length} unit${lowestText}.`,
        en: `${demo ? '(generated data) ' : ''}Report ${evaluated.result.period.label} written to ${folder}/: ${evaluated.result.units.length} units${lowestText}.`,
      },
      locale,
    )}\n`,
  );
  return evaluated.problems > 0 ? exitCodes.usageOrInput : exitCodes.ok;
}
