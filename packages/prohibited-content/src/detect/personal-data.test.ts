import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, isPlausibleNik } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('findPersonalData', () => {
  it('finds a NIK, for men and for women (day + 40)', () => {
    expect(kinds('NIK saya 3273011507890002')).toEqual([['nik', '3273011507890002']]);
    expect(kinds('nik: 3273015507890002.')).toEqual([['nik', '3273015507890002']]);
  });

  it('ignores 16 digits that cannot be a NIK', () => {
    expect(isPlausibleNik('0073011507890002')).toBe(false); // province 00
    expect(isPlausibleNik('3273013507890002')).toBe(false); // day 35
    expect(isPlausibleNik('3273011513890002')).toBe(false); // month 13
    expect(isPlausibleNik('3273011507890000')).toBe(false); // serial 0000
    expect(kinds('nomor rekening 1234567890123456')).toEqual([]);
  });

  it('takes a number labelled NIK or NPWP as one, even when its digits are not a real one', () => {
    expect(kinds('NIK saya 3201234567890123')).toEqual([['nik', '3201234567890123']]);
    expect(kinds('No. KTP: 1111 2222 3333 4444')).toEqual([['nik', '1111 2222 3333 4444']]);
    expect(kinds('npwp bapak 123456789012345')).toEqual([['npwp', '123456789012345']]);
    // Not a label: a word that ends in the same letters, or a label far before the number.
    expect(kinds('teknik 3201234567890123')).toEqual([]);
    expect(kinds('NIK sudah saya kirim lewat pesan; nomor antrean 3201234567890123')).toEqual([]);
  });

  it('finds a home address by its RT and RW, with the street before them', () => {
    expect(kinds('Rumah saya di Jl. Melati No. 5 RT 03/RW 02, Kel. Sukajadi')).toEqual([['address', 'Jl. Melati No. 5 RT 03/RW 02']]);
    expect(kinds('alamat: Gg. Mawar 2 RT.003 RW.012 Banjarmasin')).toEqual([['address', 'Gg. Mawar 2 RT.003 RW.012']]);
    expect(kinds('warga RT 3 RW 5 diundang')).toEqual([['address', 'RT 3 RW 5']]);
    expect(findPersonalData('Jl. Melati No. 5 RT 03/RW 02')[0]!.redacted).toBe('Jl. Melati No. • RT ••/RW ••');
    // An office or a venue by its street is no home address.
    expect(kinds('Kantor kami di Jl. Pramuka No. 7, Banjarmasin')).toEqual([]);
    expect(kinds('Acara di Gedung Keuangan Negara, Jl. Pangeran Antasari 2')).toEqual([]);
  });

  it.each(['0812-3456-7890', '+62 812 3456 7890', '6281234567890', '081234567890', '(021) 5551234'.replace(/[()]/g, '')])(
    'finds the phone number %s',
    (phone) => {
      expect(kinds(`hubungi ${phone} ya`)).toEqual([['phone', phone]]);
    },
  );

  it('finds NPWP in both forms and e-mail addresses', () => {
    expect(kinds('NPWP 01.234.567.8-901.000')).toEqual([['npwp', '01.234.567.8-901.000']]);
    expect(kinds('kirim ke budi.santoso@contoh.go.id sekarang')).toEqual([['email', 'budi.santoso@contoh.go.id']]);
  });

  it('leaves times, years, amounts and codes alone', () => {
    expect(kinds('Buka pukul 08.00–16.00 sejak 2024, biaya Rp50.000, kode ND-12/2026')).toEqual([]);
  });

  it('suggests a redacted form that keeps only the last four digits', () => {
    expect(findPersonalData('0812-3456-7890')[0]?.redacted).toBe('••••-••••-7890');
    expect(findPersonalData('b@x.id')[0]?.redacted).toBe('b•••@x.id');
  });

  it('never throws and only returns spans inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('0', '8', '1', '6', '2', '+', ' ', '-', '.', '@', 'a', 'é', '𝟖'), maxLength: 120 }),
        (text) => {
          for (const hit of findPersonalData(text)) {
            expect(hit.start).toBeGreaterThanOrEqual(0);
            expect(hit.end).toBeLessThanOrEqual(text.length);
            expect(hit.end).toBeGreaterThan(hit.start);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds exactly the addresses the e-mail pattern matches, for any text', () => {
    // The reference: the single regex the detector replaced (it was slow on long texts, not wrong).
    const reference =
      /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}])/gu;
    const emails = (text: string) =>
      findPersonalData(text)
        .filter((hit) => hit.kind === 'email')
        .map((hit) => [hit.start, hit.end]);
    fc.assert(
      fc.property(
        // Whole addresses among the pieces, so that addresses touch, overlap and run long.
        fc.array(fc.constantFrom('a', 'b', '.', '@', 'id', '-', '_', '1', ' ', 'é', '𝐀', 'x'.repeat(63), 'a@b.id', 'c@𝐀é.co'), {
          maxLength: 60,
        }),
        (parts) => {
          const text = parts.join('');
          const expected = [...text.matchAll(reference)].map((match) => [match.index, match.index + match[0].length]);
          expect(emails(text)).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('redacts an address to its first character and its domain', () => {
    expect(findPersonalData('tulis ke 𝐀dmin@contoh.go.id')[0]?.redacted).toBe('𝐀•••@contoh.go.id');
  });
});
