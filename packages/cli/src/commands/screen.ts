import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { hasBlockingFinding, type Locale, localize } from '@pedoman-medsos/core';
import {
  type CategoryId,
  type ContentFinding,
  categoryIds,
  createScreener,
  type Screener,
  type ScreenerConfig,
  ScreenerConfigError,
  type ScreenMode,
  screenerConfigFileSchema,
  screenOptionsProblem,
  stepLabels,
  verdictLabels,
} from '@pedoman-medsos/prohibited-content/internal';
import { type CommandContext, defineCommand, type OptionSpecs } from '../command';
import { readDateOption } from '../date-option';
import { CliError, exitCodes } from '../errors';
import { type LineBatch, readLineBatches, readTextInput } from '../input';
import { BufferedOutput, type Io } from '../io';
import { legalBasisLine } from '../legal-basis-line';
import { createProblemLog } from '../problem-log';
import { createProgress } from '../progress';
import { readYamlFile } from '../read-yaml-file';
import type { BatchAnswer, BatchSettings, FindingForm } from './screen-batch';
import { inProcessScreener, workerPool } from './screen-pool';

/** The screener and the configuration it was built from (worker threads build their own from it). */
async function loadScreener(configPath: string | undefined, io: Io): Promise<{ config: ScreenerConfig; screener: Screener }> {
  if (!configPath) return { config: {}, screener: createScreener() };
  const { lists, officialContacts } = await readYamlFile(configPath, screenerConfigFileSchema, io, 'screen');
  const config: ScreenerConfig = officialContacts ? { lists, officialContacts } : { lists };
  try {
    return { config, screener: createScreener(config) };
  } catch (error) {
    if (error instanceof ScreenerConfigError) throw new CliError(error.text, 'screen');
    throw error;
  }
}

/** The text with every finding marked: reverse video on a terminal, ⟦brackets⟧ elsewhere. */
export function highlight(text: string, findings: readonly ContentFinding[], terminal: boolean): string {
  const spans = findings
    .flatMap((finding) => (finding.location?.kind === 'span' ? [finding.location] : []))
    .sort((a, b) => a.start - b.start);
  const [open, close] = terminal ? ['\x1b[7m', '\x1b[27m'] : ['⟦', '⟧'];
  let result = '';
  let position = 0;
  for (const span of spans) {
    if (span.start < position) continue; // overlapping spans: the first one is marked
    result += text.slice(position, span.start) + open + text.slice(span.start, span.end) + close;
    position = span.end;
  }
  return result + text.slice(position);
}

function report(text: string, findings: readonly ContentFinding[], verdict: string, locale: Locale, terminal: boolean): string {
  // The text's own final line break would print as an empty line before the findings.
  const lines = [highlight(text, findings, terminal).trimEnd(), ''];
  findings.forEach((finding, index) => {
    lines.push(`${index + 1}. [${finding.severity}] ${localize(finding.message, locale)} → ${finding.action}`);
    if (finding.match.transformations.length > 0) {
      lines.push(
        `   ${localize({ id: 'normalisasi', en: 'normalization' }, locale)}: ${finding.match.transformations.map((step) => localize(stepLabels[step], locale)).join(' → ')} → "${finding.match.normalized}"`,
      );
    }
    if (finding.suggestion?.replacement)
      lines.push(`   ${localize({ id: 'saran', en: 'suggestion' }, locale)}: ${finding.suggestion.replacement}`);
    if (finding.detector === 'gambling-signals' && finding.explanation) lines.push(`   ${localize(finding.explanation, locale)}`);
    const basis = legalBasisLine(finding, locale);
    if (basis) lines.push(`   ${basis}`);
  });
  if (findings.length === 0) lines.push(localize({ id: 'Tidak ada temuan.', en: 'No findings.' }, locale));
  lines.push(
    '',
    `${localize({ id: 'Hasil', en: 'Verdict' }, locale)}: ${verdict} — ${localize(verdictLabels[verdict as keyof typeof verdictLabels], locale)}`,
    '',
  );
  return lines.join('\n');
}

function parseOptions({ values }: CommandContext<typeof screenOptions>): { mode: ScreenMode; asOf?: string; categories?: CategoryId[] } {
  const asOf = readDateOption(values['as-of'], 'as-of', 'screen');
  const categories = typeof values.categories === 'string' ? values.categories.split(',').map((id) => id.trim()) : undefined;
  const options = { mode: (values.mode ?? 'comment') as ScreenMode, ...(asOf ? { asOf } : {}), ...(categories ? { categories } : {}) };
  // The screener's own check, its messages naming the flags.
  const problem = screenOptionsProblem(options, { mode: '--mode', asOf: '--as-of', categories: '--categories' });
  if (problem) throw new CliError(problem, 'screen');
  return options;
}

