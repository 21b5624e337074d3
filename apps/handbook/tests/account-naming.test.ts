import { exampleProfiles, namingRules, suggestHandle } from '@pedoman-medsos/account-naming';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

describe.each([
  ['id', '/account-naming/'],
  ['en', '/en/account-naming/'],
])('account-naming page (%s)', (lang, path) => {
  it('shows each profile’s handles as the package computes them', async () => {
    await handbook.page.goto(handbook.url(path));
    const cell = handbook.page
      .locator('section[data-profile="ministry"] tr', { hasText: 'Kantor Pelayanan Kekayaan Negara dan Lelang' })
      .locator('[data-platform="x"]');
    expect(await cell.textContent()).toBe(
      `@${suggestHandle({ kind: 'kpknl', region: 'Banjarmasin' }, 'x', exampleProfiles.ministry).handle}`,
    );
    expect(await handbook.page.locator('section[data-profile="bpom"] [data-platform="instagram"]').first().textContent()).toBe(
      '@bpom.jakarta',
    );
  });

  it('has an anchor and both languages for every naming rule', async () => {
    await handbook.page.goto(handbook.url(path));
    for (const rule of namingRules) {
      const heading = handbook.page.locator(`[id="${rule.id}"]`);
      expect(await heading.textContent()).toBe(lang === 'en' ? rule.title.en : rule.title.id);
    }
  });
});

describe('naming tool', () => {
  it('suggests the canonical handle and checks the one in use, in the page', async () => {
    const outside = handbook.recordOutsideRequests();
    await handbook.page.goto(handbook.url('/en/handle-tool/'));
    await handbook.page.locator('[data-unit]').fill('KPKNL Banjarmasin');
    await handbook.page.locator('[data-platform]').selectOption('x');
    expect(await handbook.page.locator('[data-suggestion]').textContent()).toBe('@kpknlbjm');
    await handbook.page.locator('[data-handle]').fill('kpknl_bmasin');
    await handbook.page.locator('[data-findings] li[data-rule="naming.region-abbreviation"]').waitFor();
    expect(await handbook.page.locator('[data-findings]').textContent()).toContain('→ @kpknlbjm');
    const verdict = handbook.page.locator('.handle-tool [data-verdict]');
    // A warning: it follows the guidelines, with a note to act on.
    expect(await verdict.getAttribute('data-tone')).toBe('caution');
    expect(await verdict.locator('[data-verdict-words]').textContent()).toBe('Follows the guidelines, with the notes below');

    await handbook.page.locator('[data-handle]').fill('kpknl bjm!');
    await handbook.page.locator('[data-findings] li[data-rule="naming.platform-characters"]').waitFor();
    expect(await verdict.getAttribute('data-tone')).toBe('stop');

    await handbook.page.locator('[data-handle]').fill('kpknlbjm');
    await handbook.page.locator('[data-findings] li', { hasText: 'No findings.' }).waitFor();
    expect(await verdict.getAttribute('data-tone')).toBe('ok');
    expect(await verdict.locator('.pm-verdict-icon').textContent()).toBe('✓');
    expect(outside).toEqual([]);
  });
});
