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
    expect(oeang.summary).toBe('80th Indonesian Currency Day #HariOeang80');
    expect(oeang.startDate.toString()).toBe('2026-10-01');
    // All-day events end the day after their last day.
    expect(oeang.endDate.toString()).toBe('2026-11-01');
    expect(oeang.description).toContain('Eighty years');
  });

  it('speaks Indonesian by default', () => {
    expect(agendaCalendar()).toContain('SUMMARY:Hari Oeang Republik Indonesia ke-80 #HariOeang80');
  });
});