const jsonlExpected = { id: 'berkas JSON Lines UTF-8 ({"id","text"} per baris)', en: 'a UTF-8 JSON Lines file ({"id","text"} per line)' };

/** The most threads `--jobs` starts: more than a machine has cores only costs memory. */
const maxJobs = 256;

/** `--jobs N` (default: the machine's cores) and `--full`, which only `--jsonl` reads. */
function bulkOptions({ values }: CommandContext<typeof screenOptions>): { jobs: number; form: FindingForm } {
  if (!values.jsonl && (values.jobs !== undefined || values.full)) {
    throw new CliError(
      { id: '--jobs dan --full hanya berlaku dengan --jsonl.', en: '--jobs and --full only apply with --jsonl.' },
      'screen',
    );
  }
  const form = values.full ? 'full' : 'compact';
  if (values.jobs === undefined) return { jobs: availableParallelism(), form };
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > maxJobs) {
    throw new CliError(
      {
        id: `--jobs harus bilangan bulat 1–${maxJobs}, bukan "${String(values.jobs)}"; misalnya --jobs 4 (bawaan: jumlah inti prosesor).`,
        en: `--jobs must be a whole number 1–${maxJobs}, not "${String(values.jobs)}"; e.g. --jobs 4 (default: the number of processor cores).`,
      },
      'screen',
    );
  }
  return { jobs, form };
}

/** What `--jsonl` screens with, read from the command line once. */
interface BulkRun {
  config: ScreenerConfig;
  screener: Screener;
  settings: BatchSettings;
  jobs: number;
  source: string | undefined;
}

/** The input's size when it is a file, for the progress bar; a pipe has none. */
async function inputSize(source: string | undefined, io: Io): Promise<number | undefined> {
  if (source === undefined || source === '-' || !io.stderr.isTTY) return undefined;
  return stat(resolve(io.cwd, source)).then(
    (info) => info.size,
    () => undefined,
  );
}

/** Batches read ahead a thread: enough to keep each busy, few enough that memory stays small. */
const inFlightPerJob = 4;

/**
 * `--jsonl`: one `{"id","text"}` per line in, one answer per line out, in input order — also for a
 * line that is blank or not a record. Batches of lines go to `jobs` threads; at most four a thread
 * are in flight and the output waits for its reader, so memory stays flat however long the input.
 */
async function screenLines(run: BulkRun, io: Io, locale: Locale): Promise<number> {
  const name = run.source ?? '-';
  const unit = run.settings.options.mode === 'draft' ? { id: 'draf', en: 'drafts' } : { id: 'komentar', en: 'comments' };
  const progress = createProgress(io, 'screen', { unit: localize(unit, locale) });
  const problems = createProblemLog(io, name, locale);
  const out = new BufferedOutput(io);
  const size = await inputSize(run.source, io);
  // One job on a machine with a second core: the screening runs in one worker thread while this
  // thread reads, parses and writes, so the job screens at the screener's own speed. On a single
  // core a thread would only add its start-up and copies: the job runs here.
  const batches =
    run.jobs === 1 && availableParallelism() === 1
      ? inProcessScreener(run.screener, run.settings)
      : workerPool(run.jobs, { config: run.config, settings: run.settings });
  let blocking = false;
  let bytes = 0;
  const answer = async (pending: Promise<BatchAnswer>, batch: LineBatch) => {
    const answered = await pending;
    await out.write(answered.output);
    for (const problem of answered.problems) problems.add(problem);
    blocking ||= answered.blocking;
    bytes += batch.bytes.length;
    progress.update(batch.first + answered.lines - 1, undefined, size ? bytes / size : undefined);
  };
  try {
    const inFlight: [Promise<BatchAnswer>, LineBatch][] = [];
    for await (const batch of readLineBatches(run.source, io, { command: 'screen', expected: jsonlExpected })) {
      const pending = batches.screen(batch);
      // Awaited in order below; if an earlier one fails first, this one's failure is not "unhandled".
      pending.catch(() => {});
      inFlight.push([pending, batch]);
      if (inFlight.length >= inFlightPerJob * run.jobs) await answer(...inFlight.shift()!);
    }
    for (const [pending, batch] of inFlight) await answer(pending, batch);
  } finally {
    await out.flush();
    await batches.close();
  }
  progress.done();
  problems.finish();
  if (problems.count > 0) return exitCodes.usageOrInput;
  return blocking ? exitCodes.blockingFindings : exitCodes.ok;
}

