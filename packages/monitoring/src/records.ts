import { type LocalizedText, type PlatformId, parseIsoDateTime, platformIdSchema, quoteValue } from '@pedoman-medsos/core';
import { monitoring } from '@pedoman-medsos/governance';
import { messageCategories } from '@pedoman-medsos/reply-templates';

/** One post of an account, in the generic format every adapter produces. */
export interface PostRecord {
  platform: PlatformId;
  /** The account's handle, without "@", as in the register. */
  account: string;
  id: string;
  publishedAt: Date;
  text: string;
  /** The export's post type as written (`Reels`, `IG image`, `video`…); read into a format. */
  type: string;
  /** A purpose label that overrides the reading from cue phrases (governance purpose id). */
  purpose?: string;
  /** A format label that overrides the post type (governance format id). */
  format?: string;
}

/** One comment or message to an account, with the account's first reply if any. */
export interface CommentRecord {
  platform: PlatformId;
  account: string;
  id: string;
  postId?: string;
  receivedAt: Date;
  text: string;
  /** When the account first replied; absent when it did not. */
  repliedAt?: Date;
  /** Whether the account hid (or removed) the comment. */
  hidden?: boolean;
  /** A message category that overrides the triage (reply-templates category id). */
  category?: string;
}

/** A problem with one row, to print as `file:line: column: message`. */
export interface RowProblem {
  line: number;
  column?: string;
  message: LocalizedText;
}

/** The columns of the generic format, as documented in the README: required first. */
export const postColumns = {
  required: ['platform', 'account', 'id', 'published_at'],
  optional: ['text', 'type', 'purpose', 'format'],
} as const;
export const commentColumns = {
  required: ['platform', 'account', 'id', 'received_at', 'text'],
  optional: ['post_id', 'replied_at', 'hidden', 'category'],
} as const;

const yes = new Set(['ya', 'yes', 'y', 'true', '1']);
const no = new Set(['tidak', 'no', 'n', 'false', '0', '']);
const purposeIds = new Set(monitoring.contentPurposes.map((purpose) => purpose.id));
const formatIds = new Set(monitoring.contentFormats.map((format) => format.id));
const categoryIds = new Set(messageCategories.map((category) => category.id));

/** Reads the cells of one row; problems are collected, never thrown. */
class RowReader {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly row: Record<string, unknown>,
    private readonly line: number,
  ) {}

  text(column: string, required = false): string {
    const value = this.row[column];
    const text = value === undefined || value === null ? '' : String(value).trim();
    if (required && text === '') this.problem(column, { id: 'wajib diisi', en: 'must be filled in' });
    return text;
  }

  platform(): PlatformId {
    const value = this.text('platform', true).toLowerCase();
    const read = platformIdSchema.safeParse(value === 'twitter' ? 'x' : value);
    if (!read.success && value)
      this.problem('platform', {
        id: `${quoteValue(value)} bukan platform yang dikenal`,
        en: `${quoteValue(value)} is not a known platform`,
      });
    return (read.success ? read.data : value) as PlatformId;
  }

  instant(column: string, required: boolean): Date | undefined {
    const value = this.text(column, required);
    if (value === '') return undefined;
    const read = parseIsoDateTime(value.replace(' ', 'T'));
    if (read.ok) return read.value.instant;
    this.problem(column, read.problem);
    return undefined;
  }

  flag(column: string): boolean | undefined {
    const value = this.text(column).toLowerCase();
    if (yes.has(value)) return true;
    if (no.has(value)) return value === '' ? undefined : false;
    this.problem(column, { id: `${quoteValue(value)}: tulis ya atau tidak`, en: `${quoteValue(value)}: write yes or no` });
    return undefined;
  }

  oneOf(column: string, allowed: ReadonlySet<string>): string | undefined {
    const value = this.text(column);
    if (value === '') return undefined;
    if (allowed.has(value)) return value;
    this.problem(column, {
      id: `${quoteValue(value)}: pilih salah satu dari ${[...allowed].join(', ')}`,
      en: `${quoteValue(value)}: one of ${[...allowed].join(', ')}`,
    });
    return undefined;
  }

  private problem(column: string, message: LocalizedText): void {
    this.problems.push({ line: this.line, column, message });
  }
}

const handle = (value: string) => value.replace(/^@/, '').toLowerCase();

/** A post row of the generic format (CSV header names), or the problems that keep it out. */
export function readPostRow(row: Record<string, unknown>, line: number): { record?: PostRecord; problems: RowProblem[] } {
  const cells = new RowReader(row, line);
  const platform = cells.platform();
  const account = handle(cells.text('account', true));
  const id = cells.text('id', true);
  const publishedAt = cells.instant('published_at', true);
  const purpose = cells.oneOf('purpose', purposeIds);
  const format = cells.oneOf('format', formatIds);
  if (cells.problems.length > 0 || !publishedAt) return { problems: cells.problems };
  const record: PostRecord = { platform, account, id, publishedAt, text: cells.text('text'), type: cells.text('type') };
  if (purpose) record.purpose = purpose;
  if (format) record.format = format;
  return { record, problems: [] };
}

/** A comment row of the generic format (CSV header names), or the problems that keep it out. */
export function readCommentRow(row: Record<string, unknown>, line: number): { record?: CommentRecord; problems: RowProblem[] } {
  const cells = new RowReader(row, line);
  const platform = cells.platform();
  const account = handle(cells.text('account', true));
  const id = cells.text('id', true);
  const receivedAt = cells.instant('received_at', true);
  const text = cells.text('text', true);
  const repliedAt = cells.instant('replied_at', false);
  const hidden = cells.flag('hidden');
  const category = cells.oneOf('category', categoryIds);
  const postId = cells.text('post_id');
  if (cells.problems.length > 0 || !receivedAt) return { problems: cells.problems };
  const record: CommentRecord = { platform, account, id, receivedAt, text };
  if (postId) record.postId = postId;
  if (repliedAt) record.repliedAt = repliedAt;
  if (hidden !== undefined) record.hidden = hidden;
  if (category) record.category = category;
  return { record, problems: [] };
}
