import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOfficialReferences, officialReferenceReaders, withoutReferences } from './official-references';

const read = (text: string) =>
  findOfficialReferences(text).map((reference) => [reference.kind, text.slice(reference.start, reference.end)]);

describe('findOfficialReferences', () => {
  it('reads official letter and document numbers, whatever the office codes', () => {
    expect(read('Pengumuman lelang nomor PENG-45/WKN.15/KNL.03/2026 tanggal 2 Desember 2026.')).toEqual([
      ['letter-number', 'PENG-45/WKN.15/KNL.03/2026'],
    ]);
    expect(read('Sesuai ST-12/KNL.1203/2026, petugas hadir.')).toEqual([['letter-number', 'ST-12/KNL.1203/2026']]);
    expect(read('Surat S-7/MK.1/2025 dan ND-3/PB/1999')).toEqual([
      ['letter-number', 'S-7/MK.1/2025'],
      ['letter-number', 'ND-3/PB/1999'],
    ]);
  });

  it('reads citations of regulations in their usual forms', () => {
    expect(read('berdasarkan PMK 113/PMK.06/2019 tentang lelang')).toEqual([['regulation', 'PMK 113/PMK.06/2019']]);
    expect(read('PP Nomor 94 Tahun 2021 dan UU No. 27 Tahun 2022')).toEqual([
      ['regulation', 'PP Nomor 94 Tahun 2021'],
      ['regulation', 'UU No. 27 Tahun 2022'],
    ]);
    expect(read('Perpres 95/2018 dan Peraturan Menteri Keuangan Nomor 122 Tahun 2023')).toEqual([
      ['regulation', 'Perpres 95/2018'],
      ['regulation', 'Peraturan Menteri Keuangan Nomor 122 Tahun 2023'],
    ]);
  });

  it('reads dates written in numbers', () => {
    expect(read('wd 2/3/2026 lancar, batas 31-12-2026')).toEqual([
      ['date', '2/3/2026'],
      ['date', '31-12-2026'],
    ]);
  });

  it('reads event hashtags with a year or an anniversary number', () => {
    expect(read('Meriahkan #HUTRI80 dan #HariPajak2026, #HUT79Kemenkeu, #dirgahayu81')).toEqual([
      ['event-hashtag', '#HUTRI80'],
      ['event-hashtag', '#HariPajak2026'],
      ['event-hashtag', '#HUT79Kemenkeu'],
      ['event-hashtag', '#dirgahayu81'],
    ]);
    expect(read('Semangat #SumpahPemuda98 dan #Bhayangkara80')).toEqual([
      ['event-hashtag', '#SumpahPemuda98'],
      ['event-hashtag', '#Bhayangkara80'],
    ]);
  });

  it('reads office and work-unit codes written with a dot', () => {
    expect(read('Kode satker KNL.1203 melayani lelang.')).toEqual([['office-code', 'KNL.1203']]);
    expect(read('Kanwil WKN.15 dan PB.1.2')).toEqual([
      ['office-code', 'WKN.15'],
      ['office-code', 'PB.1.2'],
    ]);
    // A brand name is longer, or glued to its number; a decimal has no capitals.
    for (const text of ['ALEXIS.17 gacor', 'WETON88', 'harga 1.5 juta', 'KNL.1203abc']) expect(read(text), text).toEqual([]);
  });

  it('does not read the shapes of gambling brands as official references', () => {
    for (const text of ['SLOT77 gacor', '#gacor2025 maxwin', '#SLOT88', 'alexis17 login', 'pp 88 gacor', 'slot/88/2025']) {
      expect(read(text), text).toEqual([]);
    }
  });

  it('property: references lie inside the text, in order, without overlaps; masking keeps the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 120 }), fc.string({ maxLength: 40 }), (noise, more) => {
        const text = `${noise} PMK 113/PMK.06/2019 ${more} #HUTRI80 ST-12/KNL.1203/2026`;
        const references = findOfficialReferences(text);
        let previousEnd = 0;
        for (const reference of references) {
          expect(reference.start).toBeGreaterThanOrEqual(previousEnd);
          expect(reference.end).toBeGreaterThan(reference.start);
          expect(reference.end).toBeLessThanOrEqual(text.length);
          previousEnd = reference.end;
        }
        const masked = withoutReferences(text, references);
        expect(masked.length).toBe(text.length);
        for (const reference of references) expect(masked.slice(reference.start, reference.end).trim()).toBe('');
      }),
    );
  });

  it("property: a reader's cheap test passes every text its pattern matches", () => {
    const pieces = [
      'PMK',
      'Perpres',
      'Peraturan Menteri Keuangan',
      'Surat Edaran',
      'Nomor',
      'No.',
      'Tahun',
      'UU',
      'SE-12',
      '#',
      'HUT',
      'Hari',
      'Pajak',
    ];
    const piece = fc.oneof(
      fc.constantFrom(...pieces, '/', '.', '-', ' ', '2019', '2026', '1998', '12', '7', 'ST', 'KNL', 'x'),
      fc.string({ unit: 'grapheme-composite', maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        for (const { kind, pattern, mayMatch } of officialReferenceReaders) {
          pattern.lastIndex = 0;
          if (pattern.test(text)) expect(mayMatch.test(text), `${kind}: ${text}`).toBe(true);
          pattern.lastIndex = 0;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
