import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHashtags, findHashtags } from './hashtags';

const date = '2026-11-22';
const rules = (text: string, platform?: string, on = date) =>
  checkHashtags(text, { date: on, ...(platform ? { platform } : {}) }).map((f) => f.ruleId);

describe('checkHashtags', () => {
  it('accepts the official hashtag of a running campaign', () => {
    expect(rules('Lelang hari ini #JagaAsetNegara #IniPunyaKita')).toEqual([]);
  });

  it('corrects the case of an official hashtag, for screen readers', () => {
    const [finding] = checkHashtags('Ayo #jagaasetnegara bersama', { date });
    expect(finding?.ruleId).toBe('agenda.hashtag-case');
    expect(finding?.suggestion?.replacement).toBe('Ayo #JagaAsetNegara bersama');
    expect(finding?.location).toEqual({ kind: 'span', start: 4, end: 19 });
  });

  it('finds a look-alike of an official hashtag', () => {
    const [finding] = checkHashtags('#JagaAsetNegra', { date });
    expect(finding?.ruleId).toBe('agenda.hashtag-lookalike');
    expect(finding?.suggestion?.replacement).toBe('#JagaAsetNegara');
  });

  it('flags the hashtags of campaigns that ended or have not begun', () => {
    expect(rules('#HariOeang80')).toEqual(['agenda.hashtag-out-of-period']);
    expect(rules('#LaporSPTTahunan')).toEqual(['agenda.hashtag-out-of-period']);
    expect(rules('#LaporSPTTahunan', undefined, '2027-02-01')).toEqual([]);
  });

  it('counts hashtags against the policy and the platform', () => {
    const four = '#Satu #Dua #Tiga #Empat';
    expect(rules(four, 'x')).toEqual(['agenda.too-many-hashtags']);
    expect(rules(four, 'instagram')).toEqual([]);
  });

  it('asks for the running campaign’s hashtag on its theme, with the text completed', () => {
    const [finding] = checkHashtags('Realisasi APBN sampai Oktober sudah 80 persen.', { date });
    expect(finding?.ruleId).toBe('agenda.missing-campaign-hashtag');
    expect(finding?.suggestion?.replacement).toBe('Realisasi APBN sampai Oktober sudah 80 persen. #UangKita');
  });

  it('finds hashtags with their spans, and never throws', () => {
    expect(findHashtags('a #Satu, b ＃Dua c#x')).toEqual([
      { tag: 'Satu', start: 2, end: 7 },
      { tag: 'Dua', start: 11, end: 15 },
    ]);
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        for (const finding of checkHashtags(text, { date })) {
          if (finding.location?.kind === 'span') expect(finding.location.end).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});
