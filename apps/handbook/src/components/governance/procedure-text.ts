// Words for the procedures and roles pages, drawn from the packages that own each fact: reply
// targets from reply-templates, provisions from core's legal registry, rules from each area.
import { namingRules } from '@pedoman-medsos/account-naming';
import { citeProvision, findProvision, type Locale, type LocalizedText, sharedRules } from '@pedoman-medsos/core';
import { agendaRules } from '@pedoman-medsos/digital-agenda';
import { findRole, type RoleId, type TimeLimit } from '@pedoman-medsos/governance';
import { imageRules } from '@pedoman-medsos/profile-image';
import { categories } from '@pedoman-medsos/prohibited-content';
import { durationText, findMessageCategory, procedureFile, replyRules } from '@pedoman-medsos/reply-templates';
import { translator } from '../../i18n';

/** A piece of text with an optional link, as the pages print it. */
export interface Linked {
  text: string;
  href?: string;
}

const prefix = (lang: Locale) => (lang === 'en' ? '/en' : '');

/** The rules of each area page; core's shared rules have no page of their own (shown unlinked). */
const ruleSources: { page?: string; rules: readonly { id: string; title: { id: string; en?: string | undefined } }[] }[] = [
  { page: 'account-naming', rules: namingRules },
  { page: 'prohibited-content', rules: categories },
  { page: 'replies', rules: replyRules },
  { page: 'digital-agenda', rules: agendaRules },
  { page: 'profile-image', rules: imageRules },
  { rules: sharedRules },
];

/** A rule's title, linked to its section on its area's page when it has one. */
export function ruleLink(id: string, lang: Locale): Linked {
  const t = translator(lang);
  for (const source of ruleSources) {
    const rule = source.rules.find((candidate) => candidate.id === id);
    if (rule) return { text: t(rule.title), ...(source.page ? { href: `${prefix(lang)}/${source.page}/#${id}` } : {}) };
  }
  throw new Error(`Rule ${id} named by a procedure is not rendered by any area`);
}

/** "Humas pusat (…)": a role's name, linked to its section on the roles page. */
export function roleLink(id: RoleId, lang: Locale): Linked {
  const role = findRole(id);
  if (!role) throw new Error(`Role ${id} is not described in data/roles.yaml`);
  return { text: translator(lang)(role.name), href: `${prefix(lang)}/roles/#${id}` };
}

/** A provision's citation, linked to it on the legal-basis page. */
export function provisionLink(id: string, lang: Locale): Linked {
  const provision = findProvision(id);
  if (!provision) throw new Error(`Provision ${id} is missing from core's legal registry`);
  return { text: citeProvision(provision), href: `${prefix(lang)}/legal-basis/#${id.replace('/', '-')}` };
}

const policy: LocalizedText = { id: 'kebijakan instansi', en: 'institutional policy' };

/** A step's time limit in words, with where it comes from: a statute, a reply target, or policy. */
export function timeLimitParts(limit: TimeLimit, lang: Locale): { text: string; basis?: Linked } {
  const t = translator(lang);
  if ('immediately' in limit) return { text: t({ id: 'Segera', en: 'Immediately' }) };
  if ('sameDay' in limit)
    return { text: `${t({ id: 'Pada hari yang sama', en: 'The same day' })} (${t(limit.from)})`, basis: { text: t(policy) } };
  if ('replyTarget' in limit) {
    const { category, channel } = limit.replyTarget;
    const target = procedureFile.targets.find((candidate) => candidate.category === category && candidate.channel === channel);
    if (!target) throw new Error(`No reply target ${category}/${channel}`);
    const name = findMessageCategory(category)?.title;
    const channelText =
      channel === 'public' ? { id: 'balasan publik', en: 'public reply' } : { id: 'pesan langsung', en: 'direct message' };
    return {
      text: t(durationText(target.amount, target.unit)),
      basis: {
        text: `${t({ id: 'target waktu tanggap', en: 'response-time target' })}: ${name ? t(name) : category}, ${t(channelText)}`,
        href: `${prefix(lang)}/replies/#${lang === 'en' ? 'response-times' : 'target-waktu'}`,
      },
    };
  }
  const text = `${t({ id: 'Paling lambat', en: 'Within' })} ${t(durationText(limit.amount, limit.unit))}${limit.from ? ` ${t(limit.from)}` : ''}`;
  return { text, basis: limit.provision ? provisionLink(limit.provision, lang) : { text: t(policy) } };
}
