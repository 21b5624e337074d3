import { auditAccounts, type RegisterRow, registerColumns, registerRowSchema } from '@pedoman-medsos/account-naming';
import { type Finding, hasBlockingFinding, type Locale, type LocalizedText, localize } from '@pedoman-medsos/core';
import { formatFieldPath, localizeIssue } from '@pedoman-medsos/core/pipeline';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Command } from '../command';
import { readDateOption } from '../date-option';
import { CliError, exitCodes } from '../errors';
import { readTextInput } from '../input';
import { formatFindings } from './handle';
import { loadProfile, profileOption } from './profile-option';

interface InvalidRow {
  line: number;
  field: string;
  message: LocalizedText;
}

/** Reads a register CSV with a real CSV parser, keeping each row's line number; bad rows are reported, never dropped silently. */
function readRegister(text: string, source: string): { rows: RegisterRow[]; lines: number[]; invalid: InvalidRow[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      bom: true,
    });
  } catch (error) {
    throw new CliError(
      { id: `${source}: CSV tidak valid — ${(error as Error).message}`, en: `${source}: invalid CSV — ${(error as Error).message}` },
      'accounts',
    );
  }
  const unknown = Object.keys(records[0]?.record ?? {}).filter((column) => !(registerColumns as string[]).includes(column));
  if (unknown.length > 0) {
    throw new CliError(
      {
        id: `${source}: kolom tidak dikenal ${unknown.join(', ')}. Kolom yang dikenal: ${registerColumns.join(', ')}.`,
        en: `${source}: unknown columns ${unknown.join(', ')}. Known columns: ${registerColumns.join(', ')}.`,
      },
      'accounts',
    );
  }
  const rows: RegisterRow[] = [];
  const lines: number[] = [];
  const invalid: InvalidRow[] = [];
  for (const { record, info } of records) {
    // Blank cells go to the schema as they are: a blank admin or letter is a finding, not a gap.
    const parsed = registerRowSchema.safeParse(record, { reportInput: true });
    if (parsed.success) {
      rows.push(parsed.data);
      lines.push(info.lines);
    } else {
      for (const issue of parsed.error.issues)
        invalid.push({ line: info.lines, field: formatFieldPath(issue.path as (string | number)[]), message: localizeIssue(issue) });
    }
  }
  return { rows, lines, invalid };
}

function locationLine(finding: Finding, lines: number[]): number | undefined {
  return finding.location?.kind === 'field' && typeof finding.location.path[1] === 'number' ? lines[finding.location.path[1]] : undefined;
}

/** `pedoman accounts audit FILE.csv`. */
export const accountsCommand: Command = {
  name: 'accounts',
  usage: 'audit FILE.csv|-',
  summary: { id: 'Audit register akun resmi (CSV).', en: 'Audit the official-account register (CSV).' },
  details: {
    id: `Kolom: ${registerColumns.join(', ')}. Wajib: unit, platform, handle; kolom lain opsional.\nKeluaran: laporan (bawaan), --json, atau --csv untuk spreadsheet. Baris yang tidak valid dilaporkan dengan nomor barisnya (kode keluar 2).`,
    en: `Columns: ${registerColumns.join(', ')}. Required: unit, platform, handle; the rest optional.\nOutput: a report (default), --json, or --csv for spreadsheets. Invalid rows are reported with their line numbers (exit code 2).`,
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
    const profile = await loadProfile(values.profile, io, 'accounts');
    const source = file ?? '-';
    const { rows, lines, invalid } = readRegister(await readTextInput(file, io), source);
    for (const problem of invalid)
      io.stderr.write(`pedoman: ${source}:${problem.line}: ${problem.field}: ${localize(problem.message, locale)}\n`);
    const asOf = readDateOption(values['as-of'], 'as-of', 'accounts');
    const result = auditAccounts(rows, profile, asOf ? { asOf } : {});
    const all = [...result.rows.flatMap((entry) => entry.findings), ...result.findings];
    if (values.json) {
      const output = {
        rows: result.rows.map((entry) => ({ line: lines[entry.index], ...entry.row, findings: entry.findings })),
        findings: result.findings.map((finding) => ({ line: locationLine(finding, lines), ...finding })),
        invalidRows: invalid,
      };
      io.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    } else if (values.csv) {
      const records = all.map((finding) => {
        const index = finding.location?.kind === 'field' ? (finding.location.path[1] as number) : -1;
        const row = rows[index];
        return [
          lines[index] ?? '',
          row?.unit ?? '',
          row?.platform ?? '',
          row?.handle ?? '',
          finding.ruleId,
          finding.severity,
          localize(finding.message, locale),
          finding.suggestion?.replacement ?? '',
        ];
      });
      io.stdout.write(stringify([['line', 'unit', 'platform', 'handle', 'rule', 'severity', 'message', 'suggestion'], ...records]));
    } else {
      io.stdout.write(report(result, lines, locale));
    }
    if (invalid.length > 0) return exitCodes.usageOrInput;
    return hasBlockingFinding(all) ? exitCodes.blockingFindings : exitCodes.ok;
  },
};

function report(result: ReturnType<typeof auditAccounts>, lines: number[], locale: Locale): string {
  const parts: string[] = [];
  for (const entry of result.rows) {
    if (entry.findings.length === 0) continue;
    parts.push(
      `${localize({ id: 'Baris', en: 'Line' }, locale)} ${lines[entry.index]} — ${entry.row.unit}, ${entry.row.platform} @${entry.row.handle.replace(/^@/, '')}`,
    );
    parts.push(formatFindings(entry.findings, locale).replace(/^/gm, '  ').trimEnd());
  }
  if (result.findings.length > 0) {
    parts.push(localize({ id: 'Lintas platform', en: 'Across platforms' }, locale));
    parts.push(formatFindings(result.findings, locale).replace(/^/gm, '  ').trimEnd());
  }
  const count = result.rows.length;
  const clean = result.rows.filter((entry) => entry.findings.length === 0).length;
  parts.push(
    localize(
      {
        id: `${count} baris diperiksa, ${clean} tanpa temuan, ${result.findings.length} temuan lintas platform.`,
        en: `${count} rows checked, ${clean} without findings, ${result.findings.length} cross-platform findings.`,
      },
      locale,
    ),
  );
  return `${parts.join('\n')}\n`;
}
