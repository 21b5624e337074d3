import { type Locale, platforms, textKinds } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

const pages: Record<Locale, { path: string; heading: string; format: Intl.NumberFormat }> = {
  id: { path: '/platform/', heading: 'Nama tampilan', format: new Intl.NumberFormat('id-ID') },
  en: { path: '/en/platform/', heading: 'Display name', format: new Intl.NumberFormat('en-GB') },
};

describe.each(Object.entries(pages))('platform page (%s)', (locale, { path, heading, format }) => {
  it('shows every platform with the figures of the registry', async () => {
    await handbook.page.goto(handbook.baseUrl + path);
    expect(await handbook.page.getAttribute('html', 'lang')).toBe(locale);
    const headers = await handbook.page.locator('[data-platform-table] thead th').allTextContents();
    expect(headers).toContain(heading);
    for (const platform of platforms) {
      const row = handbook.page.locator(`[data-platform-table] tr[data-platform="${platform.id}"]`);
      expect(await row.locator('th').textContent()).toBe(platform.name);
      const length = await row.locator('[data-figure="handle-length"]').textContent();
      expect(length).toMatch(new RegExp(`^${platform.handle.minLength.value}–${platform.handle.maxLength.value}\\d*$`));
      for (const kind of textKinds) {
        const cell = (await row.locator(`[data-figure="${kind}"]`).textContent()) ?? '';
        const figure = platform.textLimits[kind];
        expect(cell.startsWith(figure ? format.format(figure.value) : '—'), `${platform.id} ${kind}: ${cell}`).toBe(true);
      }
    }
  });

  it('links every figure to a listed source', async () => {
    await handbook.page.goto(handbook.baseUrl + path);
    const targets = await handbook.page
      .locator('[data-platform-table] sup a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(platforms.length);
    for (const target of new Set(targets)) expect(await handbook.page.locator(target!).count()).toBe(1);
  });
});

describe('search', () => {
  it.each([
    ['/', 'karakter', '/platform/', /^\d+ hasil untuk karakter$/],
    ['/en/', 'characters', '/en/platform/', /^\d+ results? for characters$/],
  ])('on %s finds the platform page for "%s", speaking the page’s language', async (start, query, expected, message) => {
    await handbook.page.goto(handbook.baseUrl + start);
    await handbook.page.locator('button[data-open-modal]').first().click();
    await handbook.page.locator('site-search input').fill(query);
    await handbook.page.locator('.pagefind-ui__result-link').first().waitFor();
    const links = await handbook.page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((href) => href.includes(expected))).toBe(true);
    expect(await handbook.page.locator('.pagefind-ui__message').textContent()).toMatch(message);
  });
});
