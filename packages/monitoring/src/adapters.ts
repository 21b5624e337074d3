/**
 * Small adapters from the platforms' own post exports to the generic format (`readPostRow`'s
 * columns). The column sets come from third-party sample exports, not from the platforms'
 * documentation (see docs/research/platform-exports-2026-12.md): an adapter is chosen only when
 * every column it reads is in the header, and otherwise the generic format is expected.
 */
import { type UnitTimeZone, zoneOffset } from './response-time';

/** A post export the folder reader recognises by its header. */
export type PostExportFormat = 'generic' | 'meta-facebook' | 'meta-instagram' | 'x-analytics';

const signatures: readonly [PostExportFormat, readonly string[]][] = [
  ['meta-instagram', ['Post ID', 'Account username', 'Publish time', 'Permalink', 'Post type']],
  ['meta-facebook', ['Post ID', 'Page name', 'Publish time', 'Permalink', 'Post type']],
  ['x-analytics', ['Post id', 'Date', 'Post text', 'Post Link']],
];

/** Which export a header belongs to: the first whose columns are all present, else `generic`. */
export function detectPostExport(header: readonly string[]): PostExportFormat {
  return signatures.find(([, columns]) => columns.every((column) => header.includes(column)))?.[0] ?? 'generic';
}

/** Meta's `MM/DD/YYYY HH:MM` (no zone: Meta does not document it) as ISO in the unit's zone, or the text as it was. */
function metaTime(text: string, zone: UnitTimeZone): string {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})/.exec(text.trim());
  return match ? `${match[3]}-${match[1]}-${match[2]}T${match[4]}:${match[5]}${zoneOffset(zone)}` : text;
}

/** The account in a post's address: `facebook.com/<page>/posts/…`, `x.com/<name>/status/…`. */
const accountInLink = (link: string) => /^https?:\/\/(?:www\.|m\.)?[^/]+\/([^/?#]+)/.exec(link.trim())?.[1] ?? '';

/**
 * X post ids are snowflakes: the first 42 bits count milliseconds since 4 Nov 2010 (1288834974657 ms
 * after 1970). The export gives the date only; the id gives the instant.
 */
export function xPostTime(id: string): string | undefined {
  if (!/^\d{10,20}$/.test(id.trim())) return undefined;
  const milliseconds = Number((BigInt(id.trim()) >> 22n) + 1288834974657n);
  return new Date(milliseconds).toISOString();
}

/** A row of a platform export as a row of the generic post format. */
export function toGenericPostRow(format: PostExportFormat, row: Record<string, unknown>, zone: UnitTimeZone): Record<string, unknown> {
  const cell = (column: string) => String(row[column] ?? '').trim();
  switch (format) {
    case 'meta-instagram':
      return {
        platform: 'instagram',
        account: cell('Account username'),
        id: cell('Post ID'),
        published_at: metaTime(cell('Publish time'), zone),
        text: cell('Description'),
        type: cell('Post type'),
      };
    case 'meta-facebook':
      return {
        platform: 'facebook',
        account: accountInLink(cell('Permalink')),
        id: cell('Post ID'),
        published_at: metaTime(cell('Publish time'), zone),
        text: [cell('Title'), cell('Description')].filter(Boolean).join('\n'),
        type: cell('Post type'),
      };
    case 'x-analytics':
      return {
        platform: 'x',
        account: accountInLink(cell('Post Link')),
        id: cell('Post id'),
        published_at: xPostTime(cell('Post id')) ?? cell('Date'),
        text: cell('Post text'),
        type: 'post',
      };
    default:
      return row;
  }
}

/**
 * A comment thread as the YouTube Data API returns it (`commentThreads.list`, one resource a line,
 * with the account's handle added as `account`), as a row of the generic comment format: the top-level
 * comment, and the first reply whose author is the channel itself (`authorChannelId` equal to the
 * thread's `channelId`). `undefined` for any other object.
 */
export function fromYouTubeThread(row: Record<string, unknown>): Record<string, unknown> | undefined {
  if (row.kind !== 'youtube#commentThread') return undefined;
  type Comment = {
    id?: string;
    snippet?: { textDisplay?: string; textOriginal?: string; publishedAt?: string; authorChannelId?: { value?: string } };
  };
  const thread = row as {
    id?: string;
    account?: string;
    snippet?: { channelId?: string; videoId?: string; topLevelComment?: Comment };
    replies?: { comments?: Comment[] };
  };
  const top = thread.snippet?.topLevelComment?.snippet ?? {};
  const channel = thread.snippet?.channelId;
  const reply = (thread.replies?.comments ?? [])
    .filter((comment) => channel !== undefined && comment.snippet?.authorChannelId?.value === channel)
    .map((comment) => comment.snippet?.publishedAt ?? '')
    .sort()[0];
  return {
    platform: 'youtube',
    account: thread.account ?? '',
    id: thread.id ?? '',
    post_id: thread.snippet?.videoId ?? '',
    received_at: top.publishedAt ?? '',
    text: top.textOriginal ?? top.textDisplay ?? '',
    ...(reply ? { replied_at: reply } : {}),
  };
}
