import { imageSpecs, placement } from '@pedoman-medsos/profile-image';
import { renderExampleAvatar } from '@pedoman-medsos/profile-image/node';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

describe.each([
  ['id', '/profile-image/'],
  ['en', '/en/profile-image/'],
])('profile-image page (%s)', (_lang, path) => {
  it('renders every platform figure from the package, each with its source', async () => {
    await handbook.page.goto(handbook.url(path));
    for (const spec of imageSpecs) {
      const row = handbook.page.locator(`[data-image-specs] tr[data-platform="${spec.platform}"]`);
      expect(await row.locator('[data-figure="recommended"] [data-value]').textContent()).toBe(String(spec.recommendedSize.value));
      expect(await row.locator('[data-figure="minimum"] [data-value]').textContent()).toBe(String(spec.minimumSize.value));
      expect(await row.locator('[data-figure="recommended"] sup a').getAttribute('href')).toMatch(/^#image-source-\d+$/);
    }
  });

  it('draws the safe-area diagram from the placement numbers', async () => {
    await handbook.page.goto(handbook.url(path));
    const radii = await handbook.page
      .locator('[data-safe-area] svg circle')
      .evaluateAll((circles) => circles.map((circle) => circle.getAttribute('r')));
    expect(radii).toEqual(['120', String(120 * placement.safeCircleDiameter)]);
  });

  it('shows the package’s own examples, judged by the package: one good, the rest with findings', async () => {
    await handbook.page.goto(handbook.url(path));
    expect(await handbook.page.locator('[data-example="compliant"] li[data-rule]').count()).toBe(0);
    expect(await handbook.page.locator('[data-example="touching-corners"] li[data-rule="image.emblem-outside-safe-area"]').count()).toBe(1);
    const response = await fetch(handbook.url('/profile-image/touching-corners.png'));
    expect(response.headers.get('content-type')).toContain('image/png');
  });
});

describe('profile-image tool', () => {
  it('checks a dropped picture in the page and previews the crop, sending nothing', async () => {
    const outside = handbook.recordOutsideRequests();
    await handbook.page.goto(handbook.url('/en/image-tool/'));
    const file = handbook.page.locator('[data-file]');
    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: await renderExampleAvatar('touching-corners', 400) });
    await handbook.page.locator('[data-findings] li[data-rule="image.emblem-outside-safe-area"]').waitFor();
    expect(await handbook.page.locator('[data-summary]').textContent()).toMatch(/^400×400 pixels, [\d.]+ kB, image\/png$/);
    expect(await handbook.page.locator('[data-findings]').textContent()).toContain('beyond the safe circle');
    expect(await handbook.page.locator('.image-tool [data-verdict]').getAttribute('data-tone')).toBe('stop');

    await file.setInputFiles({ name: 'good.png', mimeType: 'image/png', buffer: await renderExampleAvatar('compliant', 400) });
    await handbook.page.locator('[data-findings] li', { hasText: 'No findings' }).waitFor();
    expect(await handbook.page.locator('.image-tool [data-verdict]').getAttribute('data-tone')).toBe('ok');
    await handbook.page.locator('[data-platform]').selectOption('master');
    await handbook.page.locator('[data-findings] li[data-rule="image.minimum-size"]').waitFor();

    await file.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just text') });
    await handbook.page.locator('[data-findings] li[data-rule="image.unreadable"]').waitFor();
    expect(outside).toEqual([]);
  });
});
