import { type Finding, type IsoDate, type KnownId, type Platform, type PlatformId, parseIsoDate, today } from '@pedoman-medsos/core';
import { distance } from 'fastest-levenshtein';
import { AgendaFindings, activeCampaigns, agendaFile, campaigns, isCampaignRunning, readPlatformOption } from './agenda';

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

/** Options of {@link checkHashtags}. */
export interface HashtagOptions<P extends string = string> {
  /**
   * The publication date, `YYYY-MM-DD`; default today. A date that is written otherwise or is no
   * real day (`2026-02-30`) gives one `input.invalid-option` finding, and nothing else is checked.
   */
  date?: IsoDate;
  /**
   * The platform, by registry id (`instagram`, `x`… — core's `platforms`): its hashtag limit and its
   * campaigns apply. Absent (`undefined` or `null`): the general limit and every campaign. Any other
   * value — `Instagram`, `all`, `mastodon` — gives one `input.invalid-option` finding naming the
   * ids, and nothing else is checked: a platform misread would apply the general limit silently.
   * A misspelt literal (`'instagarm'`) fails the type-check already.
   */
  platform?: KnownId<P, PlatformId> | null;
}

/** The date and platform of the options, or the finding that says which cannot be read. */
function readOptions(options: { date?: IsoDate; platform?: unknown }): { date: IsoDate; platform?: Platform } | { findings: Finding[] } {
  const given: { date?: IsoDate; platform?: unknown } = typeof options === 'object' && options !== null ? options : {};
  const date = parseIsoDate(given.date ?? today(), { name: 'date' });
  const platform = given.platform ?? undefined;
  const read = platform === undefined ? undefined : readPlatformOption(platform);
  if (date.ok && (read === undefined || 'platform' in read)) return { date: date.value, ...(read ? { platform: read.platform } : {}) };
  // A list for today: the date given may be the option that is wrong.
  const findings = new AgendaFindings();
  if (!date.ok) findings.addOptionProblem(date.problem);
  if (read && 'problem' in read) findings.addOptionProblem(read.problem);
  return { findings: findings.findings };
}

/**
 * Checks a draft's hashtags against the agenda on `date`: official hashtags in the wrong case,
 * look-alikes of official ones, hashtags of campaigns not running, too many hashtags, and a post on
 * a running campaign's theme without its hashtag, and a term the institution has a branded name for
 * (APBN → "Uang Kita", #UangKita) used without it. Where a fix is mechanical, the finding's
 * suggestion holds the whole corrected text. Never throws: options it cannot read are reported
 * (see {@link HashtagOptions}).
 */
export function checkHashtags<P extends string>(text: string, options: HashtagOptions<P> = {}): Finding[] {
  const read = readOptions(options);
  if ('findings' in read) return read.findings;
  const { date, platform } = read;
  const input = typeof text === 'string' ? text : String(text ?? '');
  const findings = new AgendaFindings(date);
  const found = findHashtags(input);
  const fixes: Fix[] = [];
  checkOccurrences(input, found, date, fixes, findings);
  checkCount(found, platform, findings);
  checkCampaignHashtags(input, found, date, platform, replaceSpans(input, fixes), findings);
  checkBrandedTerms(input, found, findings);
  return findings.findings;
}

/** A replacement of part of the text, kept to build the whole corrected text. */
type Fix = { start: number; end: number; text: string };

const located = (occurrence: HashtagOccurrence) => ({ kind: 'span' as const, start: occurrence.start, end: occurrence.end });

