import { describe, expect, it } from 'vitest';
import { ministryExampleProfile as profile } from './profiles';
import { nationalRegions, resolveRegion } from './regions';

describe('regions', () => {
  it('ships the national list: 38 provinces and every regency and city', () => {
    expect(nationalRegions.filter((region) => region.kind === 'province')).toHaveLength(38);
    expect(nationalRegions.length).toBeGreaterThan(500);
  });

  it('prefers the profile’s dictionary, then the national list', () => {
    expect(resolveRegion('Jakarta Selatan', profile)).toMatchObject({ handle: 'jaksel', source: 'profile' });
    expect(resolveRegion('Bandung', profile)).toMatchObject({ handle: 'bandung', source: 'national' });
    expect(resolveRegion('Kabupaten Bandung', profile)).toMatchObject({ handle: 'kabupatenbandung', source: 'national' });
    expect(resolveRegion('Pulau Antah', profile)).toMatchObject({ handle: 'pulauantah', source: 'unlisted' });
  });
});
