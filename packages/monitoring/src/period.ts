import { ConfigError, type IsoDate, parseIsoDate, quoteValue } from '@pedoman-medsos/core';

/** The period an evaluation covers, both days included, with the label it was given. */
export interface Period {
  label: string;
  from: IsoDate;
  to: IsoDate;
}

const pad = (value: number) => String(value).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a period as Humas writes it: a quarter `2026-Q4`, a month `2026-11`, a year `2026`, or two
 * dates `2026-10-01..2026-12-31`. Anything else is a `ConfigError` listing the forms.
 */
export function parsePeriod(text: string): Period {
  const value = String(text ?? '').trim();
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (quarter) {
    const year = Number(quarter[1]);
    const last = Number(quarter[2]) * 3;
    return { label: value.toUpperCase(), from: `${year}-${pad(last - 2)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (month) {
    const year = Number(month[1]);
    const number = Number(month[2]);
    return { label: value, from: `${year}-${pad(number)}-01`, to: `${year}-${pad(number)}-${pad(lastDay(year, number))}` };
  }
  if (/^\d{4}$/.test(value)) return { label: value, from: `${value}-01-01`, to: `${value}-12-31` };
  const range = /^(.+)\.\.(.+)$/.exec(value);
  if (range) {
    const from = parseIsoDate(range[1]?.trim(), { name: { id: 'Awal periode', en: 'The start of the period' } });
    const to = parseIsoDate(range[2]?.trim(), { name: { id: 'Akhir periode', en: 'The end of the period' } });
    if (!from.ok) throw new ConfigError(from.problem);
    if (!to.ok) throw new ConfigError(to.problem);
    if (from.value > to.value) {
      throw new ConfigError({
        id: `Periode terbalik: ${from.value} jatuh setelah ${to.value}; tukar keduanya.`,
        en: `The period is reversed: ${from.value} comes after ${to.value}; swap them.`,
      });
    }
    return { label: value, from: from.value, to: to.value };
  }
  throw new ConfigError({
    id: `Periode ${quoteValue(value)} tidak dapat dibaca. Tulis triwulan (2026-Q4), bulan (2026-11), tahun (2026), atau dua tanggal (2026-10-01..2026-12-31).`,
    en: `The period ${quoteValue(value)} cannot be read. Write a quarter (2026-Q4), a month (2026-11), a year (2026) or two dates (2026-10-01..2026-12-31).`,
  });
}
