// Browser helpers shared by the handbook's in-page tools (each tool's <script> imports them).
import type { Locale } from '@pedoman-medsos/core';

/** What a tool component puts in `data-text`: its interface words, already in the page's language. */
type ToolText = ReturnType<typeof JSON.parse>;

/** Every instance of a tool on the page, with the language (`data-lang`) and words (`data-text`) its component gave it. */
export function toolInstances(selector: string): { root: HTMLElement; lang: Locale; text: ToolText }[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].map((root) => ({
    root,
    lang: root.dataset.lang === 'en' ? 'en' : 'id',
    text: JSON.parse(root.dataset.text ?? '{}'),
  }));
}

/** A list item; `data` becomes its `data-*` attributes (tests and styles find a finding by its rule). */
export function listItem(content: string, data: Record<string, string | undefined> = {}): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = content;
  for (const [key, value] of Object.entries(data)) if (value !== undefined) item.dataset[key] = value;
  return item;
}

/** The rules a tool reports, by id: `[level label, title]` in the page's language (`data-rules`, see `rule-summaries.ts`). */
function rulesOf(root: HTMLElement): Record<string, [string, string]> {
  return JSON.parse(root.dataset.rules ?? '{}');
}

/**
 * A finding as staff read it: the rule's level and title, then what to do (the finding's message);
 * the rule id and any technical lines (normalization steps, scores) behind a collapsed
 * "Rincian teknis" / "Technical details".
 */
export function findingItem(
  root: HTMLElement,
  lang: Locale,
  finding: { ruleId: string; message: string },
  technical: readonly string[] = [],
  data: Record<string, string | undefined> = {},
): HTMLLIElement {
  const item = listItem('', { rule: finding.ruleId, ...data });
  const rule = rulesOf(root)[finding.ruleId];
  const headline = document.createElement('span');
  headline.className = 'finding-headline';
  if (rule) {
    const level = document.createElement('strong');
    level.dataset.level = rule[0];
    level.textContent = rule[0];
    headline.append(level, ` · ${rule[1]}`);
  }
  const todo = document.createElement('span');
  todo.className = 'finding-message';
  todo.textContent = rule ? ` — ${finding.message}` : finding.message;
  const details = document.createElement('details');
  details.className = 'technical-details';
  const summary = document.createElement('summary');
  summary.textContent = lang === 'en' ? 'Technical details' : 'Rincian teknis';
  // Lines as paragraphs, not list items: tests and styles count a finding's `li` in the list.
  const lines = [`${lang === 'en' ? 'Rule id' : 'ID aturan'}: ${finding.ruleId}`, ...technical].map((line) => {
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    return paragraph;
  });
  details.append(summary, ...lines);
  item.append(headline, todo, details);
  return item;
}
