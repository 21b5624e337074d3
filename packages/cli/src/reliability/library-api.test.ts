// Reliability (issue 18): the packages under bad options. A validator returns findings — never a
// TypeError from deep inside; a configuration it cannot use is a typed ConfigError; a date that
// does not exist is refused, never rolled over into the next month.
import { auditAccounts, checkHandle, exampleProfiles, registerRowSchema } from '@pedoman-medsos/account-naming';
import { ConfigError, type Finding } from '@pedoman-medsos/core';
import { cadenceReport, checkHashtags } from '@pedoman-medsos/digital-agenda';
import { createScreener, ScreenerConfigError } from '@pedoman-medsos/prohibited-content';
import { type MessageCategoryId, replyDueBy } from '@pedoman-medsos/reply-templates';
import { describe, expect, it } from 'vitest';

const profile = exampleProfiles.ministry;
const rulesOf = (findings: readonly Finding[]) => findings.map((finding) => finding.ruleId);
// What a JavaScript caller without types may pass.
const loose = <T>(value: unknown) => value as T;

describe('validators return findings for options they cannot read', () => {
  it('checkHandle reads unit: null as no unit', () => {
    expect(() => checkHandle('kpknlbdg', { platform: 'x', profile, unit: loose(null) })).not.toThrow();
  });

  it('auditAccounts with asOf "besok" says so once instead of skipping dormancy', () => {
    const rows = [
      registerRowSchema.parse({ unit: 'KPKNL Bandung', platform: 'instagram', handle: 'kpknlbandung', lastPostDate: '2020-01-01' }),
    ];
    const result = auditAccounts(rows, profile, { asOf: 'besok' });
    expect(rulesOf(result.findings)).toEqual(['input.invalid-option']);
  });

  it('checkHashtags refuses 30 February and an unknown platform instead of accepting or falling back', () => {
    expect(rulesOf(checkHashtags('#UangKita', { date: '2026-02-30' }))).toEqual(['input.invalid-option']);
    for (const platform of ['mastodon', 'Instagram', 'all'])
      expect(rulesOf(checkHashtags('#UangKita', { platform }))).toEqual(['input.invalid-option']);
  });

  it('replyDueBy reports an unknown category or time zone and an impossible time', () => {
    expect(rulesOf(replyDueBy('2026-12-01T10:00+07:00', loose<MessageCategoryId>('bogus')).findings)).toContain('input.invalid-option');
    expect(rulesOf(replyDueBy('2026-12-01T10:00+07:00', 'question', { timeZone: loose('UTC') }).findings)).toContain(
      'input.invalid-option',
    );
    const impossible = replyDueBy('2026-02-31T10:00+07:00', 'question');
    expect('dueBy' in impossible).toBe(false);
    expect(rulesOf(impossible.findings)).toEqual(['reply.invalid-time']);
  });
});

describe('configuration a function cannot use is a typed error', () => {
  const screener = createScreener();
  it.each([
    ['a text instead of a list', 'gambling'],
    ['an empty list, which would screen nothing', []],
  ])('screen categories: %s', (_, categories) => {
    expect(() => screener.screen('slot gacor', { mode: 'comment', categories: loose<string[]>(categories) })).toThrow(ScreenerConfigError);
  });

  it('cadenceReport refuses a reversed period instead of a gap of −26 days', () => {
    expect(() => cadenceReport([], { from: '2026-03-28', to: '2026-03-01' })).toThrow(ConfigError);
  });
});
