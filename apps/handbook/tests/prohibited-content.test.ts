import { citeProvision, findProvision, isProvisionCitation, legalStatusOn, today } from '@pedoman-medsos/core';
import { categories, categoryIdOf, verdictLabels } from '@pedoman-medsos/prohibited-content';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

describe.each([
  ['id', '/prohibited-content/'],
  ['en', '/en/prohibited-content/'],
])('prohibited-content page (%s)', (lang, path) => {
  it('shows every category of the package with its legal basis and actions', async () => {
    await handbook.page.goto(handbook.baseUrl + path);
    for (const category of categories) {
      const section = handbook.page.locator(`section[data-category="${categoryIdOf(category)}"]`);
      // A category with tiers shows the milder tier's actions too.
      expect(await section.locator('[data-actions-tier="mild"]').count()).toBe(category.tiers ? 1 : 0);
      if (category.tiers) {
        const mild = (await section.locator('[data-actions-tier="mild"]').textContent()) ?? '';
        expect(mild).toContain(verdictLabels[category.tiers.mild.comment][lang === 'en' ? 'en' : 'id']);
      }
      const title = lang === 'en' ? category.title.en : category.title.id;
      expect(await section.locator('h2').textContent()).toBe(title);
      expect(await section.locator('h2').getAttribute('id')).toBe(category.id);
      // Bases in force (and institutional policy) are listed; lapsed provisions appear as history.
      const lapsed = category.legalBasis.filter(
        (basis) => isProvisionCitation(basis) && legalStatusOn(findProvision(basis.provision)!, today()) === 'ended',
      );
      expect(await section.locator('.legal-basis > li').count()).toBe(category.legalBasis.length - lapsed.length);
      for (const basis of category.legalBasis) {
        if (!isProvisionCitation(basis)) continue;
        const where = lapsed.includes(basis) ? '[data-legal-history]' : '.legal-basis';
        expect(await section.locator(where).textContent()).toContain(citeProvision(findProvision(basis.provision)!));
      }
    }
  });

  it('cites KUHP for hate speech today and shows the lapsed UU ITE article as history', async () => {
    await handbook.page.goto(handbook.baseUrl + path);
    const section = handbook.page.locator('section[data-category="sara-hate"]');
    expect(await section.locator('.legal-basis').textContent()).toContain('KUHP Pasal 300');
    expect(await section.locator('[data-legal-history]').textContent()).toContain('UU ITE Pasal 28 ayat (2)');
  });

  it('shows the screener’s own verdict beside each example, as the examples expect', async () => {
    await handbook.page.goto(handbook.baseUrl + path);
    const rows = handbook.page.locator('table.examples tbody tr');
    const count = await rows.count();
    expect(count).toBe(categories.reduce((sum, category) => sum + category.examples.length, 0));
    for (let i = 0; i < count; i++) {
      const expected = await rows.nth(i).getAttribute('data-expect');
      const verdict = await rows.nth(i).locator('[data-verdict]').getAttribute('data-verdict');
      if (expected === 'clean') expect(['publish', 'allow']).toContain(verdict);
      else expect(['publish', 'allow']).not.toContain(verdict);
    }
  });
});

describe('screening tool', () => {
  it('marks findings as the user types, with no request leaving the page', async () => {
    const outside = handbook.recordOutsideRequests();
    await handbook.page.goto(`${handbook.baseUrl}/en/screen-tool/`);
    await handbook.page.locator('[data-input]').fill('Great, 𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 today! call 0812-3456-7890');
    await handbook.page.locator('[data-findings] li[data-category="gambling"]').waitFor();
    expect(await handbook.page.locator('[data-preview] mark').allTextContents()).toEqual(['𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑', '0812-3456-7890']);
    // Colour, icon and words together: the words alone must carry the verdict.
    const verdict = handbook.page.locator('.screen-tool [data-verdict]');
    expect(await verdict.locator('[data-verdict-words]').textContent()).toBe('Verdict: do not publish');
    expect(await verdict.getAttribute('data-tone')).toBe('stop');
    expect(await verdict.locator('.pm-verdict-icon').textContent()).toBe('✕');
    expect(await handbook.page.locator('[data-findings] li[data-category="personal-data"]').textContent()).toContain('••••-••••-7890');

    await handbook.page.locator('input[value="comment"]').check();
    expect(await verdict.locator('[data-verdict-words]').textContent()).toBe('Verdict: hide');

    await handbook.page.locator('[data-input]').fill('Service was slow, please improve it.');
    expect(await handbook.page.locator('[data-findings] li').allTextContents()).toEqual(['No findings.']);
    expect(await verdict.getAttribute('data-tone')).toBe('ok');
    expect(outside).toEqual([]);
  });

  it('speaks Indonesian on the Indonesian page', async () => {
    await handbook.page.goto(`${handbook.baseUrl}/screen-tool/`);
    await handbook.page.locator('[data-input]').fill('Sebarkan sebelum dihapus!');
    await handbook.page.locator('[data-findings] li[data-category="hoax"]').waitFor();
    const verdict = handbook.page.locator('.screen-tool [data-verdict]');
    expect(await verdict.locator('[data-verdict-words]').textContent()).toBe('Putusan: perlu persetujuan verifikator konten');
    expect(await verdict.getAttribute('data-tone')).toBe('caution');
  });
});
