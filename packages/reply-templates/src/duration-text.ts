import type { LocalizedText } from '@pedoman-medsos/core';
import type { DurationUnit } from './schema/procedure';

const englishPlural = new Intl.PluralRules('en');
const names: Record<DurationUnit | 'days', { id: string; one: string; other: string }> = {
  days: { id: 'hari', one: 'day', other: 'days' },
  'working-hours': { id: 'jam kerja', one: 'working hour', other: 'working hours' },
  'working-days': { id: 'hari kerja', one: 'working day', other: 'working days' },
  hours: { id: 'jam kalender', one: 'calendar hour', other: 'calendar hours' },
};

/** "4 jam kerja" / "4 working hours", "1 working day": a target's duration in words. */
export function durationText(amount: number, unit: DurationUnit | 'days'): LocalizedText {
  const name = names[unit];
  return { id: `${amount} ${name.id}`, en: `${amount} ${englishPlural.select(amount) === 'one' ? name.one : name.other}` };
}
