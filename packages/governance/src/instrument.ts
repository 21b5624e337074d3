import { issuingInstrument } from './generated/instrument';
import type { IssuingInstrument } from './schema/instrument';

export { issuingInstrument };

/** Whether the frame is still the example: every rendering then marks it CONTOH / EXAMPLE. */
export function isExampleInstrument(instrument: IssuingInstrument = issuingInstrument): boolean {
  return instrument.status === 'example';
}

/** The instrument cited in one line, as the opening of a pedoman does: "Peraturan Menteri Nomor 0 Tahun 2027 tentang …" / "Ministerial Regulation No. 0 of 2027 on …". */
export function citeInstrument(instrument: IssuingInstrument = issuingInstrument): { id: string; en: string } {
  return {
    id: `${instrument.kind.id} Nomor ${instrument.number} Tahun ${instrument.year} tentang ${instrument.title.id}`,
    en: `${instrument.kind.en} No. ${instrument.number} of ${instrument.year} on ${instrument.title.en}`,
  };
}
