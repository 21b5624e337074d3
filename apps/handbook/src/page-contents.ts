import { exampleProfiles, namingRules } from '@pedoman-medsos/account-naming';
import { exampleMark, type Locale, legalInstruments } from '@pedoman-medsos/core';
import { agendaRules, campaigns } from '@pedoman-medsos/digital-agenda';
import { monitoring, procedures, roles, sanctions } from '@pedoman-medsos/governance';
import { imageRules } from '@pedoman-medsos/profile-image';
import { categories } from '@pedoman-medsos/prohibited-content';
import { messageCategories, replyRules } from '@pedoman-medsos/reply-templates';
import { translator } from './i18n';
import { itemHeadings, type PageHeading, ruleSectionHeadings, sectionHeading, sections, sourcesSection } from './page-headings';

/** The example profiles the account-naming page shows, in order. */
export const shownProfiles = ['ministry', 'bpom', 'pemda'] as const;

/** The title of an example profile's section: the institution, marked as an example when it is one. */
export function profileTitle(key: (typeof shownProfiles)[number], lang: Locale): { name: string; example?: string } {
  const profile = exampleProfiles[key];
  return {
    name: profile.institution.name,
    ...(profile.example ? { example: translator(lang)(exampleMark) } : {}),
  };
}

/**
 * The headings each page renders from package data, in order, by page (its id without the locale).
 * The route middleware (`route-data.ts`) adds them to the page's table of contents.
 */
export const pageContents: Record<string, (lang: Locale) => PageHeading[]> = {
  'prohibited-content': (lang) => itemHeadings(categories, lang, 2),
  'account-naming': (lang) => [
    ...shownProfiles.map((key): PageHeading => {
      const { name, example } = profileTitle(key, lang);
      return { depth: 2, slug: `profile-${key}`, text: example ? `${name} ${example}` : name };
    }),
    ...ruleSectionHeadings(namingRules, lang, sections.accountNaming.rules.title),
  ],
  'profile-image': (lang) => [
    sectionHeading(sections.profileImage.sizes, lang),
    sectionHeading(sections.profileImage.safeArea, lang),
    sectionHeading(sections.profileImage.examples, lang),
    ...ruleSectionHeadings(imageRules, lang),
    sectionHeading(sourcesSection, lang),
  ],
  replies: (lang) => [
    sectionHeading(sections.replies.workingHours, lang),
    sectionHeading(sections.replies.responseTimes, lang),
    sectionHeading(sections.replies.escalation, lang),
    sectionHeading(sections.replies.categories, lang),
    ...itemHeadings(messageCategories, lang, 3),
    sectionHeading(sections.replies.holidays, lang),
    ...ruleSectionHeadings(replyRules, lang),
    sectionHeading(sourcesSection, lang),
  ],
  'digital-agenda': (lang) => [
    sectionHeading(sections.digitalAgenda.timeline, lang),
    sectionHeading(sections.digitalAgenda.campaigns, lang),
    // An example campaign's heading carries its mark, in the contents as on the page.
    ...itemHeadings(campaigns, lang, 3).map((heading, index) =>
      campaigns[index]?.example ? { ...heading, text: `${heading.text} ${translator(lang)(exampleMark)}` } : heading,
    ),
    sectionHeading(sections.digitalAgenda.standingHashtags, lang),
    sectionHeading(sections.digitalAgenda.policy, lang),
    ...ruleSectionHeadings(agendaRules, lang),
  ],
  'legal-basis': () => legalInstruments.map((instrument): PageHeading => ({ depth: 2, slug: instrument.id, text: instrument.citation })),
  platform: (lang) => [sectionHeading(sections.platform.notes, lang), sectionHeading(sourcesSection, lang)],
  introduction: (lang) => Object.values(sections.introduction).map((section) => sectionHeading(section, lang)),
  'asn-personal-accounts': (lang) => Object.values(sections.personalAccounts).map((section) => sectionHeading(section, lang)),
  monitoring: (lang) => [
    sectionHeading(sections.monitoring.indicators, lang),
    ...itemHeadings(monitoring.indicators, lang, 3),
    sectionHeading(sections.monitoring.contentMix, lang),
    sectionHeading(sections.monitoring.reports, lang),
  ],
  // The follow-up steps are graded, so their headings carry their number.
  sanctions: (lang) => [
    sectionHeading(sections.sanctions.steps, lang),
    ...itemHeadings(sanctions.steps, lang, 3).map((heading, index) => ({ ...heading, text: `${index + 1}. ${heading.text}` })),
  ],
  closing: (lang) => Object.values(sections.closing).map((section) => sectionHeading(section, lang)),
  procedures: (lang) => itemHeadings(procedures, lang, 2),
  roles: (lang) => roles.map((role): PageHeading => ({ depth: 2, slug: role.id, text: translator(lang)(role.name) })),
  changelog: (lang) => [sectionHeading(sections.changelog.unreleased, lang), sectionHeading(sections.changelog.releases, lang)],
};
