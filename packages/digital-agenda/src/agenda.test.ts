import { describe, expect, it } from 'vitest';
import { activeCampaigns } from './agenda';

describe('activeCampaigns', () => {
  it('lists the campaigns running on a date', () => {
    expect(activeCampaigns('2026-10-15').map((c) => c.id)).toEqual(['jaga-aset-negara-2026', 'apbn-uang-kita-2026', 'hari-oeang-2026']);
    expect(activeCampaigns('2026-11-22').map((c) => c.id)).toEqual(['jaga-aset-negara-2026', 'apbn-uang-kita-2026']);
    expect(activeCampaigns('2027-01-01').map((c) => c.id)).toEqual(['lapor-spt-2027']);
  });

  it('includes both the first and the last day', () => {
    expect(activeCampaigns('2026-10-01').map((c) => c.id)).toContain('hari-oeang-2026');
    expect(activeCampaigns('2026-10-31').map((c) => c.id)).toContain('hari-oeang-2026');
  });
});
