import { type Locale, type LocalizedText, localize } from '@pedoman-medsos/core';
import type { RoleId } from '@pedoman-medsos/governance';

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

/**
 * The roles' names as pages cite them. `data/roles.yaml` in @pedoman-medsos/governance will hold
 * each role's description; until it does, these short names are the only place they are written.
 */
export const roleLabels: Readonly<Record<RoleId, LocalizedText>> = {
  'central-pr': { id: 'Humas pusat', en: 'Central Humas bureau' },
  'unit-head': { id: 'Pimpinan unit', en: 'Unit head' },
  admin: { id: 'Admin', en: 'Admin' },
  approver: { id: 'Verifikator', en: 'Approver' },
  ppid: { id: 'PPID', en: 'PPID' },
  'complaint-officer': { id: 'Pengelola pengaduan', en: 'Complaint officer' },
};
