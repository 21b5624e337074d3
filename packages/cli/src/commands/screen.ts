import { hasBlockingFinding, type Locale, localize } from '@pedoman-medsos/core';
import {
  type CategoryId,
  type ContentFinding,
  categoryIds,
  createScreener,
  type Screener,
  ScreenerConfigError,
  type ScreenMode,
  screenOptionsProblem,
  termsFileSchema,
  verdictLabels,
} from '@pedoman-medsos/prohibited-content/internal';
import type { Command, CommandContext } from '../command';
import { readDateOption } from '../date-option';
import { CliError, exitCodes } from '../errors';
import { readInputLines, readTextInput } from '../input';
import { BufferedOutput, type Io } from '../io';
import { legalBasisLine } from '../legal-basis-line';
import { createProblemLog } from '../problem-log';
import { createProgress } from '../progress';
import { readYamlFile } from '../read-yaml-file';

async function loadScreener(configPath: string | undefined, io: Io): Promise<Screener> {
  if (!configPath) return createScreener();
  const config = await readYamlFile(configPath, termsFileSchema, io, 'screen');
  try {
    return createScreener({ lists: config.lists });
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
        `   ${localize({ id: 'normalisasi', en: 'normalization' }, locale)}: ${finding.match.transformations.join(' → ')} → "${finding.match.normalized}"`,
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
    `${localize({ id: 'Putusan', en: 'Verdict' }, locale)}: ${verdict} — ${localize(verdictLabels[verdict as keyof typeof verdictLabels], locale)}`,
    '',
  );
  return lines.join('\n');
}

function parseOptions({ values }: CommandContext): { mode: ScreenMode; asOf?: string; categories?: CategoryId[] } {
  const asOf = readDateOption(values['as-of'], 'as-of', 'screen');
  const categories = typeof values.categories === 'string' ? values.categories.split(',').map((id) => id.trim()) : undefined;
  const options = { mode: (values.mode ?? 'comment') as ScreenMode, ...(asOf ? { asOf } : {}), ...(categories ? { categories } : {}) };
  // The screener's own check, its messages naming the flags.
  const problem = screenOptionsProblem(options, { mode: '--mode', asOf: '--as-of', categories: '--categories' });
  if (problem) throw new CliError(problem, 'screen');
  return options;
}

const notARecord = { id: 'bukan objek JSON dengan "text" berupa string', en: 'not a JSON object with a string "text"' };
const jsonlExpected = { id: 'berkas JSON Lines UTF-8 ({"id","text"} per baris)', en: 'a UTF-8 JSON Lines file ({"id","text"} per line)' };

/** The text of one JSONL line, or why there is none. */
function recordOf(line: string): { id?: unknown; text: string } | undefined {
  try {
    const record = JSON.parse(line) as { id?: unknown; text?: unknown } | null;
    return typeof record === 'object' && record !== null && typeof record.text === 'string' ? { ...record, text: record.text } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `--jsonl`: one `{"id","text"}` per line in, one `{"id","action","findings"}` per line out, streaming
 * with backpressure. A bad line (not JSON, no text, not UTF-8) is answered in place and reported.
 */
async function screenLines(
  screener: Screener,
  options: ReturnType<typeof parseOptions>,
  source: string | undefined,
  io: Io,
  locale: Locale,
): Promise<number> {
  const name = source ?? '-';
  const progress = createProgress(io, 'screen');
  const problems = createProblemLog(io, name, locale);
  const out = new BufferedOutput(io);
  try {
    await screenEachLine(screener, options, source, io, out, problems, progress);
  } finally {
    await out.flush();
  }
  progress.done();
  problems.finish();
  return problems.count > 0 ? exitCodes.usageOrInput : exitCodes.ok;
}

async function screenEachLine(
  screener: Screener,
  options: ReturnType<typeof parseOptions>,
  source: string | undefined,
  io: Io,
  out: BufferedOutput,
  problems: ReturnType<typeof createProblemLog>,
  progress: ReturnType<typeof createProgress>,
): Promise<void> {
  for await (const line of readInputLines(source, io, { command: 'screen', expected: jsonlExpected })) {
    const record = 'text' in line ? (line.text.trim() === '' ? null : recordOf(line.text)) : undefined;
    if (record === null) continue;
    if (record === undefined) {
      const reason = 'problem' in line ? line.problem : notARecord;
      problems.add({ line: line.number, message: reason });
      await out.write(`${JSON.stringify({ line: line.number, error: reason })}\n`);
      continue;
    }
    const result = screener.screen(record.text, options);
    await out.write(`${JSON.stringify({ id: record.id ?? null, action: result.verdict, findings: result.findings })}\n`);
    progress.update(line.number);
  }
}

/** `pedoman screen`: prohibited content in a draft or a comment. */
export const screenCommand: Command = {
  name: 'screen',
  usage: '[FILE|-]',
  summary: {
    id: 'Periksa konten terlarang dalam draf unggahan atau komentar.',
    en: 'Screen a draft post or a comment for prohibited content.',
  },
  details: {
    id: 'Tanpa FILE atau dengan "-": membaca masukan standar. Kode keluar 1 bila ada temuan yang memblokir.\n--jsonl: satu objek {"id","text"} per baris, satu hasil {"id","action","findings"} per baris.\nContoh: echo "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑" | pedoman screen --mode comment',
    en: 'Without FILE, or with "-": reads standard input. Exit code 1 when a blocking finding exists.\n--jsonl: one {"id","text"} object per line in, one {"id","action","findings"} result per line out.\nExample: echo "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑" | pedoman screen --mode comment --lang en',
  },
  options: {
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
    config: {
      type: 'string',
      valueName: 'FILE',
      description: { id: 'Daftar istilah tambahan instansi (YAML).', en: 'The institution’s extra term lists (YAML).' },
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
  },
  async run(context) {
    const { values, positionals, io, locale } = context;
    if (positionals.length > 1) throw new CliError({ id: 'Berikan satu FILE saja.', en: 'Give one FILE only.' }, 'screen');
    const options = parseOptions(context);
    const screener = await loadScreener(typeof values.config === 'string' ? values.config : undefined, io);
    if (values.jsonl) return screenLines(screener, options, positionals[0], io, locale);
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
};
