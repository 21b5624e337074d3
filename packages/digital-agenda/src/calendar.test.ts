import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { campaigns } from './agenda';
import { agendaCalendar } from './calendar';

describe('agendaCalendar', () => {
  it('is valid iCalendar: an independent parser reads every campaign back', () => {
    const calendar = new ICAL.Component(ICAL.parse(agendaCalendar({ locale: 'en' })));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid)).toEqual(campaigns.map((campaign) => `${campaign.id}@pedoman-medsos`));
    const oeang = events.find((event) => event.uid === 'hari-oeang-2026@pedoman-medsos')!;
    expect(oeang.summary).toBe('[EXAMPLE] 80th Indonesian Currency Day #HariOeang80');
    expect(oeang.startDate.toString()).toBe('2026-10-01');
    // All-day events end the day after their last day.
    expect(oeang.endDate.toString()).toBe('2026-11-01');
    expect(oeang.description).toContain('Eighty years');
  });

  it('speaks Indonesian by default', () => {
    expect(agendaCalendar()).toContain('SUMMARY:[CONTOH] Hari Oeang Republik Indonesia ke-80 #HariOeang80');
  });

  it.each(['id', 'en'] as const)(
    'never lets an example campaign look decided (%s): tentative, marked in title and description',
    (locale) => {
      const mark = locale === 'id' ? 'CONTOH' : 'EXAMPLE';
      const calendar = new ICAL.Component(ICAL.parse(agendaCalendar({ locale })));
      const examples = new Set(campaigns.filter((campaign) => campaign.example).map((campaign) => `${campaign.id}@pedoman-medsos`));
      expect(examples.size).toBeGreaterThan(0);
      for (const component of calendar.getAllSubcomponents('vevent')) {
        const event = new ICAL.Event(component);
        if (!examples.has(event.uid)) continue;
        expect(component.getFirstPropertyValue('status')).not.toBe('CONFIRMED');
        expect(event.summary.startsWith(`[${mark}] `)).toBe(true);
        expect(event.description.split('\n')[0]).toContain(`${mark}:`);
      }
    },
  );

  it('confirms a campaign the institution set, without a mark', () => {
    const own = { ...campaigns[0]!, example: false };
    const calendar = agendaCalendar({ list: [own], locale: 'en' });
    expect(calendar).toContain('STATUS:CONFIRMED');
    expect(calendar).not.toContain('EXAMPLE');
    const example = agendaCalendar({ list: [{ ...own, example: true }], locale: 'en' });
    expect(example).toContain('STATUS:TENTATIVE');
  });
});
