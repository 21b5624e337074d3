import { citeProvision, findProvision, isProvisionCitation, legalStatusOn, ruleLevelLabels, today } from '@pedoman-medsos/core';
import { issuingInstrument } from '@pedoman-medsos/governance';
import { categories, categoryIdOf, screen, stepLabels, verdictLabels } from '@pedoman-medsos/prohibited-content';
import { describe, expect, it } from 'vitest';
import { verdictLegend } from '../src/verdict-legend';
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
      // A category with tiers shows the milder tier's actions too, in the one <dd> of "Tindakan".
      expect(await section.locator('[data-actions-tier="mild"]').count()).toBe(category.tiers ? 1 : 0);
      expect(await section.locator('dl.rule-meta > dd[data-actions] [data-actions-tier="mild"]').count()).toBe(category.tiers ? 1 : 0);
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

describe.each([
  ['id', '/prohibited-content/'],
  ['en', '/en/prohibited-content/'],
] as const)('prohibited-content page as staff read it (%s)', (lang, path) => {
  it('pairs every <dt> of a rule block with one <dd> in the right-hand column', async () => {
    await handbook.page.setViewportSize({ width: 1366, height: 800 });
    await handbook.page.goto(handbook.url(path));
    const columns = await handbook.page.locator('section.category dl.rule-meta').evaluateAll((lists) =>
      lists.map((list) => {
        const children = [...list.children];
        const left = (tag: string) =>
          new Set(children.filter((child) => child.tagName === tag).map((child) => Math.round(child.getBoundingClientRect().left)));
        return { dt: [...left('DT')], dd: [...left('DD')], pairs: children.map((child) => child.tagName).join(' ') };
      }),
    );
    for (const column of columns) {
      expect(column.dt.length).toBe(1);
      expect(column.dd.length).toBe(1);
      expect(column.dd[0]!).toBeGreaterThan(column.dt[0]!);
      expect(column.pairs).toMatch(/^(DT DD ?)+$/);
    }
  });

  it('explains each verdict for the admin, in the package’s words', async () => {
    await handbook.page.goto(handbook.url(path));
    const legend = handbook.page.locator('main [data-verdict-legend]');
    expect(await legend.count()).toBe(1);
    for (const { verdict, meaning } of verdictLegend) {
      const item = legend.locator(`[data-legend-verdict="${verdict}"]`);
      expect((await item.locator('dt').textContent())?.trim()).toContain(verdictLabels[verdict][lang]);
      expect(await item.locator('dd').textContent()).toBe(meaning[lang]);
    }
  });

  it('says in the action line where weaker evidence lowers the action, as the examples show', async () => {
    await handbook.page.goto(handbook.url(path));
    const gambling = handbook.page.locator('section[data-category="gambling"] [data-actions-weaker]');
    expect(await gambling.textContent()).toContain(verdictLabels.hold[lang]);
    expect(await gambling.textContent()).toContain(verdictLabels['needs-approval'][lang]);
    // The ALEXIS17 example, held: the table agrees with the line.
    const held = handbook.page.locator('section[data-category="gambling"] table.examples tr', { hasText: 'ALEXIS17' });
    expect(await held.locator('[data-verdict]').getAttribute('data-verdict')).toBe('hold');
    // Where nothing lowers the action, the line says nothing of it.
    expect(await handbook.page.locator('section[data-category="classified"] [data-actions-weaker]').count()).toBe(0);
  });

  it('never says "not yet in force" alone where the law behind a category is in force', async () => {
    await handbook.page.goto(handbook.url(path));
    const pedomanUpcoming = today() < issuingInstrument.inForceFrom;
    for (const category of categories) {
      const lawInForce = category.legalBasis.some(
        (basis) => isProvisionCitation(basis) && legalStatusOn(findProvision(basis.provision)!, today()) === 'in-force',
      );
      const line =
        (await handbook.page.locator(`section[data-category="${categoryIdOf(category)}"] dd[data-effective-from]`).textContent()) ?? '';
      if (pedomanUpcoming && lawInForce) {
        expect(line, category.id).not.toContain(lang === 'en' ? 'not yet in force' : 'belum berlaku');
        expect(line, category.id).toContain(lang === 'en' ? 'already in force' : 'sudah berlaku');
      }
    }
  });

  it('keeps the contested-law note collapsed, with its one-line mark in view', async () => {
    await handbook.page.setViewportSize({ width: 1366, height: 800 });
    await handbook.page.goto(handbook.url(path));
    const note = handbook.page.locator('section[data-category="gambling"] details[data-contested]');
    expect(await note.count()).toBeGreaterThan(0);
    expect(await note.first().getAttribute('open')).toBeNull();
    expect(await note.first().locator('summary').isVisible()).toBe(true);
    expect(await note.first().locator('summary').textContent()).toContain(lang === 'en' ? 'Contested' : 'Diperdebatkan');
    expect(await note.first().locator('p').isVisible()).toBe(false);
  });

  it('stacks the examples on a phone, each note in view', async () => {
    await handbook.page.setViewportSize({ width: 390, height: 800 });
    await handbook.page.goto(handbook.url(path));
    const tables = handbook.page.locator('table.examples');
    for (let i = 0; i < (await tables.count()); i++) {
      expect(await tables.nth(i).evaluate((table) => table.scrollWidth <= table.clientWidth + 1)).toBe(true);
    }
    const notes = await handbook.page
      .locator('table.examples td:last-child')
      .evaluateAll((cells) =>
        cells.map((cell) => ({ right: cell.getBoundingClientRect().right, label: getComputedStyle(cell, '::before').content })),
      );
    for (const note of notes) {
      expect(note.right).toBeLessThanOrEqual(390);
      expect(note.label).toContain(lang === 'en' ? 'Note' : 'Keterangan');
    }
    await handbook.page.setViewportSize({ width: 1366, height: 800 });
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
    expect(await verdict.locator('[data-verdict-words]').textContent()).toBe('Hasil: perlu persetujuan verifikator konten');
    expect(await verdict.getAttribute('data-tone')).toBe('caution');
  });

  it('shows each finding’s own action beside its level badge, what to do, its category and legal basis', async () => {
    const text = 'Sebarkan sebelum dihapus!';
    const [expected] = screen(text, { mode: 'draft' }).findings;
    await handbook.page.goto(handbook.url('/screen-tool/'));
    await handbook.page.locator('[data-input]').fill(text);
    const finding = handbook.page.locator('[data-findings] li[data-category="hoax"]');
    await finding.waitFor();
    const hoax = categories.find((category) => categoryIdOf(category) === 'hoax')!;
    // The same coloured badge as the category page, then the finding's own effect (the verdict's words).
    const badge = finding.locator('.finding-headline .rule-level');
    expect(await badge.getAttribute('data-level')).toBe(hoax.level);
    expect((await badge.textContent())?.toLowerCase()).toContain(ruleLevelLabels[hoax.level].id.toLowerCase());
    expect(await badge.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const action = finding.locator('.finding-action');
    expect(await action.textContent()).toContain(verdictLabels[expected!.action].id);
    expect(await action.getAttribute('data-tone')).toBe('caution');
    // The category heading links to the category's section.
    expect(await finding.locator('a.finding-title').getAttribute('href')).toBe(`/prohibited-content/#${hoax.id}`);
    expect(await finding.locator('.finding-todo').textContent()).toContain(expected!.suggestion!.message.id);
    const legal = (await finding.locator('.finding-legal').textContent()) ?? '';
    for (const id of expected!.legalBasis ?? []) expect(legal).toContain(citeProvision(findProvision(id)!));
    // Technical details: collapsed, steps in Indonesian.
    const details = finding.locator('details.technical-details');
    expect(await details.getAttribute('open')).toBeNull();
    expect(await details.textContent()).toContain(hoax.id);
    expect(await details.textContent()).toContain(stepLabels['case-fold'].id);
    expect(await details.textContent()).not.toContain('case-fold');
  });

  it('links the category in English on the English page', async () => {
    await handbook.page.goto(handbook.url('/en/screen-tool/'));
    await handbook.page.locator('[data-input]').fill('𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑');
    const finding = handbook.page.locator('[data-findings] li[data-category="gambling"]');
    await finding.waitFor();
    expect(await finding.locator('a.finding-title').getAttribute('href')).toBe('/en/prohibited-content/#content.gambling');
    expect(await finding.locator('.finding-action').textContent()).toContain(verdictLabels.block.en);
    expect(await finding.locator('details.technical-details').textContent()).toContain(stepLabels.compatibility.en);
  });

  it('groups the same finding repeated into one item with its count', async () => {
    await handbook.page.goto(handbook.url('/screen-tool/'));
    await handbook.page.locator('input[value="comment"]').check();
    await handbook.page.locator('[data-input]').fill('slot gacor '.repeat(300));
    const items = handbook.page.locator('[data-findings] > li[data-category="gambling"]');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await items.locator('.finding-count').textContent()).toBe('×300');
    // The marks in the text stay one per place.
    expect(await handbook.page.locator('[data-preview] mark').count()).toBe(300);
  });

  it('does not report the unit’s own service number as personal data once it is given', async () => {
    await handbook.page.goto(handbook.url('/screen-tool/'));
    // The example number beside the field is marked as an example.
    expect(await handbook.page.locator('.screen-tool .hint [data-example-mark]').textContent()).toBe('CONTOH');
    await handbook.page.locator('[data-input]').fill('Info layanan: WA 0811-2233-4455 (resmi).');
    await handbook.page.locator('[data-findings] li[data-category="personal-data"]').waitFor();
    await handbook.page.locator('[data-contacts]').fill('0800-1-500-200, 0811 2233 4455');
    await handbook.page.locator('[data-findings] li', { hasText: 'Tidak ada temuan.' }).waitFor();
    expect(await handbook.page.locator('.screen-tool [data-verdict]').getAttribute('data-verdict')).toBe('publish');
    await handbook.page.locator('[data-contacts]').fill('');
    await handbook.page.locator('[data-findings] li[data-category="personal-data"]').waitFor();
  });

  it('has a table of contents beyond the overview, and the verdicts explained', async () => {
    for (const path of ['/screen-tool/', '/en/screen-tool/']) {
      await handbook.page.setViewportSize({ width: 1366, height: 800 });
      await handbook.page.goto(handbook.url(path));
      expect(await handbook.page.locator('starlight-toc a').count(), path).toBeGreaterThan(2);
      expect(await handbook.page.locator('main [data-verdict-legend] [data-legend-verdict]').count(), path).toBe(verdictLegend.length);
    }
  });
});
