// Browser helpers shared by the handbook's in-page tools (each tool's <script> imports them).
import type { Locale, LocalizedText, Severity } from '@pedoman-medsos/core';
import { type VerdictTone, verdictIcons } from './verdict-tone';

export type { VerdictTone } from './verdict-tone';

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

/** The rules a tool reports, by id: `[level label, title, level, icon]` in the page's language (`data-rules`, see `rule-summaries.ts`). */
function rulesOf(root: HTMLElement): Record<string, [string, string, string?, string?]> {
  return JSON.parse(root.dataset.rules ?? '{}');
}

/** The message without a leading "Title: " when the headline already shows that title. */
function withoutTitle(message: string, title: string): string {
  const prefix = `${title}: `;
  return message.toLowerCase().startsWith(prefix.toLowerCase()) ? message.slice(prefix.length) : message;
}

/** What a tool may add to a finding beyond its rule and message. */
export interface FindingExtras {
  /** The finding's own effect (e.g. its action), in a verdict's colour, icon and words, beside the level. */
  effect?: { tone: VerdictTone; words: string; value?: string };
  /** Where the rule is explained: its title becomes a link there. */
  href?: string;
  /** What to do about it, in the staff's words. */
  todo?: string;
  /** Its legal basis, readably: `[citation, subject, href]` per provision. */
  legal?: readonly (readonly [string, string, string])[];
  /** How many identical findings this item stands for (shown from 2 on as "×n"). */
  count?: number;
}

const findingWords = {
  todo: { id: 'Yang perlu dilakukan', en: 'What to do' },
  legal: { id: 'Dasar hukum', en: 'Legal basis' },
  technical: { id: 'Rincian teknis', en: 'Technical details' },
  ruleId: { id: 'ID aturan', en: 'Rule id' },
  times: { id: 'kali', en: 'times' },
} satisfies Record<string, LocalizedText>;

/**
 * A finding as staff read it: the rule's level (the same badge as the rule pages) and title, its
 * own effect when the tool gives one, then the reason (the finding's message), what to do and the
 * legal basis; the rule id and any technical lines (normalization steps, scores) behind a collapsed
 * "Rincian teknis" / "Technical details".
 */
export function findingItem(
  root: HTMLElement,
  lang: Locale,
  finding: { ruleId: string; message: string },
  technical: readonly string[] = [],
  data: Record<string, string | undefined> = {},
  extras: FindingExtras = {},
): HTMLLIElement {
  const item = listItem('', { rule: finding.ruleId, ...data });
  const rule = rulesOf(root)[finding.ruleId];
  const headline = document.createElement('span');
  headline.className = 'finding-headline';
  if (rule) headline.append(...ruleHeading(rule, extras.href));
  if (extras.effect) headline.append(effectBadge(extras.effect));
  if (extras.count !== undefined && extras.count > 1) headline.append(countBadge(extras.count, lang));
  const todo = document.createElement('span');
  todo.className = 'finding-message';
  todo.textContent = rule ? ` — ${withoutTitle(finding.message, rule[1])}` : finding.message;
  item.append(headline, todo);
  if (extras.todo) item.append(todoLine(extras.todo, lang));
  if (extras.legal && extras.legal.length > 0) item.append(legalBlock(extras.legal, lang));
  item.append(technicalDetails([`${findingWords.ruleId[lang]}: ${finding.ruleId}`, ...technical], lang));
  return item;
}

/** The rule's level badge (the same as the rule pages) and its title, a link when `href` is given. */
function ruleHeading(rule: [string, string, string?, string?], href: string | undefined): HTMLElement[] {
  const [label, title, level, icon] = rule;
  const badge = document.createElement('span');
  badge.className = 'rule-level';
  badge.dataset.level = level ?? label;
  if (icon) {
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = icon;
    badge.append(mark, ' ');
  }
  badge.append(label);
  const heading = document.createElement(href ? 'a' : 'span');
  heading.className = 'finding-title';
  heading.textContent = title;
  if (href) heading.setAttribute('href', href);
  return [badge, heading];
}

/** The finding's own effect (its action's words), in the verdict's colour and icon. */
function effectBadge(effect: NonNullable<FindingExtras['effect']>): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'finding-action';
  badge.dataset.tone = effect.tone;
  if (effect.value) badge.dataset.action = effect.value;
  const icon = document.createElement('span');
  icon.className = 'pm-verdict-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = verdictIcons[effect.tone];
  badge.append(icon, effect.words);
  return badge;
}

