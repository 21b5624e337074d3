import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { namingRules } from '@pedoman-medsos/account-naming';
import { removedRules } from '@pedoman-medsos/core';
import { agendaRules } from '@pedoman-medsos/digital-agenda';
import { lastReleaseTag } from '@pedoman-medsos/guidelines/release';
import { imageRules } from '@pedoman-medsos/profile-image';
import { categories } from '@pedoman-medsos/prohibited-content';
import { messageCategories, replyRules, templates } from '@pedoman-medsos/reply-templates';
import { describe, expect, it } from 'vitest';

// Checks on the built site itself (apps/handbook/dist), without a browser.
const dist = new URL('../dist/', import.meta.url).pathname;

function pages(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['_astro', 'pagefind'].includes(name) ? [] : pages(path);
    return name === 'index.html' ? [relative(dist, path)] : [];
  });
}

const all = pages();
const indonesian = all.filter((page) => !page.startsWith('en/'));
const english = all.filter((page) => page.startsWith('en/')).map((page) => page.slice(3));
const idsIn = (page: string) => new Set([...readFileSync(join(dist, page), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));

describe('the built handbook', () => {
  it('has every page in Indonesian and in English', () => {
    expect(english.sort()).toEqual(indonesian.sort());
  });

  it.each([
    ['prohibited-content', categories.map((category) => category.id)],
    ['account-naming', namingRules.map((rule) => rule.id)],
    ['digital-agenda', agendaRules.map((rule) => rule.id)],
    ['profile-image', imageRules.map((rule) => rule.id)],
    [
      'replies',
      [
        ...replyRules.map((rule) => rule.id),
        ...messageCategories.map((category) => category.id),
        ...templates.map((template) => `template-${template.id}`),
      ],
    ],
  ])('gives every rule of %s an anchor in both languages', (area, ruleIds) => {
    for (const page of [`${area}/index.html`, `en/${area}/index.html`]) {
      const ids = idsIn(page);
      const missing = ruleIds.filter((id) => !ids.has(id));
      expect(missing, page).toEqual([]);
    }
  });

  it.each(['id', 'en'])('comes as one printable PDF in %s', (lang) => {
    const pdf = readFileSync(join(dist, `pedoman-medsos-${lang}.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  });

  it('lists in each page’s table of contents the headings of its content, in order', () => {
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
    let checked = 0;
    for (const page of all) {
      const html = readFileSync(join(dist, page), 'utf8');
      const toc = /<starlight-toc[^>]*>([\s\S]*?)<\/starlight-toc>/.exec(html)?.[1];
      if (!toc) continue; // a page without a table of contents (the home page)
      const listed = [...toc.matchAll(/<a href="#([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)]
        .map(([, slug, label]) => [decodeURIComponent(slug!), text(label!)])
        .filter(([slug]) => slug !== '_top');
      const content = html.slice(html.indexOf('class="sl-markdown-content"'), html.indexOf('</main>'));
      const headings = [...content.matchAll(/<h([23]) id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, , slug, label]) => [
        slug,
        text(label!),
      ]);
      expect(listed, page).toEqual(headings);
      checked += headings.length;
    }
    // Most headings are rendered from the packages; without them the contents would be nearly empty.
    expect(checked).toBeGreaterThan(100);
  });

  it('has no broken internal link, anchor or referenced file (stylesheet, script, icon, image)', () => {
    const broken: string[] = [];
    for (const page of all) {
      const html = readFileSync(join(dist, page), 'utf8');
      const references = html.matchAll(/<(?:a|link)\s[^>]*\bhref="([^"]+)"|<(?:script|img|source)\s[^>]*\bsrc="([^"]+)"/g);
      for (const [, link, source] of references) {
        const href = link ?? source;
        if (!href || /^(?:[a-z]+:)?\/\//i.test(href) || href.startsWith('mailto:')) continue;
        const [path = '', fragment] = href.split('#');
        const target =
          path === ''
            ? page
            : path.startsWith('/')
              ? join(path.slice(1), path.endsWith('/') || path === '/' ? 'index.html' : '')
              : join(page, '..', path);
        const file = existsSync(join(dist, target)) && statSync(join(dist, target)).isFile() ? target : join(target, 'index.html');
        if (!existsSync(join(dist, file))) broken.push(`${page}: ${href}`);
        else if (fragment && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(fragment)))
          broken.push(`${page}: ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('release notes', () => {
  it('render every pending changeset', () => {
    const changesets = readdirSync(new URL('../../../.changeset/', import.meta.url).pathname).filter(
      (name) => name.endsWith('.md') && name !== 'README.md',
    );
    const html = readFileSync(join(dist, 'changelog/index.html'), 'utf8');
    for (const name of changesets) expect(html).toContain(`data-changeset="${name.replace(/\.md$/, '')}"`);
  });

  it('say which rules changed since the last release, and list the removed-rules ledger', () => {
    for (const prefix of ['', 'en/']) {
      const tag = lastReleaseTag(new URL('../../..', import.meta.url).pathname);
      expect(readFileSync(join(dist, `${prefix}changelog/index.html`), 'utf8')).toContain(`data-rule-changes="${tag ?? 'none'}"`);
      expect(readFileSync(join(dist, `${prefix}maintainers/releases/index.html`), 'utf8')).toContain(
        `data-removed-rules="${removedRules.length}"`,
      );
    }
  });
});
