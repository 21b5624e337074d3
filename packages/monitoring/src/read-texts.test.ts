import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { describe, expect, it } from 'vitest';
import { createEvaluation } from './evaluate';
import type { FileProblem } from './feed-rows';
import { parsePeriod } from './period';
import { feedFolder, readRegister } from './read-folder';
import { evaluateTexts } from './read-texts';

const files = {
  'accounts.csv': 'unit,platform,handle\nKPKNL Bandung,instagram,kpknlbandung\nKPKNL Bogor,x,kpknlbogor\n',
  'posts.csv':
    'Post ID,Account username,Description,Publish time,Permalink,Post type\n1,kpknlbandung,Tahukah kamu? Tips lelang #JagaAsetNegara,12/01/2026 09:30,https://www.instagram.com/p/x/,IG reel\n2,kpknlbandung,Menghadiri upacara,12/02/2026 10:00,https://www.instagram.com/p/y/,IG image\n3,kpknlbandung,x,13/02/2026 10:00,https://www.instagram.com/p/z/,IG image\n',
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
const options = { period: parsePeriod('2026-12'), profile: exampleProfiles.ministry };

describe('evaluateTexts', () => {
  it('gives the same report and the same problems as the folder reader on the same files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'monev-texts-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const problems: FileProblem[] = [];
    const evaluation = createEvaluation({ ...options, register: await readRegister(dir, problems) });
    const counts = await feedFolder(dir, evaluation, problems);
    const fromFolder = evaluation.finish();

    const fromTexts = await evaluateTexts(
      {
        register: { name: 'accounts.csv', text: files['accounts.csv'] },
        posts: { name: 'posts.csv', text: files['posts.csv'] },
        comments: { name: 'comments.jsonl', text: files['comments.jsonl'] },
      },
      options,
    );
    expect(fromTexts.result).toEqual(fromFolder);
    expect(fromTexts.problems).toEqual(problems);
    expect(fromTexts.counts).toEqual(counts);
    expect(counts).toEqual({ posts: 2, comments: 2, postFormat: 'meta-instagram' });
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.column}`)).toEqual(['posts.csv:4: published_at']);
  });
});
