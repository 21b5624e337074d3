import { exampleMark, exampleNote, type Locale } from '@pedoman-medsos/core';
import { createEvents, type EventAttributes } from 'ics';
import { campaigns } from './agenda';
import type { Campaign } from './schema/agenda';

const dateArray = (date: string, addDays = 0): [number, number, number] => {
  const value = new Date(Date.parse(`${date}T00:00:00Z`) + addDays * 86_400_000);
  return [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
};

/**
 * The agenda as an iCalendar (.ics) feed, made with the `ics` library: one all-day event per
 * campaign, so staff can subscribe in any calendar. Cancelled campaigns are marked CANCELLED; example
 * campaigns (`example: true`) are TENTATIVE, with "[CONTOH]"/"[EXAMPLE]" before the title and a line
 * saying so in the description.
 */
export function agendaCalendar(options: { locale?: Locale; list?: readonly Campaign[] } = {}): string {
  const locale = options.locale ?? 'id';
  const events: EventAttributes[] = (options.list ?? campaigns).map((campaign) => ({
    uid: `${campaign.id}@pedoman-medsos`,
    title: `${campaign.example ? `[${exampleMark[locale]}] ` : ''}${campaign.title[locale]} ${campaign.hashtags.map((tag) => `#${tag}`).join(' ')}`,
    description: [
      ...(campaign.example ? [`${exampleMark[locale]}: ${exampleNote[locale]}`] : []),
      ...campaign.keyMessages.map((message) => message[locale]),
      campaign.hashtags.map((tag) => `#${tag}`).join(' '),
    ].join('\n'),
    start: dateArray(campaign.period.start),
    // An all-day event ends on the day after its last day (the end is exclusive in iCalendar).
    end: dateArray(campaign.period.end, 1),
    categories: [campaign.owner, ...campaign.hashtags],
    // An example campaign was never decided by anyone: tentative, never confirmed.
    status: campaign.status === 'cancelled' ? 'CANCELLED' : campaign.example ? 'TENTATIVE' : 'CONFIRMED',
    productId: 'pedoman-medsos/digital-agenda',
    calName: locale === 'id' ? 'Agenda digital' : 'Digital agenda',
  }));
  const { error, value } = createEvents(events);
  // The events come from validated data: a failure here is a bug, not bad input.
  if (error || value === null) throw new Error(`Cannot build the agenda calendar: ${error?.message}`);
  return value;
}
