import { describe, expect, it } from 'vitest';
import { cadenceReport, postRecordSchema } from './cadence';

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
