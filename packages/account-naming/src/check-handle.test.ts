import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHandle } from './check-handle';
import { ministryExampleProfile as profile } from './profiles';

const asOf = '2026-11-22';
const rules = (handle: string, platform: string, unit?: string) =>
  checkHandle(handle, { platform, profile, asOf, ...(unit ? { unit } : {}) }).map((finding) => finding.ruleId);

describe('checkHandle', () => {
  it('passes the canonical handle', () => {
    expect(rules('kpknlbandung', 'x', 'KPKNL Bandung')).toEqual([]);
    expect(rules('@kpknljaksel', 'instagram', 'KPKNL Jakarta Selatan')).toEqual([]);
  });

  it('applies the platform’s own rules', () => {
    expect(rules('kpknl.bandung', 'x')).toEqual(['naming.platform-characters']);
    expect(rules('kpknlbanjarmasin', 'x')).toEqual(['naming.platform-length']);
    expect(rules('.kpknl', 'instagram')).toEqual(['naming.platform-punctuation']);
    expect(rules('kpknl..bogor', 'instagram')).toEqual(['naming.platform-punctuation']);
    expect(rules('kpknl_bogor', 'facebook')).toEqual(['naming.platform-characters']);
    expect(rules('adminkpknl', 'x')).toEqual(['naming.platform-reserved-word']);
  });

  it.each([
    ['BandungKpknl', 'x', 'KPKNL Bandung', ['naming.case', 'naming.word-order'], 'kpknlbandung'],
    ['kpknl_bmasin', 'x', 'KPKNL Banjarmasin', ['naming.region-abbreviation'], 'kpknlbjm'],
    ['KPPNPadang010', 'youtube', 'KPPN Padang', ['naming.case', 'naming.office-code'], 'kppnpadang'],
    ['kpknlkendarimelulo9245', 'youtube', 'KPKNL Kendari', ['naming.auto-assigned'], 'kpknlkendari'],
    ['Madya631', 'x', 'KPP Madya Surabaya', ['naming.case', 'naming.office-code', 'naming.pattern'], 'kppmadyasby'],
    ['kpknl.bogor', 'instagram', 'KPKNL Bogor', ['naming.pattern'], 'kpknlbogor'],
    ['kpknlbandung_resmi', 'instagram', 'KPKNL Bandung', ['naming.spoofing-word'], 'kpknlbandung'],
  ])('domain-facts D: @%s on %s', (handle, platform, unit, expected, replacement) => {
    const findings = checkHandle(handle, { platform, unit, profile, asOf });
    expect(findings.map((finding) => finding.ruleId)).toEqual(expected);
    expect(findings.at(-1)?.suggestion?.replacement).toBe(replacement);
    for (const finding of findings) expect(finding.message.id && finding.message.en).toBeTruthy();
  });

  it('skips rules not yet in effect', () => {
    expect(checkHandle('BandungKpknl', { platform: 'x', unit: 'KPKNL Bandung', profile, asOf: '2025-12-31' })).toEqual([]);
  });

  it('never throws, whatever the handle, unit or platform', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.constantFrom<string>('x', 'instagram', 'youtube', 'myspace'),
        (handle, unit, platform) => {
          expect(() => checkHandle(handle, { platform, unit: `KPKNL ${unit}`, profile, asOf })).not.toThrow();
          expect(() => checkHandle(handle, { platform, unit, profile, asOf })).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkHandle with options a JavaScript caller got wrong', () => {
  it('reads unit: null as no unit (issue #18: it threw a TypeError)', () => {
    const options = { platform: 'x', profile, asOf, unit: null } as never;
    expect(checkHandle('kpknlbdg', options)).toEqual(checkHandle('kpknlbdg', { platform: 'x', profile, asOf }));
  });

  it.each([[5], [true], [[]], [{}], [{ kind: 5 }], [{ kind: 'kpknl', region: 5 }]])(
    'reports a unit it cannot read (%j) as naming.unknown-unit instead of throwing',
    (unit) => {
      const findings = checkHandle('kpknlbandung', { platform: 'x', profile, asOf, unit } as never);
      expect(findings.map((finding) => finding.ruleId)).toEqual(['naming.unknown-unit']);
      expect(findings[0]?.message.en).toContain('names no unit kind');
    },
  );

  it('reports a missing profile as an option it cannot read', () => {
    const findings = checkHandle('kpknlbandung', { platform: 'x', unit: 'KPKNL Bandung', asOf } as never);
    expect(findings.map((finding) => [finding.ruleId, finding.message.en])).toEqual([
      ['input.invalid-option', 'profile must be an institution profile (institutionProfileSchema), not undefined.'],
    ]);
  });

  it('reports an asOf that is no real day as one finding, instead of checking against the wrong rules', () => {
    const findings = checkHandle('BandungKpknl', { platform: 'x', unit: 'KPKNL Bandung', profile, asOf: '2026-02-31' });
    expect(findings.map((finding) => [finding.ruleId, finding.message.en])).toEqual([
      ['input.invalid-option', 'asOf: "2026-02-31" is not a real date: February 2026 has only 28 days.'],
    ]);
  });

  it('never throws, whatever the options', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        fc.anything(),
        fc.constantFrom<unknown>(profile, undefined, null, {}),
        (unit, platform, asOfValue, anyProfile) => {
          const options = { platform, unit, asOf: asOfValue, profile: anyProfile } as never;
          expect(() => checkHandle('kpknlbandung', options)).not.toThrow();
          expect(() => checkHandle('kpknlbandung', { platform: 'x', unit, profile, asOf } as never)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
    for (const options of [undefined, null, 5]) expect(() => checkHandle('kpknlbandung', options as never)).not.toThrow();
  });
});

describe('checkHandle: a handle cut to fit', () => {
  it('says the canonical handle was shortened, with its full form', () => {
    const findings = checkHandle('kanwildjknkalim', { platform: 'x', unit: 'Kanwil DJKN Kalimantan Selatan', profile, asOf: '2026-12-02' });
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['naming.shortened-handle', 'info']]);
    expect(findings[0]?.message.id).toContain('@kanwildjknkalimantanselatan');
  });
});
