import { type Locale, localize, type RuleLevel, ruleLevelLabels } from '@pedoman-medsos/core';

/** The icon of each rule level, beside its word (never instead of it): `RuleLevel.astro` and the tools' findings. */
export const ruleLevelIcons: Record<RuleLevel, string> = { wajib: '●', dilarang: '⊘', dianjurkan: '○', 'tidak-dianjurkan': '△' };

/**
 * What a tool needs to head a finding with its rule, built when the page is built:
 * `{ id: [level label, title, level, icon] }` in the page's language. The tool component puts it in
 * `data-rules`; `findingItem` (tool-page.ts) reads it and draws the same badge as `RuleLevel.astro`.
 */
export function ruleSummaries(
  rules: readonly { id: string; level: RuleLevel; title: { id: string; en?: string | undefined } }[],
  lang: Locale,
): string {
  return JSON.stringify(
    Object.fromEntries(
      rules.map((rule) => [
        rule.id,
        [localize(ruleLevelLabels[rule.level], lang), localize(rule.title, lang), rule.level, ruleLevelIcons[rule.level]],
      ]),
    ),
  );
}
