import { getPlatform, platforms } from '@pedoman-medsos/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlatformRules } from './platform-handle-rules';
import { bpomExampleProfile, exampleProfiles, ministryExampleProfile, pemdaExampleProfile } from './profiles';
import { NamingFindings } from './rules';
import { suggestHandle } from './suggest-handle';

const asOf = '2026-11-22';

describe('suggestHandle', () => {
  it.each([
    ['KPKNL Bandung', 'instagram', 'kpknlbandung'],
    ['KPKNL Bandung', 'x', 'kpknlbandung'],
    ['Kantor Pelayanan Kekayaan Negara dan Lelang Bogor', 'youtube', 'kpknlbogor'],
    ['KPKNL Jakarta Selatan', 'x', 'kpknljaksel'],
    ['KPKNL Banjarmasin', 'instagram', 'kpknlbanjarmasin'],
    ['KPKNL Banjarmasin', 'x', 'kpknlbjm'],
    ['KPP Madya Surabaya', 'x', 'kppmadyasby'],
    ['Bea Cukai Medan', 'tiktok', 'beacukaimedan'],
  ])('ministry example: %s on %s → @%s', (unit, platform, handle) => {
    expect(suggestHandle(unit, platform, ministryExampleProfile, { asOf }).handle).toBe(handle);
  });

  it.each([
    ['Dinas Kominfo Kabupaten Sleman', 'instagram', 'kominfo.sleman'],
    ['Dinas Kominfo Kabupaten Sleman', 'x', 'kominfo_sleman'],
    ['Dinas Kesehatan Provinsi Jawa Tengah', 'instagram', 'dinkes.jateng'],
    ['BPBD Kota Surabaya', 'tiktok', 'bpbd.surabaya'],
    ['Bappeda Kabupaten Bandung', 'instagram', 'bappeda.kabupatenbandung'],
    ['Kecamatan Mlati', 'instagram', 'kec.mlati'],
  ])('regional-government example: %s on %s → @%s', (unit, platform, handle) => {
    expect(suggestHandle(unit, platform, pemdaExampleProfile, { asOf }).handle).toBe(handle);
  });

  it('ships every profile as a marked example', () => {
    for (const profile of Object.values(exampleProfiles)) expect(profile.example).toBe(true);
  });

  it.each([
    ['Balai Besar POM Jakarta', 'instagram', 'bpom.jakarta'],
    ['BBPOM Jakarta', 'x', 'bpom_jakarta'],
    ['Direktorat Registrasi Obat', 'instagram', 'registrasiobat.bpom'],
  ])('BPOM example: %s on %s → @%s', (unit, platform, handle) => {
    expect(suggestHandle(unit, platform, bpomExampleProfile, { asOf }).handle).toBe(handle);
  });

  it('explains each step, including the length fallback', () => {
    const { steps } = suggestHandle('KPKNL Banjarmasin', 'x', ministryExampleProfile, { asOf });
    expect(steps.map((step) => step.en)).toEqual([
      'Unit kind "Kantor Pelayanan Kekayaan Negara dan Lelang" is written "kpknl"; pattern {unit}{region}.',
      'Region "Banjarmasin" is written "banjarmasin" per the profile’s dictionary.',
      'Over 15 characters: the region’s short form from the dictionary, "bjm".',
    ]);
  });

  it('reports an unknown unit instead of guessing', () => {
    const result = suggestHandle('Dinas Pariwisata Bandung', 'x', ministryExampleProfile, { asOf });
    expect(result.handle).toBeUndefined();
    expect(result.findings[0]?.ruleId).toBe('naming.unknown-unit');
  });

  it('gives a handle that passes its platform’s rules, for any unit name', () => {
    const kind = fc.constantFrom(...ministryExampleProfile.unitKinds.map((k) => k.abbreviation.toUpperCase()), 'Balai Besar POM');
    const region = fc.string({ minLength: 1, maxLength: 60 }).filter((text) => /\p{L}/u.test(text));
    fc.assert(
      fc.property(kind, region, fc.constantFrom(...platforms.map((p) => p.id)), fc.boolean(), (unitKind, place, platformId, bpom) => {
        const profile = bpom ? bpomExampleProfile : ministryExampleProfile;
        const result = suggestHandle(`${unitKind} ${place}`, platformId, profile, { asOf });
        if (result.handle === undefined) {
          expect(result.findings.length).toBeGreaterThan(0);
          return;
        }
        const findings = new NamingFindings(asOf);
        checkPlatformRules(result.handle, getPlatform(platformId), findings);
        // Every platform rule holds, except a handle too short, which the suggestion itself reports.
        const tooShort = result.findings.some((finding) => finding.ruleId === 'naming.platform-length');
        const broken = findings.findings.filter((finding) => !(tooShort && finding.ruleId === 'naming.platform-length'));
        expect(
          broken.map((finding) => finding.message.en),
          result.handle,
        ).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('suggestHandle with an asOf that is no real day', () => {
  it('reports it and suggests nothing: which rules apply is unknown', () => {
    const suggestion = suggestHandle('KPKNL Bandung', 'x', ministryExampleProfile, { asOf: '2026-04-31' });
    expect(suggestion.handle).toBeUndefined();
    expect(suggestion.findings.map((finding) => finding.message.en)).toEqual([
      'asOf: "2026-04-31" is not a real date: April 2026 has only 30 days.',
    ]);
  });
});

describe('suggestHandle: a handle cut to fit', () => {
  const after = '2026-12-02';
  it('reports the full form and the fix when the region is cut, not when the dictionary gives the short form', () => {
    const cut = suggestHandle('Kanwil DJKN Kalimantan Selatan', 'x', ministryExampleProfile, { asOf: after });
    expect(cut.handle).toBe('kanwildjknkalim');
    expect(cut.findings.map((finding) => finding.ruleId)).toEqual(['naming.shortened-handle']);
    expect(cut.findings[0]?.message.en).toBe(
      '@kanwildjknkalim is @kanwildjknkalimantanselatan shortened to fit the 15-character limit of X (Twitter). Add an official short form of "Kalimantan Selatan" (`short`) to the profile\'s dictionary.',
    );
    expect(suggestHandle('KPKNL Banjarmasin', 'x', ministryExampleProfile, { asOf: after }).findings).toEqual([]);
    expect(suggestHandle('Kanwil DJKN Kalimantan Selatan', 'instagram', ministryExampleProfile, { asOf: after }).findings).toEqual([]);
  });
});

describe('suggestHandle: the branches the examples above do not pin', () => {
  const after = '2026-12-02';
  const messages = (result: { findings: { ruleId: string; message: { en: string } }[] }) =>
    result.findings.map((finding) => [finding.ruleId, finding.message.en]);

  it('names the platforms when the platform is unknown', () => {
    // @ts-expect-error — a literal platform id must be one of the registry
    expect(messages(suggestHandle('KPKNL Bandung', 'myspace', ministryExampleProfile, { asOf }))).toEqual([
      ['naming.unknown-unit', 'Unknown platform "myspace"; choose: instagram, facebook, x, tiktok, youtube, threads.'],
    ]);
  });

  it('asks for the region of a regional unit named without one, and keeps the unit it read', () => {
    const result = suggestHandle('KPKNL', 'x', ministryExampleProfile, { asOf });
    expect(result.handle).toBeUndefined();
    expect(result.unit?.kind.abbreviation).toBe('kpknl');
    expect(messages(result)).toEqual([['naming.unknown-unit', '"KPKNL": a regional unit needs a region, e.g. "KPKNL Bandung".']]);
  });

  it('asks for a spelling of a region with no Latin letters', () => {
    const result = suggestHandle('KPKNL Москва', 'x', ministryExampleProfile, { asOf });
    expect(result.handle).toBeUndefined();
    expect(messages(result)).toEqual([
      ['naming.unknown-unit', 'Region "Москва" cannot be written in Latin letters; add its spelling to the profile\'s dictionary.'],
    ]);
  });

  it('says which separator replaces a refused one, then drops it and cuts the region for length', () => {
    const result = suggestHandle('Bappeda Kabupaten Bandung', 'x', pemdaExampleProfile, { asOf });
    expect(result.handle).toBe('bappedakabupate');
    expect(result.steps.map((step) => step.en).slice(2)).toEqual([
      'X (Twitter) does not accept "."; the separator is "_".',
      'Over 15 characters: the separator is dropped.',
      'Over 15 characters: the region is cut to "kabupate". Add an official short form to the profile\'s dictionary.',
    ]);
  });

  it('cuts the handle itself when the fixed words alone are too long, and asks for an abbreviation', () => {
    const result = suggestHandle('Direktorat Registrasi Obat', 'x', bpomExampleProfile, { asOf: after });
    expect(result.handle).toBe('registrasiobatb');
    expect(result.steps.at(-1)?.en).toBe('Cut to 15 characters.');
    expect(messages(result)).toEqual([
      [
        'naming.shortened-handle',
        '@registrasiobatb is @registrasiobat_bpom shortened to fit the 15-character limit of X (Twitter). Set an official abbreviation in the profile.',
      ],
    ]);
  });

  it('reports a handle shorter than the platform allows', () => {
    const result = suggestHandle('KPP A', 'facebook', ministryExampleProfile, { asOf });
    expect(result.handle).toBe('kppa');
    expect(messages(result)).toEqual([
      ['naming.platform-length', '@kppa is shorter than the 5 characters Facebook requires; set a longer spelling in the profile.'],
    ]);
  });
});

describe('suggestHandle with a split unit ({ kind, region })', () => {
  it.each([['kpp-pratama'], ['kpp'], ['KPP'], [' Kpp ']])('reads kind %j as the id or the abbreviation, in any case', (kind) => {
    const result = suggestHandle({ kind, region: 'Bandung' }, 'x', ministryExampleProfile, { asOf });
    expect(result.handle).toBe('kppbandung');
    expect(result.unit?.kind.id).toBe('kpp-pratama');
  });

  it('reads the abbreviation the message of an unknown kind lists', () => {
    // KPPBC is written "beacukai": its id and its abbreviation both name it.
    expect(suggestHandle({ kind: 'kppbc', region: 'Medan' }, 'x', ministryExampleProfile, { asOf }).handle).toBe('beacukaimedan');
    expect(suggestHandle({ kind: 'BEACUKAI', region: 'Medan' }, 'x', ministryExampleProfile, { asOf }).handle).toBe('beacukaimedan');
  });

  it('lists the ids and abbreviations a split unit may use when its kind is unknown, and each one listed works', () => {
    const result = suggestHandle({ kind: 'Kantor Pajak', region: 'Bandung' }, 'x', ministryExampleProfile, { asOf });
    expect(result.handle).toBeUndefined();
    const listed = 'kpknl, kppn, kpp-pratama (kpp), kpp-madya (kppmadya), kppbc (beacukai), kanwil-djkn (kanwildjkn)';
    expect(result.findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      [
        'naming.unknown-unit',
        {
          id: `Jenis unit "Kantor Pajak" tidak ada di profil Kementerian Keuangan; tulis id atau singkatannya: ${listed}.`,
          en: `Unit kind "Kantor Pajak" is not in the Kementerian Keuangan profile; give its id or abbreviation: ${listed}.`,
        },
      ],
    ]);
    for (const kind of listed.split(/, | \(|\)/).filter(Boolean)) {
      expect(suggestHandle({ kind, region: 'Bandung' }, 'x', ministryExampleProfile, { asOf }).handle, kind).toBeDefined();
    }
  });

  it('shows a split regional unit without a region how to add one in the same form', () => {
    const result = suggestHandle({ kind: 'KPKNL' }, 'x', ministryExampleProfile, { asOf });
    expect(result.handle).toBeUndefined();
    expect(result.findings[0]?.message).toEqual({
      id: '"KPKNL": unit kewilayahan perlu nama wilayah, mis. { kind: "kpknl", region: "Bandung" }.',
      en: '"KPKNL": a regional unit needs a region, e.g. { kind: "kpknl", region: "Bandung" }.',
    });
  });

  it('still lists the abbreviations in capitals for a unit given by name', () => {
    const result = suggestHandle('Kantor Pajak Bandung', 'x', ministryExampleProfile, { asOf });
    expect(result.findings[0]?.message.en).toBe(
      '"Kantor Pajak Bandung" names no unit kind of the Kementerian Keuangan profile (KPKNL, KPPN, KPP, KPPMADYA, BEACUKAI, KANWILDJKN).',
    );
  });
});
