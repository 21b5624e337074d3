import { describe, expect, it } from 'vitest';
import { findClassificationMarks } from './classification-marks';

const levels = (text: string) => findClassificationMarks(text).map((mark) => [mark.level, text.slice(mark.start, mark.end)]);

describe('findClassificationMarks', () => {
  it('finds marks used as a document header', () => {
    expect(levels('SANGAT RAHASIA\nNota Dinas')).toEqual([['sangat-rahasia', 'SANGAT RAHASIA']]);
    expect(levels('Isi surat\n== TERBATAS ==\n')).toEqual([['terbatas', 'TERBATAS']]);
  });

  it('finds the status field of a letter', () => {
    expect(levels('Nomor: 12/2026\nSifat : Rahasia\nLampiran: -')).toEqual([['rahasia', 'Rahasia']]);
    expect(levels('Klasifikasi: SR')).toEqual([['sangat-rahasia', 'SR']]);
  });

  it('ignores the ordinary word', () => {
    expect(levels('Rahasia sukses UMKM')).toEqual([]);
    expect(levels('Ini bukan rahasia lagi: layanan kami terbatas pada hari kerja.')).toEqual([]);
    expect(levels('Sifat: Biasa')).toEqual([]);
  });
});