/** "×n" for a finding that stands for n identical ones. */
function countBadge(count: number, lang: Locale): HTMLElement {
  const badge = document.createElement('span');
  badge.className = 'finding-count';
  badge.dataset.count = String(count);
  badge.setAttribute('aria-label', `${count} ${findingWords.times[lang]}`);
  badge.textContent = `×${count}`;
  return badge;
}

/** What to do, as a labelled line. */
function todoLine(todo: string, lang: Locale): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'finding-todo';
  const label = document.createElement('strong');
  label.textContent = `${findingWords.todo[lang]}: `;
  paragraph.append(label, todo);
  return paragraph;
}

/** The legal basis, one linked citation and its subject per line. */
function legalBlock(legal: NonNullable<FindingExtras['legal']>, lang: Locale): HTMLElement {
  const block = document.createElement('div');
  block.className = 'finding-legal';
  const label = document.createElement('strong');
  label.textContent = `${findingWords.legal[lang]}:`;
  // Lines, not list items: tests and styles count a finding's `li` in the findings list.
  const list = document.createElement('div');
  for (const [citation, subject, href] of legal) {
    const line = document.createElement('p');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = citation;
    line.append(link, ` — ${subject}`);
    list.append(line);
  }
  block.append(label, list);
  return block;
}

/** The technical details (rule id, steps, scores), collapsed. */
function technicalDetails(lines: readonly string[], lang: Locale): HTMLElement {
  const details = document.createElement('details');
  details.className = 'technical-details';
  const summary = document.createElement('summary');
  summary.textContent = findingWords.technical[lang];
  // Lines as paragraphs, not list items: tests and styles count a finding's `li` in the list.
  details.append(
    summary,
    ...lines.map((line) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    }),
  );
  return details;
}

/**
 * Shows a verdict as colour, icon and words together: colour alone fails colour-blind readers and
 * greyscale print. `tone` undefined hides the verdict (nothing checked yet).
 */
export function showVerdict(element: HTMLElement, tone: VerdictTone | undefined, words: string): void {
  element.classList.add('pm-verdict');
  element.hidden = tone === undefined;
  element.replaceChildren();
  if (tone === undefined) {
    delete element.dataset.tone;
    return;
  }
  element.dataset.tone = tone;
  const icon = document.createElement('span');
  icon.className = 'pm-verdict-icon';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = verdictIcons[tone];
  const wording = document.createElement('span');
  wording.dataset.verdictWords = '';
  wording.textContent = words;
  element.append(icon, wording);
}

/** The verdict of tools that report findings with a severity: an error stops, a warning asks for care. */
export function findingsVerdict(findings: readonly { severity: Severity }[], lang: Locale): { tone: VerdictTone; words: string } {
  const tone: VerdictTone = findings.some((finding) => finding.severity === 'error')
    ? 'stop'
    : findings.some((finding) => finding.severity === 'warning')
      ? 'caution'
      : 'ok';
  return { tone, words: findingsVerdictWords[tone][lang] };
}

const findingsVerdictWords: Record<VerdictTone, LocalizedText> = {
  ok: { id: 'Sesuai pedoman', en: 'Follows the guidelines' },
  caution: { id: 'Sesuai pedoman, dengan catatan di bawah', en: 'Follows the guidelines, with the notes below' },
  stop: { id: 'Belum sesuai pedoman: perbaiki temuan di bawah', en: 'Does not follow the guidelines yet: fix the findings below' },
};

const copyWords: Record<'copy' | 'copied' | 'failed', LocalizedText> = {
  copy: { id: 'Salin', en: 'Copy' },
  copied: { id: 'Tersalin.', en: 'Copied.' },
  failed: {
    id: 'Tidak dapat menyalin otomatis; pilih teksnya lalu salin.',
    en: 'Could not copy automatically; select the text and copy it.',
  },
};

/**
 * A button that copies what `text()` returns (the current draft) to the clipboard, with a spoken
 * confirmation; disabled while there is nothing to copy (call the returned `refresh`).
 */
export function copyButton(lang: Locale, what: LocalizedText, text: () => string): { element: HTMLElement; refresh: () => void } {
  const wrapper = document.createElement('div');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pm-copy';
  button.dataset.copy = '';
  button.textContent = `${copyWords.copy[lang]} ${what[lang]}`;
  const status = document.createElement('span');
  status.className = 'pm-copy-status';
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      status.textContent = copyWords.copied[lang];
    } catch {
      status.textContent = copyWords.failed[lang];
    }
  });
  wrapper.append(button, status);
  const refresh = () => {
    button.disabled = text().trim() === '';
    status.textContent = '';
  };
  refresh();
  return { element: wrapper, refresh };
}
