import { agendaRules, campaigns } from '@pedoman-medsos/digital-agenda';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

describe.each([
  ['id', '/digital-agenda/', '/agenda.ics'],
  ['en', '/en/digital-agenda/', '/agenda-en.ics'],
])('digital-agenda page (%s)', (lang, path, ics) => {
  it('shows every campaign on the timeline and in detail, and every rule', async () => {
    await handbook.page.goto(handbook.url(path));
    for (const campaign of campaigns) {
      const mark = campaign.example ? `${lang === 'en' ? 'EXAMPLE' : 'CONTOH'} ` : '';
      expect(await handbook.page.locator(`[data-campaign="${campaign.id}"] .label`).textContent()).toBe(
        `${mark}${lang === 'en' ? campaign.title.en : campaign.title.id}`,
      );
      expect(await handbook.page.locator(`[data-campaign-detail="${campaign.id}"]`).textContent()).toContain(`#${campaign.hashtags[0]}`);
    }
    for (const rule of agendaRules) expect(await handbook.page.locator(`[id="${rule.id}"]`).count()).toBe(1);
  });

  it('links a calendar that an independent parser reads', async () => {
    await handbook.page.goto(handbook.url(path));
    expect(await handbook.page.locator('[data-ics]').getAttribute('href')).toBe(ics);
    const body = await (await fetch(handbook.url(ics))).text();
    const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(campaigns.length);
  });
});

describe('hashtag tool', () => {
  it('checks a draft’s hashtags in the page and offers the corrected text, sending nothing', async () => {
    const outside = handbook.recordOutsideRequests();
    await handbook.page.goto(handbook.url('/en/hashtag-tool/'));
    await handbook.page.locator('[data-date]').fill('2026-11-22');
    await handbook.page.locator('[data-input]').fill('Lelang aset negara hari ini #jagaasetnegara');
    await handbook.page.locator('[data-findings] li[data-rule="agenda.hashtag-case"]').waitFor();
    expect(await handbook.page.locator('[data-corrected]').textContent()).toBe('Lelang aset negara hari ini #JagaAsetNegara');
    expect(await handbook.page.locator('.hashtag-tool [data-verdict]').getAttribute('data-tone')).toBe('caution');

    // The copy button puts the corrected text on the clipboard.
    await handbook.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: handbook.baseUrl });
    await handbook.page.locator('[data-corrected-block] button[data-copy]').click();
    await handbook.page.locator('[data-corrected-block] [role="status"]', { hasText: 'Copied.' }).waitFor();
    expect(await handbook.page.evaluate(() => navigator.clipboard.readText())).toBe('Lelang aset negara hari ini #JagaAsetNegara');
    expect(outside).toEqual([]);
  });

  it('takes today from the reader’s clock, not from the day the site was built', async () => {
    const context = await handbook.page.context().browser()!.newContext({ timezoneId: 'Asia/Jayapura' });
    const page = await context.newPage();
    try {
      // 31 December 2027, 20:00 UTC is already 1 January 2028 for a reader in WIT.
      await page.clock.setFixedTime(new Date('2027-12-31T20:00:00Z'));
      await page.goto(handbook.url('/en/hashtag-tool/'));
      await page.locator('[data-date]').waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-date]')?.value !== '');
      expect(await page.locator('[data-date]').inputValue()).toBe('2028-01-01');
    } finally {
      await context.close();
    }
  });
});
