import { hasBlockingFinding, type Locale, type LocalizedText, localize } from '@pedoman-medsos/core';
import type { ContentFinding, Screener, ScreenOptions } from '@pedoman-medsos/prohibited-content';
import { type InputLine, type LineBatch, splitLines } from '../input';
import type { InputProblem } from '../problem-log';

// One batch of `screen --jsonl` lines in, their answers out: the same code runs in the command's
// own thread (`--jobs 1`) and in each worker thread, so both give the same bytes.

/** `compact`: rule, category, action, span and term per finding; `full`: every field, both languages. */
export type FindingForm = 'compact' | 'full';

/** What every batch of one run is screened with; plain data, so a worker thread receives a copy. */
export interface BatchSettings {
  options: ScreenOptions;
  form: FindingForm;
  /** The language of the compact form's error texts. */
  locale: Locale;
}

/** A batch's answers, one JSON line per input line, and what the command reports about them. */
export interface BatchAnswer {
  output: string;
  /** Whether a line has a blocking finding (exit 1, as for a single text). */
  blocking: boolean;
  problems: InputProblem[];
  /** Lines answered. */
  lines: number;
}

const notARecord: LocalizedText = {
  id: 'tidak ada "text" berupa string; setiap baris harus satu objek {"id","text"}',
  en: 'no string "text"; each line must be one {"id","text"} object',
};
const notJson: LocalizedText = {
  id: 'bukan JSON; setiap baris harus satu objek {"id","text"}',
  en: 'not JSON; each line must be one {"id","text"} object',
};
const byteOrderMark = '\ufeff';

/**
 * The compact form of a finding, as JSON: what a moderation job acts on, without the prose. Written
 * by hand (see {@link answerText}); rule ids, categories and actions are identifiers, quoted as they are.
 */
function compactFinding(finding: ContentFinding): string {
  const span = finding.location?.kind === 'span' ? `,"span":[${finding.location.start},${finding.location.end}]` : '';
  // `normalized` is what the screener read where no list term matched: masked for personal data.
  const term = JSON.stringify(finding.match.term ?? finding.match.normalized);
  return `{"ruleId":"${finding.ruleId}","category":"${finding.category}","action":"${finding.action}"${span},"term":${term}}`;
}

/** The findings of a line as JSON, in the form asked for. */
function findingsJson(findings: readonly ContentFinding[], form: FindingForm): string {
  if (findings.length === 0) return '[]';
  return form === 'full' ? JSON.stringify(findings) : `[${findings.map(compactFinding).join(',')}]`;
}

/** A line's parsed JSON, or undefined when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    // A mark at the start of a line other than the first: files joined with `cat`.
    return JSON.parse(text.startsWith(byteOrderMark) ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

/**
 * One answer line, `id` first when the input had one. Written by hand rather than by stringifying
 * an object: on short comments building and stringifying that object cost as much as screening.
 */
function answerText(id: unknown, line: number, rest: string): string {
  return `{${id === undefined ? '' : `"id":${JSON.stringify(id)},`}"line":${line},${rest}}\n`;
}

/** The answer to one line, and the problem it reports (if any). */
function answerLine(
  screener: Screener,
  settings: BatchSettings,
  line: InputLine,
): { text: string; blocking?: boolean; problem?: LocalizedText } {
  const error = (message: LocalizedText, id?: unknown) => ({
    text: answerText(id, line.number, `"error":${JSON.stringify(settings.form === 'full' ? message : localize(message, settings.locale))}`),
    problem: message,
  });
  if ('problem' in line) return error(line.problem);
  const record = parseJson(line.text);
  if (record === undefined) {
    // Only now: most lines are records, and a blank one is never JSON.
    return line.text.trim() === '' ? { text: answerText(undefined, line.number, '"blank":true') } : error(notJson);
  }
  const { id, text } = typeof record === 'object' && record !== null ? (record as { id?: unknown; text?: unknown }) : {};
  if (typeof text !== 'string') return error(notARecord, id);
  const result = screener.screen(text, settings.options);
  return {
    text: answerText(id, line.number, `"action":"${result.verdict}","findings":${findingsJson(result.findings, settings.form)}`),
    blocking: hasBlockingFinding(result.findings),
  };
}

/** Screens every line of a batch: each is answered exactly once, in order, even when it is not a record. */
export function screenBatch(screener: Screener, settings: BatchSettings, batch: LineBatch): BatchAnswer {
  let output = '';
  let blocking = false;
  let lines = 0;
  const problems: InputProblem[] = [];
  for (const line of splitLines(batch)) {
    const answered = answerLine(screener, settings, line);
    output += answered.text;
    if (answered.blocking) blocking = true;
    if (answered.problem) problems.push({ line: line.number, message: answered.problem });
    lines++;
  }
  return { output, blocking, problems, lines };
}
