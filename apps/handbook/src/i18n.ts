import { type Locale, type LocalizedText, localize } from '@pedoman-medsos/core';
import { type RoleId, roles } from '@pedoman-medsos/governance';

/** The handbook's own interface words (table headings, labels), in both languages. */
export function translator(lang: Locale) {
  return (text: LocalizedText | { id: string; en?: string | undefined }) => localize(text, lang);
}

export const dateFormat = (lang: Locale) =>
  new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export const labels = {
  legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
  status: { id: 'Status', en: 'Status' },
  effectiveFrom: { id: 'Berlaku sejak', en: 'In effect from' },
  since: { id: 'Sejak versi', en: 'Since version' },
  institutionalPolicy: { id: 'Kebijakan instansi', en: 'Institutional policy' },
} satisfies Record<string, LocalizedText>;

/** The roles' short names as pages cite them, from @pedoman-medsos/governance's data/roles.yaml. */
export const roleLabels = Object.fromEntries(roles.map((role) => [role.id, role.shortName])) as Readonly<Record<RoleId, LocalizedText>>;
