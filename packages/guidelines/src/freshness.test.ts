import { describe, expect, it } from 'vitest';
import { freshnessReport } from './freshness';

describe('freshnessReport', () => {
  it('lists what expires within 90 days of 2 December 2026, soonest first', () => {
    const items = freshnessReport({ asOf: '2026-12-02' });
    const campaigns = items.filter((item) => item.kind === 'campaign').map((item) => item.subject.en);
    expect(campaigns).toContain('jaga-aset-negara-2026 (2026-01-01 – 2026-12-31)');
    expect(campaigns.some((subject) => subject.startsWith('hari-oeang-2026'))).toBe(false); // ended: history
    expect(items.map((item) => item.date)).toEqual([...items.map((item) => item.date)].sort());
    expect(items.every((item) => item.state === 'expiring')).toBe(true);
  });

  it('warns 90 days before the holiday calendar runs out, and calls it expired after', () => {
    const calendar = (asOf: string) => freshnessReport({ asOf }).find((item) => item.kind === 'holiday-calendar');
    expect(calendar('2027-09-01')).toBeUndefined();
    expect(calendar('2027-10-02')).toMatchObject({ state: 'expiring', date: '2027-12-31' });
    expect(calendar('2028-01-01')).toMatchObject({ state: 'expired' });
  });

  it('lists a platform figure once it has not been read in its source for the policy age', () => {
    const stale = freshnessReport({ asOf: '2027-06-01', horizonDays: 0, maxFigureAgeDays: 180 }).filter(
      (item) => item.kind === 'platform-figure',
    );
    expect(stale.some((item) => item.subject.en.startsWith('platforms[instagram].handle.maxLength (read 2026-11-22)'))).toBe(true);
    expect(stale.some((item) => item.subject.id.startsWith('platforms[instagram].handle.maxLength (dibaca 2026-11-22)'))).toBe(true);
    expect(stale.every((item) => item.state === 'expired')).toBe(true);
    expect(stale.some((item) => item.file === 'packages/digital-agenda/data/agenda.yaml')).toBe(true);
  });
});
