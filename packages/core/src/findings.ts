import type { Finding, Severity } from './schema/finding';
import type { Locale, LocalizedText } from './schema/localized-text';

/** The text in the requested language; Indonesian when English is missing (drafts). */
export function localize(text: { id: string; en?: string | undefined }, locale: Locale): string {
  return locale === 'en' ? (text.en ?? text.id) : text.id;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Whether any finding blocks (severity `error`): the CLI then exits 1. */
export function hasBlockingFinding(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

/** Findings ordered for people: errors first, then by position in the input. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const start = (finding: Finding) => (finding.location?.kind === 'span' ? finding.location.start : -1);
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || start(a) - start(b));
}

/** Both languages on one line, Indonesian first: `Teks (English text)`. */
export function bilingual(text: LocalizedText): string {
  return text.id === text.en ? text.id : `${text.id} (${text.en})`;
}
