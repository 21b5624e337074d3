import { describe, expect, it } from 'vitest';
import { isOfficialContact, nationalDigits } from './official-contacts';
import { findPersonalData } from './personal-data';

const official = (text: string, contacts = {}) =>
  findPersonalData(text).map((hit) => [text.slice(hit.start, hit.end), isOfficialContact(hit, text, contacts)]);

describe('isOfficialContact', () => {
  it('takes government mailboxes as the institution’s, and private mail as personal data', () => {
    expect(official('Info: kpknlbanjarmasin@kemenkeu.go.id atau budi.santoso87@gmail.com')).toEqual([
      ['kpknlbanjarmasin@kemenkeu.go.id', true],
      ['budi.santoso87@gmail.com', false],
    ]);
  });

  it('takes the configured domains and service numbers, in any form, as official', () => {
    const contacts = { emailDomains: ['bumn.example.co.id'], phones: ['0811-5000-123'] };
    expect(official('layanan@bumn.example.co.id, WA +62 811 5000 123, atau 0812-3456-7890', contacts)).toEqual([
      ['layanan@bumn.example.co.id', true],
      ['+62 811 5000 123', true],
      ['0812-3456-7890', false],
    ]);
  });

  it('takes the configured office address as official, and any other home address as personal data', () => {
    const contacts = { addresses: ['Jl. Pramuka No. 7 RT.001/RW.002, Banjarmasin'] };
    expect(official('Kantor desa: Jl. Pramuka No. 7 RT 1 RW 2. Rumah Pak Budi: Jl. Melati 5 RT 03 RW 04', contacts)).toEqual([
      ['Jl. Pramuka No. 7 RT 1 RW 2', true],
      ['Jl. Melati 5 RT 03 RW 04', false],
    ]);
  });

  it('never takes an identity or tax number as a contact', () => {
    expect(official('NIK 3273010101900001', { phones: ['3273010101900001'] })).toEqual([['3273010101900001', false]]);
  });

  it('reads +62, 62 and 0 prefixes as the same number', () => {
    expect(new Set(['+62 811-5000-123', '628115000123', '0811 5000 123'].map(nationalDigits))).toEqual(new Set(['8115000123']));
  });
});
