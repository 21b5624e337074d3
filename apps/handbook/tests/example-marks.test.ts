// Example data (institutions, campaigns, palettes, names, ticket numbers) never renders unmarked:
// every page and tool that shows it carries the CONTOH / EXAMPLE mark, and the .ics keeps it tentative.
import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { agendaFile, campaigns } from '@pedoman-medsos/digital-agenda';
import { placement } from '@pedoman-medsos/profile-image';
import { templates } from '@pedoman-medsos/reply-templates';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();
const markOf = (lang: string) => (lang === 'en' ? 'EXAMPLE' : 'CONTOH');

describe.each([
  ['id', ''],
  ['en', '/en'],
])('example marks (%s)', (lang, prefix) => {
  const mark = markOf(lang);
  const visibleMarks = (selector: string) => handbook.page.locator(`${selector} [data-example-mark]:visible`, { hasText: mark });

  it('marks every example profile on the account-naming page, the regional-government one included', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/account-naming/`));
    for (const [key, profile] of Object.entries(exampleProfiles)) {
      if (!profile.example) continue;
      expect(await visibleMarks(`section[data-profile="${key}"] h2`).count(), key).toBe(1);
    }
    expect(
      await handbook.page
        .locator('section[data-profile="pemda"] tr', { hasText: 'Dinas Komunikasi dan Informatika' })
        .locator('[data-platform="instagram"]')
        .textContent(),
    ).toBe('@kominfo.sleman');
  });

  it('marks every example campaign, standing hashtag and branded term on the agenda page', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/digital-agenda/`));
    for (const campaign of campaigns.filter((c) => c.example)) {
      expect(await visibleMarks(`[data-campaign="${campaign.id}"]`).count(), campaign.id).toBe(1);
      expect(await visibleMarks(`[data-campaign-detail="${campaign.id}"] h3`).count(), campaign.id).toBe(1);
    }
    const exampleTags = agendaFile.standingHashtags.filter((standing) => standing.example).length;
    expect(await visibleMarks('[data-hashtag-registry] tr[data-example]').count()).toBe(exampleTags);
    const exampleTerms = agendaFile.brandedTerms.filter((term) => term.example).length;
    expect(await visibleMarks('[data-branded-terms] li[data-example]').count()).toBe(exampleTerms);
  });

  it('keeps example campaigns tentative and marked in the .ics feed', async () => {
    const body = await (await fetch(handbook.url(lang === 'en' ? '/agenda-en.ics' : '/agenda.ics'))).text();
    const events = new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent');
    for (const campaign of campaigns.filter((c) => c.example)) {
      const event = events.find((component) => component.getFirstPropertyValue('uid') === `${campaign.id}@pedoman-medsos`)!;
      expect(event.getFirstPropertyValue('status'), campaign.id).not.toBe('CONFIRMED');
      expect(String(event.getFirstPropertyValue('summary')).startsWith(`[${mark}] `), campaign.id).toBe(true);
      expect(String(event.getFirstPropertyValue('description')), campaign.id).toContain(`${mark}:`);
    }
  });

  it('marks the example palette on the profile-image page', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/profile-image/`));
    const examples = placement.backgroundColours.filter((colour) => colour.example).length;
    expect(examples).toBeGreaterThan(0);
    expect(await visibleMarks('[data-placement]').count()).toBe(examples);
  });

  it('marks every reply template filled with example values', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/replies/`));
    for (const template of templates) {
      if (Object.keys(template.example).length === 0) continue;
      expect(await visibleMarks(`[data-template="${template.id}"]`).count(), template.id).toBe(1);
    }
  });

  it('marks the example profile in the handle tool and gives a regional government its handle', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/handle-tool/`));
    expect(await visibleMarks('[data-profile-example]').count()).toBe(1);
    await handbook.page.locator('[data-profile]').selectOption('pemda');
    await handbook.page.locator('[data-platform]').selectOption('instagram');
    expect(await handbook.page.locator('[data-unit]').inputValue()).toBe('Dinas Kominfo Kabupaten Sleman');
    expect(await handbook.page.locator('[data-suggestion]').textContent()).toBe('@kominfo.sleman');
    await handbook.page.locator('[data-platform]').selectOption('x');
    expect(await handbook.page.locator('[data-suggestion]').textContent()).toBe('@kominfo_sleman');
    expect(await visibleMarks('[data-profile-example]').count()).toBe(1);
  });

  it('marks the hashtag tool’s example agenda and suggests the branded term', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/hashtag-tool/`));
    expect(await visibleMarks('[data-example-notice]').count()).toBe(1);
    await handbook.page.locator('[data-date]').fill('2028-01-10');
    await handbook.page.locator('[data-input]').fill('Realisasi APBN sampai Oktober sudah 80 persen.');
    const finding = handbook.page.locator('[data-findings] li[data-rule="agenda.branded-term"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('#UangKita');
  });

  it('marks a reply draft while it holds the template’s example values, and drops the mark once they are replaced', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/reply-tool/`));
    await handbook.page.locator('[data-input]').fill('Kapan lelang dibuka?');
    await handbook.page.locator('[data-variables] input').first().waitFor();
    expect(await visibleMarks('[data-example-values]').count()).toBe(1);
    for (const field of await handbook.page.locator('[data-variables] input').all()) await field.fill('https://lelang.go.id/x');
    await handbook.page.locator('[data-example-values] [data-example-mark]').waitFor({ state: 'hidden' });
  });
});
