import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { ruleLevelLabels } from '@pedoman-medsos/core';
import { agendaRules } from '@pedoman-medsos/digital-agenda';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './demo';
import { createEvaluation } from './evaluate';
import { parsePeriod } from './period';
import { renderCsvReport } from './report-csv';
import { renderHtmlReport } from './report-html';

const period = parsePeriod('2026-Q4');
const demo = generateDemo(period);
const evaluation = createEvaluation({ period, register: demo.register, profile: exampleProfiles.ministry });
for (const post of demo.posts) evaluation.addPost(post);
for (const comment of demo.comments) evaluation.addComment(comment);
const result = evaluation.finish();

describe('the demo', () => {
  it('draws the same data for the same seed, and other data for another', () => {
    expect(generateDemo(period)).toEqual(demo);
    expect(generateDemo(period, 7).posts.length).not.toBe(demo.posts.length);
  });

  it('puts the silent account last and the good unit first in its own order', () => {
    expect(result.units[0]?.unit).toBe('KPKNL Kendari');
    expect(result.units.at(-1)?.unit).toBe('KPKNL Bandung');
  });
});

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(result, { lang: 'id', generated: true });

  it('is one self-contained file: no script, style, image or font from elsewhere', () => {
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('marks generated data, and shows every unit with its charts, worst first', () => {
    expect(html).toContain('DATA BUATAN');
    for (const [index, unit] of result.units.entries()) expect(html).toContain(`id="unit-${index}"><h2>${unit.unit}`);
    expect(html.match(/<svg/g)?.length).toBe(result.units.length * 3);
  });

  it('shows how the purposes were read, and each finding with its rule’s level and title', () => {
    expect(html).toContain('Cara tujuan unggahan dibaca');
    expect(html).toMatch(/<ul class="readings"><li>[^<]+: “[^”]+” ×\d+/);
    const cadence = agendaRules.find((rule) => rule.id === 'agenda.cadence')!;
    expect(html).toContain(
      `<li data-rule="agenda.cadence">@kpknlkendari: <strong>${ruleLevelLabels[cadence.level].id}</strong> · ${cadence.title.id} — `,
    );
  });

  it('speaks the language it is asked for, and escapes what the data holds', () => {
    const english = renderHtmlReport({ ...result, units: [{ ...result.units[0]!, unit: '<b>Unit & co</b>' }] }, { lang: 'en' });
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('&lt;b&gt;Unit &amp; co&lt;/b&gt;');
    expect(english).not.toContain('GENERATED DATA');
  });
});

describe('renderCsvReport', () => {
  it('gives one row per account and indicator, then the institution’s, with formulas escaped', () => {
    const rows = parse(renderCsvReport(result), { columns: true }) as Record<string, string>[];
    const accounts = result.units.reduce((total, unit) => total + unit.accounts.length, 0);
    expect(rows.length).toBe(accounts * 8 + result.institution.length);
    const dangerous = renderCsvReport({ ...result, units: [{ ...result.units[0]!, unit: '=HYPERLINK("x")' }] });
    expect(dangerous).toContain(`'=HYPERLINK`);
  });
});
