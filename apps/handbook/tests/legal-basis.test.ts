import { legalInstruments, legalStatusOn, provisions, today } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

describe.each([
  ['id', '/legal-basis/', 'tidak berlaku lagi', 'belum dibaca'],
  ['en', '/en/legal-basis/', 'no longer in force', 'not read here'],
])('legal-basis page (%s)', (_lang, path, endedLabel, notRead) => {
  it('lists every instrument with its status and every provision with its window', async () => {
    await handbook.page.goto(handbook.baseUrl + path);
    for (const instrument of legalInstruments) {
      const section = handbook.page.locator(`section[data-instrument="${instrument.id}"]`);
      expect(await section.locator('h2').textContent()).toBe(instrument.citation);
      expect(await section.locator('dd[data-status]').getAttribute('data-status')).toBe(legalStatusOn(instrument, today()));
      if (!instrument.text) expect(await section.locator('dd[data-provenance]').textContent()).toContain(notRead);
    }
    for (const provision of provisions) {
      const item = handbook.page.locator(`li[data-provision="${provision.id}"]`);
      expect(await item.getAttribute('data-status'), provision.id).toBe(legalStatusOn(provision, today()));
    }
  });

  it('shows that UU ITE 28(2) ended and links its KUHP replacements', async () => {
    await handbook.page.goto(handbook.baseUrl + path);
    const item = handbook.page.locator('li[data-provision="uu-11-2008/28-2"]');
    expect(await item.textContent()).toContain(endedLabel);
    const targets = await item.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(targets).toEqual(['#uu-1-2023-243', '#uu-1-2023-300', '#uu-1-2023-301']);
    expect(await handbook.page.locator('li[data-provision="uu-11-2008/45-3"] [data-contested]').count()).toBe(1);
  });
});
