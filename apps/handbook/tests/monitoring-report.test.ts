import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { createEvaluation, generateDemo, parsePeriod, renderHtmlReport } from '@pedoman-medsos/monitoring';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

// The monitoring-and-evaluation report is a file Humas opens and prints: checked in the same
// Chromium as the handbook, offline (a file: address; the browser resolves no host).
const handbook = useHandbook();

function writeDemoReport(lang: 'id' | 'en'): string {
  const period = parsePeriod('2026-Q4');
  const demo = generateDemo(period);
  const evaluation = createEvaluation({ period, register: demo.register, profile: exampleProfiles.ministry });
  for (const post of demo.posts) evaluation.addPost(post);
  for (const comment of demo.comments) evaluation.addComment(comment);
  const path = join(mkdtempSync(join(tmpdir(), 'monev-report-')), `laporan.${lang}.html`);
  writeFileSync(path, renderHtmlReport(evaluation.finish(), { lang, generated: true }));
  return pathToFileURL(path).href;
}

describe.each(['id', 'en'] as const)('the evaluation report (%s)', (lang) => {
  it('opens with no script error and no request, sorts its units table, and prints', async () => {
    const page = handbook.page;
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('request', (request) => !request.url().startsWith('file:') && requests.push(request.url()));
    await page.goto(writeDemoReport(lang));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('[data-generated]').count()).toBe(1);
    const scores = () => page.locator('table.units tbody tr td:nth-child(2)').allTextContents();
    const before = (await scores()).map(Number);
    expect(before).toEqual([...before].sort((a, b) => a - b));
    await page.locator('table.units button[data-column="1"]').click();
    await page.locator('table.units button[data-column="1"]').click();
    const after = (await scores()).map(Number);
    expect(after).toEqual([...before].sort((a, b) => b - a));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });
});