/** The options of the command, the one description its parsing, help and types come from. */
const screenOptions = {
  mode: {
    type: 'string',
    valueName: 'draft|comment',
    description: {
      id: 'draft: unggahan akun; comment: komentar masuk (bawaan).',
      en: 'draft: the account’s post; comment: incoming (default).',
    },
  },
  jsonl: {
    type: 'boolean',
    description: { id: 'Baca dan tulis JSON Lines untuk ekspor besar.', en: 'Read and write JSON Lines, for large exports.' },
  },
  jobs: {
    type: 'string',
    valueName: 'N',
    description: {
      id: 'Dengan --jsonl: periksa dengan N utas sekaligus (bawaan: jumlah inti prosesor).',
      en: 'With --jsonl: screen on N threads at once (default: the number of processor cores).',
    },
  },
  full: {
    type: 'boolean',
    description: {
      id: 'Dengan --jsonl: temuan lengkap, dengan pesan dan penjelasan dalam dua bahasa.',
      en: 'With --jsonl: full findings, with messages and explanations in both languages.',
    },
  },
  config: {
    type: 'string',
    valueName: 'FILE',
    description: {
      id: 'Konfigurasi instansi (YAML): daftar istilah tambahan (lists) dan kontak resminya (officialContacts).',
      en: 'The institution’s configuration (YAML): extra term lists (lists) and its official contacts (officialContacts).',
    },
  },
  'as-of': {
    type: 'string',
    valueName: 'YYYY-MM-DD',
    description: { id: 'Terapkan aturan per tanggal ini (bawaan: hari ini).', en: 'Apply the rules as of this date (default: today).' },
  },
  categories: {
    type: 'string',
    valueName: 'A,B',
    description: { id: `Hanya kategori ini: ${categoryIds.join(', ')}.`, en: `Only these categories: ${categoryIds.join(', ')}.` },
  },
} as const satisfies OptionSpecs;

/** `pedoman screen`: prohibited content in a draft or a comment. */
export const screenCommand = defineCommand({
  name: 'screen',
  usage: '[FILE|-]',
  summary: {
    id: 'Periksa konten terlarang dalam draf unggahan atau komentar.',
    en: 'Screen a draft post or a comment for prohibited content.',
  },
  details: {
    id: [
      'Tanpa FILE atau dengan "-": membaca masukan standar. Kode keluar 1 bila ada temuan yang memblokir.',
      '--jsonl: satu objek {"id","text"} per baris masuk; satu jawaban per baris keluar, urut seperti masukan, dengan "id" dan nomor "line":',
      '  {"id","line","action","findings":[{"ruleId","category","action","span":[awal,akhir],"term"}]}',
      '  baris kosong: {"line","blank":true}; baris yang bukan objek dengan "text": {"id","line","error"} (pesan dalam bahasa --lang).',
      '  Kode keluar 1 bila satu baris saja punya temuan yang memblokir; 2 bila ada baris yang salah (disebut di stderr).',
      'Contoh: echo "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑" | pedoman screen --mode comment',
      '        pedoman screen --jsonl komentar.jsonl --jobs 4 > hasil.jsonl',
    ].join('\n'),
    en: [
      'Without FILE, or with "-": reads standard input. Exit code 1 when a blocking finding exists.',
      '--jsonl: one {"id","text"} object per line in; one answer per line out, in input order, with the "id" and the "line" number:',
      '  {"id","line","action","findings":[{"ruleId","category","action","span":[start,end],"term"}]}',
      '  a blank line: {"line","blank":true}; a line that is not an object with a "text": {"id","line","error"} (in the --lang language).',
      '  Exit code 1 when any line has a blocking finding; 2 when a line is wrong (named on stderr).',
      'Example: echo "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑" | pedoman screen --mode comment --lang en',
      '         pedoman screen --jsonl comments.jsonl --jobs 4 > results.jsonl',
    ].join('\n'),
  },
  options: screenOptions,
  async run(context) {
    const { values, positionals, io, locale } = context;
    if (positionals.length > 1) throw new CliError({ id: 'Berikan satu FILE saja.', en: 'Give one FILE only.' }, 'screen');
    const options = parseOptions(context);
    const { jobs, form } = bulkOptions(context);
    const { config, screener } = await loadScreener(typeof values.config === 'string' ? values.config : undefined, io);
    if (values.jsonl)
      return screenLines({ config, screener, settings: { options, form, locale }, jobs, source: positionals[0] }, io, locale);
    const text = await readTextInput(positionals[0], io, {
      command: 'screen',
      expected: { id: 'draf atau komentar dalam teks UTF-8', en: 'a draft or comment as UTF-8 text' },
      tooLargeHint: { id: 'Untuk banyak komentar gunakan --jsonl.', en: 'For many comments use --jsonl.' },
    });
    const result = screener.screen(text, options);
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else io.stdout.write(report(text, result.findings, result.verdict, locale, io.stdout.isTTY === true));
    return hasBlockingFinding(result.findings) ? exitCodes.blockingFindings : exitCodes.ok;
  },
});
