import { type Locale, localize, type RuleLevel, ruleLevelLabels } from '@pedoman-medsos/core';

/**
 * What a tool needs to head a finding with its rule, built when the page is built: `{ id: [level, title] }`
 * in the page's language. The tool component puts it in `data-rules`; `findingItem` (tool-page.ts) reads it.
 */
export function ruleSummaries(
  rules: readonly { id: string; level: RuleLevel; title: { id: string; en?: string | undefined } }[],
  lang: Locale,
): string {
  return JSON.stringify(
    Object.fromEntries(rules.map((rule) => [rule.id, [localize(ruleLevelLabels[rule.level], lang), localize(rule.title, lang)]])),
  );
}
