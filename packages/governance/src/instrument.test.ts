import { describe, expect, it } from 'vitest';
import { citeInstrument, isExampleInstrument, issuingInstrument } from './instrument';
import { issuingInstrumentSchema } from './schema/instrument';

describe('the issuing instrument', () => {
  it('is an example until an institution issues its own', () => {
    expect(isExampleInstrument()).toBe(issuingInstrument.status === 'example');
    expect(citeInstrument().id).toMatch(/^Peraturan Menteri Nomor .+ tentang Pedoman/);
  });

  it('refuses an issued instrument without its signatory, or in force before it was set', () => {
    const issued = { ...issuingInstrument, status: 'issued' as const, inForceFrom: '2027-01-01', setOn: '2027-01-04' };
    const paths = issuingInstrumentSchema.safeParse(issued).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['signatory.name', 'inForceFrom']);
  });
});
