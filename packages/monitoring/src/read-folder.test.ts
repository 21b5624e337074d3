import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProfiles } from '@pedoman-medsos/account-naming';
import { ConfigError } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { createEvaluation } from './evaluate';
import type { FileProblem } from './feed-rows';
import { parsePeriod } from './period';
import { feedFolder, readRegister } from './read-folder';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'monev-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const accounts = 'unit,platform,handle,followers\nKPKNL Bandung,instagram,kpknlbandung,1200\n';

describe('reading an evaluation folder', () => {
  it('reads the register, keeping unknown columns out of the typed rows', async () => {
    const problems: FileProblem[] = [];
    expect(await readRegister(folder({ 'accounts.csv': accounts }), problems)).toEqual([
      { unit: 'KPKNL Bandung', platform: 'instagram', handle: 'kpknlbandung' },
    ]);
    expect(problems).toEqual([]);
  });

  it('streams posts (CSV) and comments (JSONL) into the evaluation, rows it cannot read reported at their line', async () => {
    const dir = folder({
      'accounts.csv': accounts,
      'posts.csv':
        '\uFEFFplatform,account,id,published_at,text,type,reach\ninstagram,@kpknlbandung,1,2026-12-01T09:00+07:00,Tips lelang,IG reel,50\ninstagram,kpknlbandung,2,2026-13-01T09:00+07:00,x,IG image,1\n',
      'comments.jsonl': [
        JSON.stringify({
          platform: 'instagram',
          account: 'kpknlbandung',
          id: 'c1',
          received_at: '2026-12-01T10:00+07:00',
          text: 'Kapan buka?',
          replied_at: '2026-12-01T10:30+07:00',
        }),
        '',
        'not json',
        JSON.stringify({
          platform: 'instagram',
          account: 'kpknlbandung',
          id: 'c2',
          received_at: '2026-12-01T10:00+07:00',
          text: 'ok',
          hidden: 'mungkin',
        }),
      ].join('\n'),
    });
    const problems: FileProblem[] = [];
    const evaluation = createEvaluation({
      period: parsePeriod('2026-12'),
      register: await readRegister(dir, problems),
      profile: exampleProfiles.ministry,
    });
    expect(await feedFolder(dir, evaluation, problems)).toEqual({ posts: 1, comments: 1, postFormat: 'generic' });
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.column ?? ''}`)).toEqual([
      'posts.csv:3: published_at',
      'comments.jsonl:3: ',
      'comments.jsonl:4: hidden',
    ]);
    const account = evaluation.finish().units[0]?.accounts[0];
    expect(account?.counts.posts).toBe(1);
    expect(account?.counts.replies.onTime).toBe(1);
  });

  it('reads one export per account from posts/ and comments/ subfolders, each with its own header', async () => {
    const dir = folder({ 'accounts.csv': 'unit,platform,handle\nKPKNL Bandung,instagram,kpknlbandung\nKPKNL Bogor,x,kpknlbogor\n' });
    mkdirSync(join(dir, 'posts'));
    writeFileSync(
      join(dir, 'posts', 'instagram-kpknlbandung.csv'),
      'Post ID,Account username,Description,Publish time,Permalink,Post type\n1,kpknlbandung,Tips lelang,12/01/2026 09:30,https://www.instagram.com/p/x/,IG reel\n',
    );
    writeFileSync(
      join(dir, 'posts', 'x-kpknlbogor.csv'),
      'Post id,Date,Post text,Post Link\n2000000000000000000,"Mon, Dec 1, 2026",Halo,https://x.com/kpknlbogor/status/2000000000000000000\n',
    );
    const problems: FileProblem[] = [];
    const evaluation = createEvaluation({
      period: parsePeriod('2025-12-01..2026-12-31'),
      register: await readRegister(dir, problems),
      profile: exampleProfiles.ministry,
    });
    expect(await feedFolder(dir, evaluation, problems)).toMatchObject({ posts: 2 });
    const posts = Object.fromEntries(
      evaluation
        .finish()
        .units.flatMap((unit) => unit.accounts)
        .map((account) => [account.account, account.counts.posts]),
    );
    expect(posts).toEqual({ kpknlbandung: 1, kpknlbogor: 1 });
    expect(problems).toEqual([]);
  });

  it('names the file and the missing required columns', async () => {
    const dir = folder({ 'accounts.csv': accounts, 'posts.csv': 'platform,account,id\ninstagram,kpknlbandung,1\n' });
    const evaluation = createEvaluation({ period: parsePeriod('2026-12'), register: [], profile: exampleProfiles.ministry });
    await expect(feedFolder(dir, evaluation, [])).rejects.toThrow(ConfigError);
    await expect(feedFolder(dir, evaluation, [])).rejects.toThrow(/posts\.csv:1: .*published_at/);
  });

  it('says where the register should be when it is missing', async () => {
    await expect(readRegister(folder({}), [])).rejects.toThrow(/accounts\.csv/);
  });
});
