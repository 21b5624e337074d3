import { platforms } from '@pedoman-medsos/core';
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

  it('suggests the institution’s branded name for a term, from the agenda’s branded terms', () => {
    // Outside the "APBN: Uang Kita" campaign, only the branded-term suggestion remains.
    const findings = checkHashtags('Realisasi APBN sampai Oktober sudah 80 persen.', { date: '2028-01-10' });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['agenda.branded-term']);
    expect(findings[0]?.message.id).toContain('"Uang Kita" (#UangKita)');
    expect(findings[0]?.suggestion?.message.en).toBe('Use the name "Uang Kita" (#UangKita).');
    expect(rules('Realisasi APBN sampai Oktober sudah 80 persen.')).toContain('agenda.branded-term');
  });

  it('is content when the brand or its hashtag is already there, and reads the term as a whole word', () => {
    expect(rules('APBN, uang kita bersama.', undefined, '2028-01-10')).toEqual([]);
    expect(rules('Realisasi APBN 2026 #UangKita')).toEqual([]);
    expect(rules('APBND provinsi naik.', undefined, '2028-01-10')).toEqual([]);
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

describe('checkHashtags with options it cannot read', () => {
  const problems = (options: object) =>
    checkHashtags('#Satu #Dua #Tiga #Empat', options as never).map((finding) => [finding.ruleId, finding.severity, finding.message.en]);
  const ids = platforms.map((platform) => platform.id).join(', ');

  it.each([['2026-02-30'], ['2026-02-29'], ['2026-13-01'], ['22/11/2026']])(
    'refuses the date %s instead of accepting it (issue #18)',
    (on) => {
      const [problem, ...rest] = problems({ date: on, platform: 'x' });
      expect(rest).toEqual([]);
      expect(problem?.slice(0, 2)).toEqual(['input.invalid-option', 'error']);
      expect(problem?.[2]).toMatch(/^date/);
    },
  );

  it('says why an impossible date is refused', () => {
    expect(problems({ date: '2026-02-30' })).toEqual([
      ['input.invalid-option', 'error', 'date: "2026-02-30" is not a real date: February 2026 has only 28 days.'],
    ]);
  });

  it.each([['mastodon'], ['all'], [''], [5]])(
    'refuses the unknown platform %j instead of falling back to the general limit (issue #18)',
    (platform) => {
      expect(problems({ date, platform })).toEqual([
        [
          'input.invalid-option',
          'error',
          `Unknown platform ${JSON.stringify(platform)}. Choose one of: ${ids}; or leave platform out for the general limit (at most 3 hashtags).`,
        ],
      ]);
    },
  );

  it('tells a platform id written with capitals how it is written', () => {
    const [problem] = problems({ date, platform: 'Instagram' });
    expect(problem?.[2]).toMatch(/^Unknown platform "Instagram": platform ids are lower case, "instagram"\. Choose one of: /);
  });

  it('reads platform: null as no platform, as undefined is', () => {
    expect(problems({ date, platform: null })).toEqual(problems({ date }));
  });

  it('never throws, whatever the options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (on, platform) => {
        expect(() => checkHashtags('#JagaAsetNegara lelang', { date: on, platform } as never)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    for (const options of [undefined, null, 5]) expect(() => checkHashtags('#Satu', options as never)).not.toThrow();
  });
});
