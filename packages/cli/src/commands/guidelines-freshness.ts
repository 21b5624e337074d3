import { type IsoDate, type Locale, localize } from '@pedoman-medsos/core';
import type { FreshnessItem } from '@pedoman-medsos/guidelines';
import { formatTable } from '../format-table';

const kindLabels: Record<FreshnessItem['kind'], { id: string; en: string }> = {
  'holiday-calendar': { id: 'kalender libur', en: 'holiday calendar' },
  campaign: { id: 'kampanye', en: 'campaign' },
  'platform-figure': { id: 'angka platform', en: 'platform figure' },
  'legal-provision': { id: 'ketentuan hukum', en: 'legal provision' },
};

/** The freshness report as a table, soonest first, with what to do for each kind. */
export function formatFreshness(asOf: IsoDate, items: readonly FreshnessItem[], locale: Locale): string {
  const t = (text: { id: string; en: string }) => localize(text, locale);
  if (items.length === 0) {
    return `${t({ id: `Tidak ada data yang kedaluwarsa dalam 90 hari sejak ${asOf}.`, en: `Nothing expires within 90 days of ${asOf}.` })}\n`;
  }
  const header = [
    t({ id: 'Tanggal', en: 'Date' }),
    t({ id: 'Keadaan', en: 'State' }),
    t({ id: 'Jenis', en: 'Kind' }),
    t({ id: 'Apa', en: 'What' }),
  ];
  const state = { expired: { id: 'kedaluwarsa', en: 'expired' }, expiring: { id: 'segera', en: 'expiring' } };
  const rows = items.map((item) => [item.date, t(state[item.state]), t(kindLabels[item.kind]), t(item.subject)]);
  const actions = [...new Map(items.map((item) => [item.kind, item])).values()].map(
    (item) => `- ${t(kindLabels[item.kind])} (${item.file}): ${t(item.action)}`,
  );
  const title = t({ id: `Data yang kedaluwarsa dalam 90 hari sejak ${asOf}`, en: `Data expiring within 90 days of ${asOf}` });
  return `${title}\n\n${formatTable(header, rows)}\n\n${actions.join('\n')}\n`;
}
