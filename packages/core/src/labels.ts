import type { TextProvenance } from './schema/legal-instrument';
import type { LocalizedText } from './schema/localized-text';
import type { RuleLevel } from './schema/rule';
import type { Reliability } from './schema/source';
import type { TextKind } from './schema/text-limits';

/** Names of the platform registry's columns, shared by the CLI table and the handbook page. */
export const platformFieldLabels: Record<'platform' | 'handleCharacters' | 'handleLength' | TextKind, LocalizedText> = {
  platform: { id: 'Platform', en: 'Platform' },
  handleCharacters: { id: 'Karakter handle', en: 'Handle characters' },
  handleLength: { id: 'Panjang handle', en: 'Handle length' },
  post: { id: 'Unggahan', en: 'Post' },
  reply: { id: 'Balasan', en: 'Reply' },
  bio: { id: 'Bio', en: 'Bio' },
  displayName: { id: 'Nama tampilan', en: 'Display name' },
};

/** How a source's reliability is named for readers. */
export const reliabilityLabels: Record<Reliability, LocalizedText> = {
  primary: { id: 'primer', en: 'primary' },
  'official-derived': { id: 'turunan resmi', en: 'official-derived' },
  secondary: { id: 'sekunder', en: 'secondary' },
  unverified: { id: 'belum terverifikasi', en: 'unverified' },
};

/** How the wording of a legal instrument was read, named for readers (handbook and CLI). */
export const textProvenanceLabels: Record<TextProvenance, LocalizedText> = {
  official: { id: 'diperiksa pada naskah resmi', en: 'checked against the official text' },
  'faithful-copy': { id: 'dibaca dari salinan naskah resmi', en: 'read from a copy of the official text' },
  secondary: {
    id: 'dilaporkan oleh sumber sekunder; naskahnya belum dibaca',
    en: 'reported by a secondary source; the text itself not read',
  },
};

/**
 * How a rule's level is named for readers, the one place the handbook badge and the CLI take it from.
 * Indonesian in the official register of a pedoman; English mirrors it.
 */
export const ruleLevelLabels: Record<RuleLevel, LocalizedText> = {
  wajib: { id: 'Wajib', en: 'Mandatory' },
  dilarang: { id: 'Dilarang', en: 'Prohibited' },
  dianjurkan: { id: 'Dianjurkan', en: 'Recommended' },
  'tidak-dianjurkan': { id: 'Tidak dianjurkan', en: 'Not recommended' },
};

/**
 * The one mark every surface puts on example data (institutions, campaigns, palettes, names, ticket
 * numbers): text, never colour alone, so it survives print, screen readers and plain-text feeds.
 */
export const exampleMark: LocalizedText = { id: 'CONTOH', en: 'EXAMPLE' };

/** The sentence that goes with the mark where there is room for one. */
export const exampleNote: LocalizedText = {
  id: 'Data contoh, bukan data resmi: instansi menggantinya dengan datanya sendiri.',
  en: 'Example data, not official data: an institution replaces it with its own.',
};
