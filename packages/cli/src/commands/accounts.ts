import {
  createRegisterAudit,
  type RegisterAudit,
  type RegisterRow,
  registerColumns,
  registerRowSchema,
} from '@pedoman-medsos/account-naming';
import { type Finding, hasBlockingFinding, type Locale, localize } from '@pedoman-medsos/core';
import { formatFieldPath, localizeIssue } from '@pedoman-medsos/core/pipeline';
import { defineCommand } from '../command';
import { csvTableOf, readCsvRows } from '../csv-input';
import { csvLine } from '../csv-output';
import { readDateOption } from '../date-option';
import { CliError, exitCodes } from '../errors';
import { formatFindings } from '../format-findings';
import { BufferedOutput, type Io } from '../io';
import { createProblemLog, type InputProblem } from '../problem-log';
import { loadProfile, profileOption } from './profile-option';

type Subject = Pick<RegisterRow, 'unit' | 'platform' | 'handle'>;

/** How an audit is printed as it runs: one row at a time, then the cross-row findings. */
interface AuditSink {
  row(line: number, row: RegisterRow, findings: Finding[]): Promise<void>;
  finish(across: { line?: number; row?: Subject; finding: Finding }[], problems: readonly InputProblem[], omitted: number): Promise<void>;
}

function textSink(out: BufferedOutput, locale: Locale): AuditSink {
  let rows = 0;
  let clean = 0;
  return {
    async row(line, row, findings) {
      rows++;
      if (findings.length === 0) {
        clean++;
        return;
      }
      const title = `${localize({ id: 'Baris', en: 'Line' }, locale)} ${line} — ${row.unit}, ${row.platform} @${row.handle.replace(/^@/, '')}`;
      await out.write(`${title}\n${formatFindings(findings, locale).replace(/^/gm, '  ').trimEnd()}\n`);
    },
    async finish(across) {
      if (across.length > 0) {
        const findings = across.map((entry) => entry.finding);
        const heading = localize({ id: 'Lintas platform', en: 'Across platforms' }, locale);
        await out.write(`${heading}\n${formatFindings(findings, locale).replace(/^/gm, '  ').trimEnd()}\n`);
      }
      const summary = {
        id: `${rows} baris diperiksa, ${clean} tanpa temuan, ${across.length} temuan lintas platform.`,
        en: `${rows} rows checked, ${clean} without findings, ${across.length} cross-platform findings.`,
      };
      await out.write(`${localize(summary, locale)}\n`);
    },
  };
}

function csvSink(out: BufferedOutput, locale: Locale): AuditSink {
  let started = false;
  const record = (line: number | undefined, row: Subject | undefined, finding: Finding) =>
    csvLine([
      line ?? '',
      row?.unit ?? '',
      row?.platform ?? '',
      // Without its "@": a cell starting with "@" would be escaped as a formula.
      row?.handle.replace(/^@/, '') ?? '',
      finding.ruleId,
      finding.severity,
      localize(finding.message, locale),
      finding.suggestion?.replacement ?? '',
    ]);
  const header = async () => {
    if (!started) await out.write(csvLine(['line', 'unit', 'platform', 'handle', 'rule', 'severity', 'message', 'suggestion']));
    started = true;
  };
  return {
    async row(line, row, findings) {
      await header();
      for (const finding of findings) await out.write(record(line, row, finding));
    },
    async finish(across) {
      await header();
      for (const { line, row, finding } of across) await out.write(record(line, row, finding));
    },
  };
}

/** JSON written as it goes: `rows` streams; cross-row findings and input problems close it. */
function jsonSink(out: BufferedOutput): AuditSink {
  let first = true;
  return {
    async row(line, row, findings) {
      await out.write(`${first ? '{\n"rows": [\n' : ',\n'}${JSON.stringify({ line, ...row, findings })}`);
      first = false;
    },
    async finish(across, problems, omitted) {
      const findings = across.map(({ line, finding }) => ({ line, ...finding }));
      const tail = [`"findings": ${JSON.stringify(findings, null, 2)}`, `"invalidRows": ${JSON.stringify(problems, null, 2)}`];
      if (omitted > 0) tail.push(`"invalidRowsNotListed": ${omitted}`);
      await out.write(`${first ? '{\n"rows": [' : '\n'}],\n${tail.join(',\n')}\n}\n`);
    },
  };
}

function crossRowFindings(audit: RegisterAudit, lines: readonly number[]) {
  return audit.finish().map((finding) => {
    const index = finding.location?.kind === 'field' && typeof finding.location.path[1] === 'number' ? finding.location.path[1] : -1;
    const row = audit.rowAt(index);
    return { finding, ...(index >= 0 ? { line: lines[index] } : {}), ...(row ? { row } : {}) };
  });
}

