import { type Finding, type Locale, localize } from '@pedoman-medsos/core';
import { legalBasisLine } from './legal-basis-line';
import { levelWord } from './rule-levels';

/**
 * Findings as the terminal shows them: `[severity, level] rule.id: message → fix`, then the legal
 * basis on its own line; "No findings." when there are none. Every command prints findings this way.
 */
export function formatFindings(findings: readonly Finding[], locale: Locale): string {
  if (findings.length === 0) return `${localize({ id: 'Tidak ada temuan.', en: 'No findings.' }, locale)}\n`;
  return `${findings
    .map((finding) => {
      const fix = finding.suggestion ? ` → ${finding.suggestion.replacement ?? localize(finding.suggestion.message, locale)}` : '';
      const basis = legalBasisLine(finding, locale);
      const level = levelWord(finding.ruleId, locale);
      const tag = level ? `${finding.severity}, ${level}` : finding.severity;
      return `[${tag}] ${finding.ruleId}: ${localize(finding.message, locale)}${fix}${basis ? `\n  ${basis}` : ''}`;
    })
    .join('\n')}\n`;
}
