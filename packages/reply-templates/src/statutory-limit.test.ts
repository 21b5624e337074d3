import { describe, expect, it } from 'vitest';
import { procedureFile } from './data';
import { procedureFileSchema } from './schema/procedure';
import { fitsStatutoryLimit } from './statutory-limit';

describe('statutory limits of the response-time targets', () => {
  it('keeps a target within 14 calendar days even across weekends and the longest holiday run', () => {
    expect(fitsStatutoryLimit({ amount: 5, unit: 'working-days' }, { amount: 14, unit: 'days' }, 8)).toBe(true);
    expect(fitsStatutoryLimit({ amount: 6, unit: 'working-days' }, { amount: 14, unit: 'days' }, 8)).toBe(false);
    expect(fitsStatutoryLimit({ amount: 10, unit: 'working-days' }, { amount: 10, unit: 'working-days' }, 8)).toBe(true);
    expect(fitsStatutoryLimit({ amount: 81, unit: 'working-hours' }, { amount: 10, unit: 'working-days' }, 8)).toBe(false);
  });

  it('refuses a procedure whose complaint target could exceed UU 25/2009 Pasal 44(3)', () => {
    const targets = procedureFile.targets.map((target) =>
      target.category === 'service-complaint' && target.channel === 'private' ? { ...target, amount: 15 } : target,
    );
    const result = procedureFileSchema.safeParse({ ...procedureFile, targets });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('can exceed the statutory limit (14 days, uu-25-2009/44-3)');
  });

  it('gives every complaint and information-request target its statutory limit', () => {
    for (const target of procedureFile.targets) {
      if (['service-complaint', 'lapor-complaint', 'information-request'].includes(target.category)) {
        expect(target.limit, `${target.category}/${target.channel}`).toBeDefined();
      }
    }
  });
});
