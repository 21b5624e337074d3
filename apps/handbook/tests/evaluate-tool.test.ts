import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { createEvaluation, type FileProblem, parsePeriod, renderCsvReport } from '@pedoman-medsos/monitoring';
import { feedFolder, readRegister } from '@pedoman-medsos/monitoring/node';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

const files = {
  'accounts.csv': 'unit,platform,handle\nKPKNL Bandung,instagram,kpknlbandung\nKPKNL Bogor,x,kpknlbogor\n',
  'posts.csv':
    'platform,account,id,published_at,text,type\ninstagram,kpknlbandung,1,2026-12-01T09:00+07:00,Tahukah kamu? Tips lelang #JagaAsetNegara,IG reel\ninstagram,kpknlbandung,2,2026-12-02T10:00+07:00,Menghadiri upacara,IG image\nx,kpknlbogor,3,kemarin,x,post\n',
  'comments.jsonl': [
    {
      platform: 'instagram',
      account: 'kpknlbandung',
      id: 'c1',
      received_at: '2026-12-04T15:00+07:00',
      text: 'Kapan buka?',
      replied_at: '2026-12-07T09:00+07:00',
    },
    { platform: 'instagram', account: 'kpknlbandung', id: 'c2', received_at: '2026-12-01T09:00+07:00', text: 'Bagaimana syaratnya?' },
  ]
    .map((row) => JSON.stringify(row))
    .join('\n'),
};

/** What `pedoman evaluate DIR --period 2026-12` computes from the same files (the CLI's own path). */
async function cliCsv(dir: string): Promise<string> {
  const problems: FileProblem[] = [];
  const evaluation = createEvaluation({
    period: parsePeriod('2026-12'),
    register: await readRegister(dir, problems),
    profile: exampleProfiles.ministry,
  });
  await feedFolder(dir, evaluation, problems);
  return renderCsvReport(evaluation.finish());
}

describe('account evaluation tool', () => {
  it('gives the same figures as the CLI on the same files, computed in the page with nothing sent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'monev-tool-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const outside = handbook.recordOutsideRequests();
    const page = handbook.page;
    await page.goto(handbook.url('/en/evaluate-tool/'));
    await page.locator('[data-file="register"]').setInputFiles(join(dir, 'accounts.csv'));
    await page.locator('[data-file="posts"]').setInputFiles(join(dir, 'posts.csv'));
    await page.locator('[data-file="comments"]').setInputFiles(join(dir, 'comments.jsonl'));
    await page.locator('[data-period]').fill('2026-12');
    await page.locator('[data-run]').click();
    await page.locator('[data-evaluate-tool] [data-verdict][data-tone="ok"]').waitFor();
    expect(await page.locator('[data-problems] li').allTextContents()).toEqual([expect.stringMatching(/^posts\.csv:4: published_at: /)]);
    const csv = await page.locator('[data-download-csv]').evaluate(async (link) => (await fetch((link as HTMLAnchorElement).href)).text());
    expect(csv).toBe(await cliCsv(dir));
    expect(await page.frameLocator('[data-report]').locator('h1').textContent()).toBe(
      'Monitoring and evaluation of the official social-media accounts',
    );
    expect(outside).toEqual([]);
  });

  it('says what to choose first, and marks generated data as such', async () => {
    const page = handbook.page;
    await page.goto(handbook.url('/evaluate-tool/'));
    await page.locator('[data-run]').click();
    await page.locator('[data-evaluate-tool] [data-verdict][data-tone="stop"]', { hasText: 'accounts.csv' }).waitFor();
    await page.locator('[data-period]').fill('2026-Q4');
    await page.locator('[data-demo]').click();
    await page.frameLocator('[data-report]').locator('[data-generated]', { hasText: 'DATA BUATAN' }).waitFor();
  });
});
