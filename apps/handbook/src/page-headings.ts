import type { Locale } from '@pedoman-medsos/core';
import { translator } from './i18n';

/**
 * A heading that a page renders from package data, as the page's table of contents lists it.
 * Starlight builds the contents from a page's Markdown headings only; the headings our components
 * render come from here instead (see `route-data.ts`), and the components take their anchors and
 * titles from the same objects, so the two cannot drift (`tests/site-structure.test.ts` checks it).
 */
export interface PageHeading {
  depth: 2 | 3;
  /** The heading's `id`: the anchor the contents link to. */
  slug: string;
  text: string;
}

/** A fixed section of a page: its anchor in each language and its title. */
export interface Section {
  slug: { id: string; en: string };
  title: { id: string; en: string };
}

/** The contents entry of a fixed section. */
export function sectionHeading(section: Section, lang: Locale): PageHeading {
  return { depth: 2, slug: section.slug[lang], text: section.title[lang] };
}

/** An item's title; a draft rule's may lack its English (the Indonesian is shown then). */
type ItemTitle = { id: string; en?: string | undefined };

/** The contents entries of a list rendered from data: each item's anchor and title. */
export function itemHeadings(items: readonly { id: string; title: ItemTitle }[], lang: Locale, depth: PageHeading['depth']): PageHeading[] {
  const t = translator(lang);
  return items.map((item) => ({ depth, slug: item.id, text: t(item.title) }));
}

/** The section that lists an area's rules (`RuleSections.astro`); its title may be the area's own. */
export const rulesSection: Section = { slug: { id: 'aturan', en: 'rules' }, title: { id: 'Aturan', en: 'Rules' } };

/** The contents entries of `RuleSections.astro`: its section, then one entry per rule. */
export function ruleSectionHeadings(
  rules: readonly { id: string; title: ItemTitle }[],
  lang: Locale,
  title: Section['title'] = rulesSection.title,
): PageHeading[] {
  return [sectionHeading({ ...rulesSection, title }, lang), ...itemHeadings(rules, lang, 3)];
}

/** The section that lists a page's sources (`SourceList.astro` under it). */
export const sourcesSection: Section = { slug: { id: 'sumber', en: 'sources' }, title: { id: 'Sumber', en: 'Sources' } };

/** The fixed sections of the pages rendered from the packages, by page. */
export const sections = {
  profileImage: {
    sizes: { slug: { id: 'ukuran', en: 'sizes' }, title: { id: 'Ukuran dan format per platform', en: 'Sizes and formats per platform' } },
    safeArea: { slug: { id: 'area-aman', en: 'safe-area' }, title: { id: 'Area aman lambang', en: 'The emblem’s safe area' } },
    examples: { slug: { id: 'contoh', en: 'examples' }, title: { id: 'Contoh baik dan buruk', en: 'Good and bad examples' } },
  },
  replies: {
    workingHours: {
      slug: { id: 'jam-kerja', en: 'working-hours' },
      title: { id: 'Jam kerja dan zona waktu', en: 'Working hours and time zones' },
    },
    responseTimes: {
      slug: { id: 'target-waktu', en: 'response-times' },
      title: { id: 'Target waktu tanggap', en: 'Response-time targets' },
    },
    escalation: { slug: { id: 'eskalasi', en: 'escalation' }, title: { id: 'Eskalasi', en: 'Escalation' } },
    categories: {
      slug: { id: 'kategori-dan-templat', en: 'categories-and-templates' },
      title: { id: 'Kategori dan templat', en: 'Categories and templates' },
    },
    holidays: { slug: { id: 'kalender-libur', en: 'holiday-calendar' }, title: { id: 'Kalender libur', en: 'Holiday calendar' } },
  },
  digitalAgenda: {
    timeline: { slug: { id: 'linimasa', en: 'timeline' }, title: { id: 'Linimasa kampanye', en: 'Campaign timeline' } },
    campaigns: { slug: { id: 'kampanye', en: 'campaigns' }, title: { id: 'Kampanye', en: 'Campaigns' } },
    standingHashtags: {
      slug: { id: 'tagar-tetap', en: 'standing-hashtags' },
      title: { id: 'Tagar tetap dan istilah bermerek', en: 'Standing hashtags and branded terms' },
    },
    policy: { slug: { id: 'kebijakan', en: 'policy' }, title: { id: 'Kebijakan', en: 'Policy' } },
  },
  introduction: {
    instrument: { slug: { id: 'instrumen', en: 'instrument' }, title: { id: 'Instrumen penetapan', en: 'Issuing instrument' } },
    background: { slug: { id: 'latar-belakang', en: 'background' }, title: { id: 'Latar belakang', en: 'Background' } },
    purpose: {
      slug: { id: 'maksud-dan-tujuan', en: 'purpose-and-objectives' },
      title: { id: 'Maksud dan tujuan', en: 'Purpose and objectives' },
    },
    scope: { slug: { id: 'ruang-lingkup', en: 'scope' }, title: { id: 'Ruang lingkup', en: 'Scope' } },
    audience: { slug: { id: 'sasaran', en: 'audience' }, title: { id: 'Sasaran', en: 'Audience' } },
  },
  personalAccounts: {
    neutrality: { slug: { id: 'netralitas', en: 'neutrality' }, title: { id: 'Netralitas', en: 'Neutrality' } },
    confidentiality: { slug: { id: 'kerahasiaan', en: 'confidentiality' }, title: { id: 'Kerahasiaan', en: 'Confidentiality' } },
  },
  monitoring: {
    indicators: { slug: { id: 'indikator', en: 'indicators' }, title: { id: 'Indikator', en: 'Indicators' } },
    contentMix: {
      slug: { id: 'bauran-konten', en: 'content-mix' },
      title: { id: 'Tujuan dan format konten', en: 'Content purposes and formats' },
    },
    reports: { slug: { id: 'pelaporan', en: 'reporting' }, title: { id: 'Pelaporan', en: 'Reporting' } },
  },
  sanctions: {
    steps: { slug: { id: 'tindak-lanjut', en: 'follow-up' }, title: { id: 'Tindak lanjut bertingkat', en: 'Graded follow-up' } },
  },
  closing: {
    advice: {
      slug: { id: 'ketentuan-pengelolaan', en: 'account-management' },
      title: { id: 'Ketentuan pengelolaan akun', en: 'Provisions on running accounts' },
    },
    closing: { slug: { id: 'ketentuan-penutup', en: 'closing-provisions' }, title: { id: 'Ketentuan penutup', en: 'Closing provisions' } },
  },
  accountNaming: {
    rules: { slug: rulesSection.slug, title: { id: 'Aturan penamaan', en: 'Naming rules' } },
  },
  platform: {
    notes: { slug: { id: 'catatan', en: 'notes' }, title: { id: 'Catatan', en: 'Notes' } },
  },
  changelog: {
    unreleased: {
      slug: { id: 'belum-dirilis', en: 'unreleased' },
      title: { id: 'Perubahan yang belum dirilis', en: 'Changes not yet released' },
    },
    releases: { slug: { id: 'rilis', en: 'releases' }, title: { id: 'Rilis', en: 'Releases' } },
  },
} satisfies Record<string, Record<string, Section>>;
