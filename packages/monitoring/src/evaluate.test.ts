import { exampleProfiles, registerRowSchema } from '@pedoman-medsos/account-naming';
import { describe, expect, it } from 'vitest';
import { createEvaluation } from './evaluate';
import { parsePeriod } from './period';
import type { CommentRecord, PostRecord } from './records';

const register = [
  { unit: 'KPKNL Bandung', platform: 'instagram', handle: 'kpknlbandung' },
  { unit: 'KPKNL Bogor', platform: 'x', handle: 'kpknlbogor' },
].map((row) => registerRowSchema.parse(row));

const post = (publishedAt: string, text: string, type: string, extra: Partial<PostRecord> = {}): PostRecord => ({
  platform: 'instagram',
  account: 'kpknlbandung',
  id: publishedAt,
  publishedAt: new Date(publishedAt),
  text,
  type,
  ...extra,
});
const comment = (receivedAt: string, text: string, extra: Partial<CommentRecord> = {}): CommentRecord => ({
  platform: 'instagram',
  account: 'kpknlbandung',
  id: receivedAt,
  receivedAt: new Date(receivedAt),
  text,
  ...extra,
});

// December 2026, hand-computed: 24 Dec is cuti bersama, 25 Dec Christmas; working hours 08:00–16:00 WIB.
function evaluateDecember() {
  const evaluation = createEvaluation({ period: parsePeriod('2026-12'), register, profile: exampleProfiles.ministry });
  evaluation.addPost(post('2026-12-01T09:00+07:00', 'Kepala Kantor menghadiri upacara dan foto bersama.', 'IG image'));
  evaluation.addPost(post('2026-12-02T10:00+07:00', 'Tahukah kamu? Tips ikut lelang daring. #JagaAsetNegara', 'IG reel'));
  evaluation.addPost(post('2026-12-03T10:00+07:00', 'Lelang dibuka. #UangKita', 'IG carousel', { purpose: 'service-information' }));
  evaluation.addPost(post('2026-11-20T10:00+07:00', 'Menghadiri rakor.', 'IG image')); // before the period: only dormancy sees it
  // Question, Friday 15:00 → Monday 09:00: 1 h Friday + 1 h Monday = 2 working hours; due Monday 11:00 (4 working hours): on time.
  evaluation.addComment(
    comment('2026-12-04T15:00+07:00', 'Kapan lelang berikutnya dibuka? caranya gimana?', { repliedAt: new Date('2026-12-07T09:00+07:00') }),
  );
  // Complaint, Wednesday 23 Dec 15:00 → Monday 28 Dec 10:00: 1 h + 2 h = 3 working hours; due Monday 09:00 (2 working hours): late.
  evaluation.addComment(
    comment('2026-12-23T15:00+07:00', 'Antrean di loket lama sekali.', {
      category: 'service-complaint',
      repliedAt: new Date('2026-12-28T10:00+07:00'),
    }),
  );
  // Question at 09:00 on 1 December, never answered: due 13:00 the same day.
  evaluation.addComment(comment('2026-12-01T09:00+07:00', 'Bagaimana syarat ikut lelang?'));
  // Gambling spam left visible; a thank-you (no answer needed); a question from November (outside).
  evaluation.addComment(comment('2026-12-05T10:00+07:00', 'SLOT GACOR maxwin hari ini, daftar sekarang di situs kami!', { hidden: false }));
  evaluation.addComment(comment('2026-12-06T10:00+07:00', 'Terima kasih, pelayanannya cepat!', { category: 'appreciation' }));
  evaluation.addComment(comment('2026-11-30T10:00+07:00', 'Kapan buka?'));
  return evaluation.finish();
}

const value = (result: ReturnType<typeof evaluateDecember>, account: string, id: string) =>
  result.units
    .flatMap((unit) => unit.accounts)
    .find((entry) => entry.account === account)
    ?.indicators.find((indicator) => indicator.id === id);

describe('createEvaluation', () => {
  const result = evaluateDecember();

  it('measures replies against their targets in working hours, across a weekend and Christmas', () => {
    const replies = value(result, 'kpknlbandung', 'response-time');
    expect(replies).toMatchObject({ numerator: 1, denominator: 3 });
    const bandung = result.units.flatMap((unit) => unit.accounts).find((entry) => entry.account === 'kpknlbandung');
    expect(bandung?.counts.replies).toEqual({ onTime: 1, late: 1, unanswered: 1, pending: 0, workingMinutes: [120, 180] });
    expect(bandung?.replyHours).toEqual({ median: 2, p90: 3 });
  });

  it('reads the content mix and formats, the label overriding the cues', () => {
    expect(value(result, 'kpknlbandung', 'substantive-content')).toMatchObject({ numerator: 2, denominator: 3 });
    expect(value(result, 'kpknlbandung', 'content-formats')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('counts the campaign share: each running campaign’s posts and those with its hashtag', () => {
    // Two campaigns run all year (Jaga Aset Negara, Uang Kita): 3 posts each, one with each hashtag.
    expect(value(result, 'kpknlbandung', 'campaign-amplification')).toMatchObject({ numerator: 2, denominator: 6 });
  });

  it('counts prohibited comments left visible, and own posts free of prohibited content', () => {
    expect(value(result, 'kpknlbandung', 'prohibited-comments-hidden')).toMatchObject({ numerator: 0, denominator: 1, met: false });
    expect(value(result, 'kpknlbandung', 'prohibited-own-posts')).toMatchObject({ numerator: 3, denominator: 3, met: true });
  });

  it('judges cadence and dormancy, also for an account that never posted', () => {
    const bogor = result.units.flatMap((unit) => unit.accounts).find((entry) => entry.account === 'kpknlbogor');
    expect(bogor?.counts.posts).toBe(0);
    expect(bogor?.findings.map((finding) => finding.ruleId)).toContain('agenda.cadence');
    expect(value(result, 'kpknlbogor', 'posting-cadence')).toMatchObject({ numerator: 0, denominator: 1 });
    // Nothing to count: no question, no post.
    expect(value(result, 'kpknlbogor', 'response-time')?.value).toBeUndefined();
  });

  it('counts dormancy from the last post before the period, the shared limit of more than 90 days', () => {
    const evaluation = createEvaluation({ period: parsePeriod('2026-Q4'), register, profile: exampleProfiles.ministry });
    // Last post 1 August 2026: 152 days before 31 December. Bogor posted on 30 September: 92 days.
    evaluation.addPost(post('2026-08-01T09:00+07:00', 'Tips lelang', 'IG reel'));
    evaluation.addPost({ ...post('2026-09-30T09:00+07:00', 'Tips lelang', 'post'), platform: 'x', account: 'kpknlbogor' });
    const accounts = evaluation.finish().units.flatMap((unit) => unit.accounts);
    const dormant = (account: string) =>
      accounts.find((entry) => entry.account === account)?.findings.find((finding) => finding.ruleId === 'account.dormant');
    expect(dormant('kpknlbandung')?.message.en).toContain('152 days without a post');
    expect(dormant('kpknlbogor')?.message.en).toContain('92 days without a post');
  });

  it('lists units worst first', () => {
    const scores = result.units.map((unit) => unit.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });
});
