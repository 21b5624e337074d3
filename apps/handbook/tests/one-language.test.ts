import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { namingRules } from '@pedoman-medsos/account-naming';
import { sharedRules } from '@pedoman-medsos/core';
import { agendaRules } from '@pedoman-medsos/digital-agenda';
import { imageRules } from '@pedoman-medsos/profile-image';
import { categories } from '@pedoman-medsos/prohibited-content';
import { renderReply, replyRules, templates } from '@pedoman-medsos/reply-templates';
import { describe, expect, it } from 'vitest';

// Each page in one language: an Indonesian page shows no English text of a rule or template, and
// an English page no Indonesian. Checked on the built site (apps/handbook/dist).
const dist = new URL('../dist/', import.meta.url).pathname;
// The technical release notes quote changesets, which are bilingual by design (for Humas); they
// sit in the maintainers' section.
const bilingualPages = new Set(['changelog/index.html', 'en/changelog/index.html']);

function pages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['_astro', 'pagefind'].includes(name) ? [] : pages(path);
    return name === 'index.html' ? [relative(dist, path)] : [];
  });
}

/** The page's visible text: tags and attributes dropped, entities decoded. */
function textOf(page: string): string {
  return readFileSync(join(dist, page), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

type Bilingual = { id: string; en?: string | undefined };
const rules = [...sharedRules, ...namingRules, ...agendaRules, ...imageRules, ...replyRules, ...categories];
const texts: Bilingual[] = [
  ...rules.flatMap((rule) => [rule.title, rule.rationale, ...rule.legalBasis.flatMap((basis) => (basis.note ? [basis.note] : []))]),
  ...categories.map((category) => category.definition),
  ...templates.flatMap((template) => [
    template.tone,
    {
      id: renderReply(template.id, template.example, { locale: 'id' }).text ?? '',
      en: renderReply(template.id, template.example, { locale: 'en' }).text,
    },
  ]),
];
// Text that reads the same in both languages (names, citations) says nothing about the page's language.
const distinct = texts.filter(
  (text): text is { id: string; en: string } => !!text.en && text.en !== text.id && text.en.length >= 15 && text.id.length >= 15,
);

describe('each page in one language', () => {
  const all = pages().filter((page) => !bilingualPages.has(page));
  it.each([
    ['Indonesian', all.filter((page) => !page.startsWith('en/')), 'en'],
    ['English', all.filter((page) => page.startsWith('en/')), 'id'],
  ] as const)('%s pages show no rule or template text of the other language', (_name, shown, other) => {
    expect(shown.length).toBeGreaterThan(5);
    const found: string[] = [];
    for (const page of shown) {
      const text = textOf(page);
      for (const bilingual of distinct) if (text.includes(bilingual[other])) found.push(`${page}: ${bilingual[other]}`);
    }
    expect(found).toEqual([]);
  });
});