/** Reads, validates and audits the register row by row, printing as it goes. */
async function auditRows(
  file: string | undefined,
  io: Io,
  audit: RegisterAudit,
  sink: AuditSink,
  problems: ReturnType<typeof createProblemLog>,
  locale: Locale,
): Promise<{ lines: number[]; blocking: boolean }> {
  const lines: number[] = [];
  let blocking = false;
  const expected = { id: 'register akun dalam CSV UTF-8', en: 'the account register as CSV UTF-8' };
  // A register as units keep it carries more columns (followers, notes): left out, and said so.
  const table = { ...csvTableOf(registerRowSchema), ignoreUnknown: true };
  const onIgnoredColumns = (columns: readonly string[]) =>
    io.stderr.write(
      `pedoman: ${file ?? '-'}:1: ${localize({ id: `kolom yang tidak dipakai audit, diabaikan: ${columns.join(', ')}.`, en: `columns the audit does not use, left out: ${columns.join(', ')}.` }, locale)}\n`,
    );
  for await (const entry of readCsvRows(file, io, table, { command: 'accounts', expected, onIgnoredColumns })) {
    if ('problem' in entry) {
      problems.add({ line: entry.line, message: entry.problem });
      continue;
    }
    // Blank cells go to the schema as they are: a blank admin or letter is a finding, not a gap.
    const parsed = registerRowSchema.safeParse(entry.record, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.add({ line: entry.line, field: formatFieldPath(issue.path as (string | number)[]), message: localizeIssue(issue) });
      continue;
    }
    const findings = audit.row(parsed.data, lines.length);
    lines.push(entry.line);
    blocking ||= hasBlockingFinding(findings);
    await sink.row(entry.line, parsed.data, findings);
  }
  return { lines, blocking };
}

/** `pedoman accounts audit FILE.csv`. */
export const accountsCommand = defineCommand({
  name: 'accounts',
  usage: 'audit FILE.csv|-',
  summary: { id: 'Audit register akun resmi (CSV).', en: 'Audit the official-account register (CSV).' },
  details: {
    id: `Kolom: ${registerColumns.join(', ')}. Wajib: unit, platform, handle; kolom lain opsional.\nKeluaran: laporan (bawaan), --json, atau --csv untuk spreadsheet. Baris yang tidak valid dilaporkan dengan nomor barisnya (kode keluar 2).\nBerkas harus CSV UTF-8 (di Excel: Simpan Sebagai → "CSV UTF-8"). Register besar dibaca baris demi baris.`,
    en: `Columns: ${registerColumns.join(', ')}. Required: unit, platform, handle; the rest optional.\nOutput: a report (default), --json, or --csv for spreadsheets. Invalid rows are reported with their line numbers (exit code 2).\nThe file must be CSV UTF-8 (in Excel: Save As → "CSV UTF-8"). Large registers are read row by row.`,
  },
  options: {
    profile: profileOption,
    csv: { type: 'boolean', description: { id: 'Keluaran CSV untuk spreadsheet.', en: 'CSV output for spreadsheets.' } },
    'as-of': {
      type: 'string',
      valueName: 'YYYY-MM-DD',
      description: { id: 'Tanggal acuan (akun tidak aktif dihitung dari sini).', en: 'Reference date (dormancy counts from it).' },
    },
  },
  async run({ values, positionals, io, locale }) {
    const [action, file, ...extra] = positionals;
    if (action !== 'audit' || extra.length > 0) {
      throw new CliError({ id: 'Gunakan "pedoman accounts audit FILE.csv".', en: 'Use "pedoman accounts audit FILE.csv".' }, 'accounts');
    }
    if (values.json && values.csv)
      throw new CliError({ id: 'Pilih --json atau --csv, bukan keduanya.', en: 'Choose --json or --csv, not both.' }, 'accounts');
    const profile = await loadProfile(values.profile, io, 'accounts');
    const asOf = readDateOption(values['as-of'], 'as-of', 'accounts');
    const source = file ?? '-';
    const audit = createRegisterAudit(profile, asOf ? { asOf } : {});
    const out = new BufferedOutput(io);
    const sink = values.json ? jsonSink(out) : values.csv ? csvSink(out, locale) : textSink(out, locale);
    const problems = createProblemLog(io, source, locale);
    let audited: { lines: number[]; blocking: boolean };
    try {
      audited = await auditRows(file, io, audit, sink, problems, locale);
    } finally {
      await out.flush();
    }
    const { lines, blocking } = audited;
    const across = crossRowFindings(audit, lines);
    problems.finish();
    await sink.finish(across, problems.shown, problems.count - problems.shown.length);
    await out.flush();
    if (problems.count > 0) return exitCodes.usageOrInput;
    return blocking || hasBlockingFinding(across.map((entry) => entry.finding)) ? exitCodes.blockingFindings : exitCodes.ok;
  },
});
