import { type Finding, findPlatform, type IsoDate, today } from '@pedoman-medsos/core';
import { distance } from 'fastest-levenshtein';
import { AgendaFindings, activeCampaigns, agendaFile, campaigns, isCampaignRunning } from './agenda';

/** A hashtag found in a text, with its UTF-16 span (including the "#"). */
export interface HashtagOccurrence {
  tag: string;
  start: number;
  end: number;
}

const hashtagPattern = /(?<![\p{L}\p{N}_&])[#＃]([\p{L}\p{N}_]+)/gu;

/** Every hashtag of a text, in order. */
export function findHashtags(text: string): HashtagOccurrence[] {
  return [...text.matchAll(hashtagPattern)].map((match) => ({ tag: match[1]!, start: match.index, end: match.index + match[0].length }));
}

interface OfficialTag {
  tag: string;
  campaignId?: string;
}

function officialTags(): OfficialTag[] {
  return [
    ...campaigns
      .filter((c) => c.status === 'approved')
      .flatMap((campaign) => campaign.hashtags.map((tag) => ({ tag, campaignId: campaign.id }))),
    ...agendaFile.standingHashtags.map((standing) => ({ tag: standing.tag })),
  ];
}

/** Typos allowed before a hashtag counts as a look-alike: one edit in short tags, two in long ones. */
const tolerance = (tag: string) => (tag.length >= 10 ? 2 : tag.length >= 5 ? 1 : 0);

function replaceSpans(text: string, replacements: { start: number; end: number; text: string }[]): string {
  let result = '';
  let position = 0;
  for (const replacement of [...replacements].sort((a, b) => a.start - b.start)) {
    if (replacement.start < position) continue;
    result += text.slice(position, replacement.start) + replacement.text;
    position = replacement.end;
  }
  return result + text.slice(position);
}

/**
 * Checks a draft's hashtags against the agenda on `date`: official hashtags in the wrong case,
 * look-alikes of official ones, hashtags of campaigns not running, too many hashtags, and a post on
 * a running campaign's theme without its hashtag. Where a fix is mechanical, the finding's
 * suggestion holds the whole corrected text.
 */
export function checkHashtags(text: string, options: { date?: IsoDate; platform?: string } = {}): Finding[] {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const date = options.date ?? today();
  const findings = new AgendaFindings(date);
  const found = findHashtags(input);
  const official = officialTags();
  const fixes: { start: number; end: number; text: string }[] = [];
  const corrected = () => replaceSpans(input, fixes);
  const located = (occurrence: HashtagOccurrence) => ({ kind: 'span' as const, start: occurrence.start, end: occurrence.end });

  for (const occurrence of found) {
    const exact = official.find((candidate) => candidate.tag === occurrence.tag);
    const sameLetters = official.find((candidate) => candidate.tag.toLowerCase() === occurrence.tag.toLowerCase());
    const match = exact ?? sameLetters;
    if (match && !exact) {
      fixes.push({ start: occurrence.start, end: occurrence.end, text: `#${match.tag}` });
      findings.add(
        'agenda.hashtag-case',
        {
          id: `Tulis #${match.tag}, bukan #${occurrence.tag}: pembaca layar membacanya kata demi kata.`,
          en: `Write #${match.tag}, not #${occurrence.tag}: screen readers then read it word by word.`,
        },
        {
          location: located(occurrence),
          suggestion: { message: { id: `Ganti dengan #${match.tag}.`, en: `Replace with #${match.tag}.` }, replacement: corrected() },
        },
      );
    }
    if (!match) {
      const near = official.find((candidate) => {
        const allowed = tolerance(candidate.tag);
        return allowed > 0 && distance(candidate.tag.toLowerCase(), occurrence.tag.toLowerCase()) <= allowed;
      });
      if (near) {
        fixes.push({ start: occurrence.start, end: occurrence.end, text: `#${near.tag}` });
        findings.add(
          'agenda.hashtag-lookalike',
          { id: `#${occurrence.tag} mirip tagar resmi #${near.tag}.`, en: `#${occurrence.tag} looks like the official #${near.tag}.` },
          {
            location: located(occurrence),
            suggestion: { message: { id: `Ganti dengan #${near.tag}.`, en: `Replace with #${near.tag}.` }, replacement: corrected() },
          },
        );
      }
    }
    const campaign = match?.campaignId ? campaigns.find((c) => c.id === match.campaignId) : undefined;
    if (campaign && !isCampaignRunning(campaign, date)) {
      const ended = date > campaign.period.end;
      findings.add(
        'agenda.hashtag-out-of-period',
        ended
          ? {
              id: `Kampanye "${campaign.title.id}" berakhir ${campaign.period.end}; hapus #${campaign.hashtags[0]}.`,
              en: `The "${campaign.title.en}" campaign ended on ${campaign.period.end}; remove #${campaign.hashtags[0]}.`,
            }
          : {
              id: `Kampanye "${campaign.title.id}" baru dimulai ${campaign.period.start}.`,
              en: `The "${campaign.title.en}" campaign starts only on ${campaign.period.start}.`,
            },
        { location: located(occurrence) },
      );
    }
  }

  const policy = agendaFile.policy;
  const platform = options.platform ? findPlatform(options.platform) : undefined;
  const platformLimit = platform ? policy.platformHashtagLimits[platform.id]?.value : undefined;
  const policyLimit = (platform && policy.maxHashtags.perPlatform[platform.id]) ?? policy.maxHashtags.default;
  const limit = Math.min(policyLimit, platformLimit ?? Number.POSITIVE_INFINITY);
  if (found.length > limit) {
    findings.add(
      'agenda.too-many-hashtags',
      {
        id: `${found.length} tagar; paling banyak ${limit}${platform ? ` di ${platform.name}` : ''}.`,
        en: `${found.length} hashtags; at most ${limit}${platform ? ` on ${platform.name}` : ''}.`,
      },
      { location: { kind: 'span', start: found[limit]!.start, end: found.at(-1)!.end } },
    );
  }

  const used = new Set(found.map((occurrence) => occurrence.tag.toLowerCase()));
  const lower = input.toLowerCase();
  for (const campaign of activeCampaigns(date, platform?.id)) {
    if (campaign.hashtags.some((tag) => used.has(tag.toLowerCase()))) continue;
    const keyword = campaign.themeKeywords.find((word) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower),
    );
    if (!keyword) continue;
    const tag = campaign.hashtags[0]!;
    const withTag = `${corrected().trimEnd()} #${tag}`;
    findings.add(
      'agenda.missing-campaign-hashtag',
      {
        id: `Unggahan tentang "${keyword}" masuk tema kampanye "${campaign.title.id}" yang sedang berjalan: tambahkan #${tag}.`,
        en: `A post about "${keyword}" is on the theme of the running "${campaign.title.en}" campaign: add #${tag}.`,
      },
      { suggestion: { message: { id: `Tambahkan #${tag}.`, en: `Add #${tag}.` }, replacement: withTag } },
    );
  }
  return findings.findings;
}
