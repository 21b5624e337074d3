import {
  citeInstrument,
  closing,
  definitions,
  introduction,
  isExampleInstrument,
  issuingInstrument,
  monitoring,
  procedures,
  sanctions,
  scope,
} from '@pedoman-medsos/governance';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();
const text = async (selector: string) => (await handbook.page.locator(selector).allTextContents()).join(' ').replace(/\s+/g, ' ');
const main = 'main .sl-markdown-content';

describe.each([
  ['id', '', 'CONTOH'],
  ['en', '/en', 'EXAMPLE'],
] as const)('the frame of the pedoman (%s)', (lang, prefix, mark) => {
  it('opens with the issuing instrument, marked as an example while it is one', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/introduction/`));
    const banner = handbook.page.locator('[data-example-banner]');
    expect(await banner.count()).toBe(isExampleInstrument() ? 1 : 0);
    if (isExampleInstrument()) expect(await banner.textContent()).toContain(mark);
    expect(await handbook.page.locator('[data-instrument-status]').getAttribute('data-instrument-status')).toBe(issuingInstrument.status);
    const page = await text(main);
    expect(page).toContain(issuingInstrument.institution[lang]);
    expect(page).toContain(introduction.purpose[lang].replace(/\s+/g, ' ').trim());
    expect(await handbook.page.locator('[data-holder]').count()).toBe(scope.officialAccounts.holders.length);
  });

  it('answers on the home page who issued the pedoman and where each procedure is', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/`));
    const issuedBy = (await handbook.page.locator('[data-issued-by]').textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(issuedBy).toContain(citeInstrument()[lang]);
    if (isExampleInstrument()) expect(issuedBy).toContain(mark);
    const links = handbook.page.locator('[data-procedure-links] a');
    expect(await links.allTextContents()).toEqual(procedures.map((procedure) => procedure.title[lang]));
    expect(await links.first().getAttribute('href')).toBe(`${prefix}/procedures/#${procedures[0]?.id}`);
  });

  it('renders the personal-account chapter with each clause, its level and basis', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/asn-personal-accounts/`));
    const clauses = [...scope.personalAccounts.neutrality, ...scope.personalAccounts.confidentiality];
    for (const clause of clauses) {
      const item = handbook.page.locator(`li[data-clause="${clause.id}"]`);
      expect(await item.getAttribute('data-level')).toBe(clause.level);
      expect((await item.textContent())?.replace(/\s+/g, ' ')).toContain(clause.text[lang].replace(/\s+/g, ' ').trim());
    }
    expect(await handbook.page.locator('li[data-clause="netral"] li[data-provision="uu-20-2023/24-1-d"]').count()).toBe(1);
  });

  it('defines every term, monitors every indicator, and grades every follow-up step', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/glossary/`));
    expect(await handbook.page.locator('dt[data-term]').count()).toBe(definitions.length);
    await handbook.page.goto(handbook.url(`${prefix}/monitoring/`));
    expect(await handbook.page.locator('[data-indicator]').count()).toBe(monitoring.indicators.length);
    const routes = await handbook.page
      .locator('tr[data-report]')
      .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-by'), row.getAttribute('data-to')]));
    expect(routes).toEqual(monitoring.reports.map((report) => [report.by, report.to ?? '']));
    await handbook.page.goto(handbook.url(`${prefix}/sanctions/`));
    expect(await text('[data-principle]')).toContain(sanctions.principle[lang].replace(/\s+/g, ' ').trim());
    expect(await handbook.page.locator('[data-step]').count()).toBe(sanctions.steps.length);
    await handbook.page.goto(handbook.url(`${prefix}/closing/`));
    expect(await handbook.page.locator('li[data-clause]').count()).toBe(closing.advice.length);
    expect(await handbook.page.locator('[data-example-banner]').count()).toBe(isExampleInstrument() ? 1 : 0);
  });
});

describe('Indonesian frame pages', () => {
  it.each(['/introduction/', '/asn-personal-accounts/', '/monitoring/', '/sanctions/', '/closing/', '/glossary/'])(
    '%s carries no English text from the data',
    async (path) => {
      await handbook.page.goto(handbook.url(path));
      const page = await text(main);
      for (const english of [scope.personalAccounts.summary.en, sanctions.principle.en, monitoring.summary.en, introduction.purpose.en]) {
        expect(page).not.toContain(english.replace(/\s+/g, ' ').trim().slice(0, 60));
      }
    },
  );
});
