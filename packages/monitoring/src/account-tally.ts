import type { PlatformId } from '@pedoman-medsos/core';
import { findHashtags } from '@pedoman-medsos/digital-agenda';
import { screen } from '@pedoman-medsos/prohibited-content';
import { triageMessage } from '@pedoman-medsos/reply-templates';
import { readFormat, readPurpose } from './content-purpose';
import type { CommentRecord, PostRecord } from './records';
import { judgeReply, type UnitTimeZone } from './response-time';

/** A campaign of the digital agenda that runs in the period, with its official hashtags (lower case). */
export interface RunningCampaign {
  id: string;
  from: number;
  to: number;
  hashtags: ReadonlySet<string>;
}

/** What one account did in the period, counted as posts and comments stream in. */
export interface AccountCounts {
  platform: PlatformId;
  account: string;
  posts: number;
  /** Posts per governance purpose; posts no cue or label classified are in `unclassified`. */
  purposes: Record<string, number>;
  /** How the purposes were read: per purpose, each cue phrase (lower case) and the posts it decided, or `label`. */
  readings: Record<string, Record<string, number>>;
  unclassified: number;
  formats: Record<string, number>;
  /** Posts per week of the period (index 0 = the period's first seven days). */
  weeklyPosts: number[];
  campaigns: Record<string, { posts: number; withHashtag: number }>;
  /** Own posts the screener would not publish (verdict `block`), with the first few as examples. */
  prohibitedPosts: number;
  prohibitedExamples: { id: string; categories: string[] }[];
  replies: { onTime: number; late: number; unanswered: number; pending: number; workingMinutes: number[] };
  /** Comments the screener would hide, and how many of those the account left visible. */
  prohibitedComments: number;
  prohibitedCommentsVisible: number;
}

const day = 86_400_000;
const examplesKept = 5;

/** Counts of one account, fed post by post and comment by comment (memory: a number per reply). */
export class AccountTally {
  readonly counts: AccountCounts;

  constructor(
    platform: PlatformId,
    account: string,
    private readonly periodStart: number,
    weeks: number,
    private readonly campaigns: readonly RunningCampaign[],
  ) {
    this.counts = {
      platform,
      account,
      posts: 0,
      purposes: {},
      readings: {},
      unclassified: 0,
      formats: {},
      weeklyPosts: Array.from({ length: weeks }, () => 0),
      campaigns: {},
      prohibitedPosts: 0,
      prohibitedExamples: [],
      replies: { onTime: 0, late: 0, unanswered: 0, pending: 0, workingMinutes: [] },
      prohibitedComments: 0,
      prohibitedCommentsVisible: 0,
    };
  }

  addPost(post: PostRecord): void {
    const counts = this.counts;
    counts.posts++;
    const week = Math.floor((post.publishedAt.getTime() - this.periodStart) / (7 * day));
    if (week >= 0 && week < counts.weeklyPosts.length) counts.weeklyPosts[week]!++;
    const reading = readPurpose(post.text, post.purpose);
    const purpose = reading.purpose;
    if (purpose) {
      counts.purposes[purpose] = (counts.purposes[purpose] ?? 0) + 1;
      // The reading is shown beside the figure: which cues (or the export's label) decided it.
      counts.readings[purpose] ??= {};
      const cues = counts.readings[purpose];
      for (const cue of reading.source === 'label' ? ['label'] : reading.cues.map((found) => found.toLowerCase())) {
        // Disguised spellings could multiply the keys: a bounded list is enough to show the reading.
        if (cue in cues || Object.keys(cues).length < 50) cues[cue] = (cues[cue] ?? 0) + 1;
      }
    } else counts.unclassified++;
    const format = readFormat(post.type, post.format);
    if (format) counts.formats[format] = (counts.formats[format] ?? 0) + 1;
    this.countCampaigns(post);
    const screening = screen(post.text, { mode: 'draft' });
    if (screening.verdict === 'block') {
      counts.prohibitedPosts++;
      if (counts.prohibitedExamples.length < examplesKept) {
        counts.prohibitedExamples.push({ id: post.id, categories: [...new Set(screening.findings.map((finding) => finding.category))] });
      }
    }
  }

  private countCampaigns(post: PostRecord): void {
    const time = post.publishedAt.getTime();
    const tags = findHashtags(post.text).map((found) => found.tag.toLowerCase());
    for (const campaign of this.campaigns) {
      if (time < campaign.from || time > campaign.to) continue;
      const entry = this.counts.campaigns[campaign.id] ?? { posts: 0, withHashtag: 0 };
      entry.posts++;
      if (tags.some((tag) => campaign.hashtags.has(tag))) entry.withHashtag++;
      this.counts.campaigns[campaign.id] = entry;
    }
  }

  addComment(comment: CommentRecord, timeZone: UnitTimeZone, evaluatedAt: Date): void {
    const counts = this.counts;
    // One screening per comment: the triage screens it, and says whether it is to be hidden.
    const triage = triageMessage(comment.text);
    if (triage.screening.verdict === 'hide') {
      counts.prohibitedComments++;
      if (!comment.hidden) counts.prohibitedCommentsVisible++;
      return;
    }
    const outcome = judgeReply(comment, timeZone, evaluatedAt, comment.category ? undefined : triage);
    if (outcome.kind === 'not-counted') return;
    if (outcome.kind === 'on-time' || outcome.kind === 'late') {
      counts.replies[outcome.kind === 'on-time' ? 'onTime' : 'late']++;
      counts.replies.workingMinutes.push(outcome.workingMinutes);
    } else counts.replies[outcome.kind]++;
  }
}
