import type { MessageCategoryId } from '@pedoman-medsos/reply-templates';
import {
  isDeadline,
  messageCategories,
  procedureFile,
  replyDueBy,
  type TimeZone,
  type Triage,
  triageMessage,
  workingMinutesBetween,
} from '@pedoman-medsos/reply-templates';
import type { CommentRecord } from './records';

/** The unit's time zone, as the reply procedure names it (`WIB`, `WITA`, `WIT`). */
export type UnitTimeZone = TimeZone['id'];

/** A zone's offset from UTC as the procedure data writes it, `+07:00`. */
export function zoneOffset(zone: UnitTimeZone): string {
  return procedureFile.timeZones.find((candidate) => candidate.id === zone)?.offset ?? '+07:00';
}

/** How one comment was answered, measured against the reply targets. */
export type ReplyOutcome =
  /** Not a message that waits for an answer (appreciation, spam…), or hidden as prohibited. */
  | { kind: 'not-counted'; category: string }
  | { kind: 'on-time' | 'late'; category: string; workingMinutes: number }
  /** No reply, and its deadline passed before the end of the evaluation. */
  | { kind: 'unanswered'; category: string }
  /** No reply yet, but its deadline falls after the end of the evaluation: not judged. */
  | { kind: 'pending'; category: string };

// Messages that wait for an answer: every category the procedure replies to or routes, except
// appreciation (a thank-you needs no answer to be served).
const awaitingAnswer = new Set(
  messageCategories.filter((category) => category.handling !== 'hide' && category.id !== 'appreciation').map((category) => category.id),
);

/**
 * Judges the account's first reply to a comment: its category (the export's label, else the reply
 * tool's triage), its deadline (`replyDueBy`, in the unit's zone, public channel), and how long the
 * reply took in working time. `evaluatedAt` is the end of the period: a deadline after it is pending.
 * `triage` is the comment's triage when the caller already has it (it screens the text: once is enough).
 */
export function judgeReply(
  comment: CommentRecord,
  timeZone: UnitTimeZone,
  evaluatedAt: Date,
  triage: Triage | undefined = comment.category ? undefined : triageMessage(comment.text),
): ReplyOutcome {
  const category = (comment.category ?? triage?.categories[0]?.category ?? 'question') as MessageCategoryId;
  if (!awaitingAnswer.has(category) || triage?.handling === 'hide') return { kind: 'not-counted', category };
  const due = replyDueBy(comment.receivedAt, category, { timeZone });
  if (!isDeadline(due)) return { kind: 'not-counted', category };
  if (comment.repliedAt === undefined) {
    return due.dueAt.getTime() <= evaluatedAt.getTime() ? { kind: 'unanswered', category } : { kind: 'pending', category };
  }
  const workingMinutes = workingMinutesBetween(comment.receivedAt, comment.repliedAt, timeZone);
  return { kind: comment.repliedAt.getTime() <= due.dueAt.getTime() ? 'on-time' : 'late', category, workingMinutes };
}

/** The value below which `share` of the sorted values lie (nearest rank), or undefined for none. */
export function percentile(sorted: readonly number[], share: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}