/** Each hashtag against the official ones: case, look-alikes, campaigns not running on `date`. */
function checkOccurrences(input: string, found: readonly HashtagOccurrence[], date: IsoDate, fixes: Fix[], findings: AgendaFindings): void {
  const official = officialTags();
  const replaceWith = (tag: string) => ({
    message: { id: `Ganti dengan #${tag}.`, en: `Replace with #${tag}.` },
    replacement: replaceSpans(input, fixes),
  });
  for (const occurrence of found) {
    const exact = official.find((candidate) => candidate.tag === occurrence.tag);
    const match = exact ?? official.find((candidate) => candidate.tag.toLowerCase() === occurrence.tag.toLowerCase());
    if (match && !exact) {
      fixes.push({ start: occurrence.start, end: occurrence.end, text: `#${match.tag}` });
      findings.add(
        'agenda.hashtag-case',
        {
          id: `Tulis #${match.tag}, bukan #${occurrence.tag}: pembaca layar membacanya kata demi kata.`,
          en: `Write #${match.tag}, not #${occurrence.tag}: screen readers then read it word by word.`,
        },
        { location: located(occurrence), suggestion: replaceWith(match.tag) },
      );
    }
    const near = match
      ? undefined
      : official.find((candidate) => {
          const allowed = tolerance(candidate.tag);
          return allowed > 0 && distance(candidate.tag.toLowerCase(), occurrence.tag.toLowerCase()) <= allowed;
        });
    if (near) {
      fixes.push({ start: occurrence.start, end: occurrence.end, text: `#${near.tag}` });
      findings.add(
        'agenda.hashtag-lookalike',
        { id: `#${occurrence.tag} mirip tagar resmi #${near.tag}.`, en: `#${occurrence.tag} looks like the official #${near.tag}.` },
        { location: located(occurrence), suggestion: replaceWith(near.tag) },
      );
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
}

/** The number of hashtags against the policy's limit and the platform's own. */
function checkCount(found: readonly HashtagOccurrence[], platform: Platform | undefined, findings: AgendaFindings): void {
  const policy = agendaFile.policy;
  const platformLimit = platform ? policy.platformHashtagLimits[platform.id]?.value : undefined;
  const policyLimit = (platform && policy.maxHashtags.perPlatform[platform.id]) ?? policy.maxHashtags.default;
  const limit = Math.min(policyLimit, platformLimit ?? Number.POSITIVE_INFINITY);
  if (found.length <= limit) return;
  findings.add(
    'agenda.too-many-hashtags',
    {
      id: `${found.length} tagar; paling banyak ${limit}${platform ? ` di ${platform.name}` : ''}.`,
      en: `${found.length} hashtags; at most ${limit}${platform ? ` on ${platform.name}` : ''}.`,
    },
    { location: { kind: 'span', start: found[limit]!.start, end: found.at(-1)!.end } },
  );
}

/** A post on a running campaign's theme without its hashtag; `corrected` is the text with the fixes so far. */
function checkCampaignHashtags(
  input: string,
  found: readonly HashtagOccurrence[],
  date: IsoDate,
  platform: Platform | undefined,
  corrected: string,
  findings: AgendaFindings,
): void {
  const used = new Set(found.map((occurrence) => occurrence.tag.toLowerCase()));
  const lower = input.toLowerCase();
  for (const campaign of activeCampaigns(date, platform?.id)) {
    if (campaign.hashtags.some((tag) => used.has(tag.toLowerCase()))) continue;
    const keyword = campaign.themeKeywords.find((word) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower),
    );
    if (!keyword) continue;
    const tag = campaign.hashtags[0]!;
    findings.add(
      'agenda.missing-campaign-hashtag',
      {
        id: `Unggahan tentang "${keyword}" masuk tema kampanye "${campaign.title.id}" yang sedang berjalan: tambahkan #${tag}.`,
        en: `A post about "${keyword}" is on the theme of the running "${campaign.title.en}" campaign: add #${tag}.`,
      },
      { suggestion: { message: { id: `Tambahkan #${tag}.`, en: `Add #${tag}.` }, replacement: `${corrected.trimEnd()} #${tag}` } },
    );
  }
}

/** A whole word or phrase of `text`, in any case (`lower` is the text in lower case). */
const mentions = (lower: string, phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(lower);

/**
 * A term of the agenda's `brandedTerms` ("APBN") in a draft that carries neither its brand ("Uang
 * Kita") nor the brand's hashtag: a suggestion (no corrected text: where the name goes is the
 * writer's choice).
 */
function checkBrandedTerms(input: string, found: readonly HashtagOccurrence[], findings: AgendaFindings): void {
  const lower = input.toLowerCase();
  const used = new Set(found.map((occurrence) => occurrence.tag.toLowerCase()));
  for (const branded of agendaFile.brandedTerms) {
    if (!mentions(lower, branded.term)) continue;
    if (mentions(lower, branded.brand) || (branded.hashtag && used.has(branded.hashtag.toLowerCase()))) continue;
    const tag = branded.hashtag ? ` (#${branded.hashtag})` : '';
    findings.add(
      'agenda.branded-term',
      {
        id: `Draf menyebut "${branded.term}": sandingkan dengan sebutan "${branded.brand}"${tag}. ${branded.note.id}`,
        en: `The draft mentions "${branded.term}": pair it with the name "${branded.brand}"${tag}. ${branded.note.en}`,
      },
      {
        suggestion: {
          message: {
            id: `Pakai sebutan "${branded.brand}"${tag}.`,
            en: `Use the name "${branded.brand}"${tag}.`,
          },
        },
      },
    );
  }
}
