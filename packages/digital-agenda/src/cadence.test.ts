import { ConfigError } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { cadenceReport, createCadenceTally, postRecordSchema } from './cadence';

const posts = [
  ...['2026-11-02', '2026-11-04', '2026-11-09', '2026-11-11', '2026-11-16', '2026-11-18', '2026-11-23', '2026-11-25'].map((postedAt) => ({
    account: 'kpknlbogor',
    platform: 'instagram',
    postedAt,
  })),
  { account: 'kpknlbogor', platform: 'x', postedAt: '2026-11-03T09:00:00+07:00' },
  { account: 'kpknlkendari', platform: 'youtube', postedAt: '2026-09-01' },
].map((post) => postRecordSchema.parse(post));

describe('cadenceReport', () => {
  const report = cadenceReport(posts, { from: '2026-11-01', to: '2026-11-28' });
  const of = (account: string, platform: string) => report.find((entry) => entry.account === account && entry.platform === platform)!;

  it('counts posts per week and the longest gap', () => {
    expect(of('kpknlbogor', 'instagram')).toMatchObject({
      posts: 8,
      postsPerWeek: 2,
      longestGapDays: 4,
      lastPost: '2026-11-25',
      findings: [],
    });
  });

  it('judges a listed account that never posted as silent for the whole period', () => {
    const tally = createCadenceTally({ from: '2026-07-01', to: '2026-12-31' });
    tally.addAccount('kpknlbandung', 'instagram');
    const [silent] = tally.report();
    expect(silent?.posts).toBe(0);
    expect(silent?.findings.map((finding) => finding.ruleId)).toEqual(['agenda.cadence', 'account.dormant']);
  });

  it('flags an account below the platform’s minimum', () => {
    expect(of('kpknlbogor', 'x').findings.map((f) => f.ruleId)).toEqual(['agenda.cadence']);
    expect(of('kpknlkendari', 'youtube')).toMatchObject({ posts: 0 });
  });

  it('counts dormancy from the last post, even before the period, with the one shared limit (more than 90 days)', () => {
    const at = (to: string) => cadenceReport(posts, { from: '2026-11-01', to }).find((entry) => entry.account === 'kpknlkendari')!;
    expect(at('2026-11-30').findings.map((f) => f.ruleId)).not.toContain('account.dormant'); // 90 days
    const dormant = at('2026-12-01').findings.find((f) => f.ruleId === 'account.dormant'); // 91 days
    expect(dormant?.message.en).toBe('kpknlkendari (YouTube): 91 days without a post (limit 90).');
  });
});

describe('cadence input', () => {
  it('reads the times exports write, with or without seconds and offset, and refuses impossible ones', () => {
    const read = (postedAt: string) => postRecordSchema.safeParse({ account: 'a', platform: 'x', postedAt }).success;
    expect(['2026-11-02', '2026-11-02T09:30', '2026-11-02T09:30+07:00', '2026-11-02T09:30:15Z'].map(read)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['2026-02-30', '2026-02-28T24:00+07:00', '02/11/2026'].map(read)).toEqual([false, false, false]);
  });

  it('refuses a reversed period or a date that does not exist, saying which', () => {
    expect(() => cadenceReport([], { from: '2026-03-28', to: '2026-03-01' })).toThrow(ConfigError);
    expect(() => createCadenceTally({ from: '2026-02-30', to: '2026-03-01' })).toThrow(/February 2026 has only 28 days/);
  });
});
