import { describe, expect, it } from 'vitest';
import { detectPostExport, fromYouTubeThread, toGenericPostRow, xPostTime } from './adapters';
import { readPostRow } from './records';

// Headers as the sample exports have them (third-party samples; see docs/research).
const instagramHeader = [
  'Post ID',
  'Account ID',
  'Account username',
  'Account name',
  'Description',
  'Duration (sec)',
  'Publish time',
  'Permalink',
  'Post type',
  'Data comment',
  'Date',
  'Views',
  'Reach',
  'Likes',
  'Shares',
  'Follows',
  'Comments',
  'Saves',
];
const facebookHeader = [
  'Post ID',
  'Page ID',
  'Page name',
  'Title',
  'Description',
  'Duration (sec)',
  'Publish time',
  'Caption type',
  'Permalink',
  'Post type',
  'Reach',
];
const xHeader = ['Post id', 'Date', 'Post text', 'Post Link', 'Impressions', 'Likes'];

describe('platform post exports', () => {
  it('recognises each export by its header, and the generic format otherwise', () => {
    expect(detectPostExport(instagramHeader)).toBe('meta-instagram');
    expect(detectPostExport(facebookHeader)).toBe('meta-facebook');
    expect(detectPostExport(xHeader)).toBe('x-analytics');
    expect(detectPostExport(['platform', 'account', 'id', 'published_at'])).toBe('generic');
  });

  it('reads a Meta Business Suite row, adding the unit’s zone to the zone-less publish time', () => {
    const row = {
      'Post ID': '17900001',
      'Account username': 'kpknlbandung',
      Description: 'Tips lelang',
      'Publish time': '12/01/2026 09:30',
      'Post type': 'IG reel',
    };
    const { record } = readPostRow(toGenericPostRow('meta-instagram', row, 'WITA'), 2);
    expect(record).toMatchObject({ platform: 'instagram', account: 'kpknlbandung', id: '17900001', text: 'Tips lelang', type: 'IG reel' });
    expect(record?.publishedAt.toISOString()).toBe('2026-12-01T01:30:00.000Z');
    const facebook = toGenericPostRow(
      'meta-facebook',
      {
        'Post ID': '1',
        Permalink: 'https://www.facebook.com/kpknlbandung/posts/pfbid02x',
        Title: 'Judul',
        'Publish time': '12/01/2026 09:30',
        'Post type': 'Photos',
      },
      'WIB',
    );
    expect(facebook).toMatchObject({ platform: 'facebook', account: 'kpknlbandung', text: 'Judul' });
  });

  it('takes an X post’s time from its id, the export giving the date only', () => {
    // Twitter's documentation example: id 1050118621198921728 was posted Wed Oct 10 20:19:24 +0000 2018.
    expect(xPostTime('1050118621198921728')?.startsWith('2018-10-10T20:19:24')).toBe(true);
    const row = toGenericPostRow(
      'x-analytics',
      {
        'Post id': '1050118621198921728',
        Date: 'Wed, Oct 10, 2018',
        'Post text': 'Halo',
        'Post Link': 'https://x.com/kpknlbogor/status/1050118621198921728',
      },
      'WIB',
    );
    expect(row).toMatchObject({ platform: 'x', account: 'kpknlbogor', text: 'Halo' });
    expect(xPostTime('not an id')).toBeUndefined();
  });
});

describe('YouTube comment threads', () => {
  it('reads the top-level comment and the channel’s own first reply', () => {
    const thread = {
      kind: 'youtube#commentThread',
      id: 'Ugx1',
      account: 'kpknlbandung',
      snippet: {
        channelId: 'UCchannel',
        videoId: 'vid1',
        topLevelComment: {
          id: 'Ugx1',
          snippet: { textDisplay: 'Kapan lelang dibuka?', publishedAt: '2026-12-04T08:00:00Z', authorChannelId: { value: 'UCviewer' } },
        },
      },
      replies: {
        comments: [
          { snippet: { textDisplay: 'Saya juga mau tahu', publishedAt: '2026-12-04T08:30:00Z', authorChannelId: { value: 'UCother' } } },
          { snippet: { textDisplay: 'Besok pukul 09.00.', publishedAt: '2026-12-04T09:00:00Z', authorChannelId: { value: 'UCchannel' } } },
        ],
      },
    };
    const row = fromYouTubeThread(thread);
    expect(row).toEqual({
      platform: 'youtube',
      account: 'kpknlbandung',
      id: 'Ugx1',
      post_id: 'vid1',
      received_at: '2026-12-04T08:00:00Z',
      text: 'Kapan lelang dibuka?',
      replied_at: '2026-12-04T09:00:00Z',
    });
    expect(fromYouTubeThread({ platform: 'youtube' })).toBeUndefined();
  });
});
