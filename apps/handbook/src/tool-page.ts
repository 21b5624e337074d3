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
