import { localizedMessageOf } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { ministryExampleProfile } from '../profiles';
import { institutionProfileSchema } from './profile';

describe('institutionProfileSchema', () => {
  it('accepts the example profiles', () => {
    expect(institutionProfileSchema.safeParse(ministryExampleProfile).success).toBe(true);
  });

  it('refuses one abbreviation for two unit kinds', () => {
    const profile = structuredClone(ministryExampleProfile);
    profile.unitKinds[1]!.abbreviation = 'kpknl';
    const issue = institutionProfileSchema.safeParse(profile).error?.issues[0];
    expect(issue?.path).toEqual(['unitKinds', 1, 'abbreviation']);
    expect(localizedMessageOf(issue!)?.en).toContain('"kpknl" is already used by unit kind "kpknl"');
  });

  it('refuses a regional unit whose pattern has no region', () => {
    const profile = structuredClone(ministryExampleProfile);
    profile.unitKinds[0]!.pattern = '{unit}';
    expect(institutionProfileSchema.safeParse(profile).error?.issues[0]?.path).toEqual(['unitKinds', 0, 'pattern']);
  });
});
