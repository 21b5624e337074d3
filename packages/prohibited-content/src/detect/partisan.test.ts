import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screen } from '../screen';
import { findPartisanReadings, type PartisanReading, readWindow, type Word } from './partisan';
import { electionPeriods, isElectionPeriod, partisanCallVerbs, partisanVerbNegators, partisanWindowWords } from './partisan-rules';

const outside = '2026-12-02';
const during = '2024-11-20';
const draft = (text: string, asOf = outside) => screen(text, { mode: 'draft', asOf });
const partisanOf = (text: string, asOf = outside) => draft(text, asOf).findings.filter((finding) => finding.category === 'partisan');

describe('partisan readings', () => {
  it('reads a call to support a named person for an office, a party or a ballot number', () => {
    for (const text of [
      'Dukung Pak Budi jadi bupati!',
      'Menangkan Budi Santoso sebagai gubernur Jawa Tengah',
      'Ayo pilih Ibu Sri Wahyuni untuk DPRD kota',
      'Ayo dukung Partai Maju Jaya',
      'Contreng no. urut 5 untuk DPRD',
      'Jangan lupa coblos 02 ya!',
      'Salam dari kami #02',
    ]) {
      expect(partisanOf(text).length, text).toBeGreaterThan(0);
    }
  });

  it('leaves neutral election information clean', () => {
    for (const text of [
      'KPU menetapkan jadwal pemungutan suara 14 Februari',
      'Gunakan hak pilih Anda, datang ke TPS',
      'Hari pemungutan suara adalah hari libur nasional',
      'pemilih pemula wajib terdaftar di DPT',
      'Pilih pemimpin yang jujur sesuai hati nurani, datang ke TPS',
      'Silakan pilih nomor 2 untuk layanan pajak daerah',
      'Mari dukung program Bupati Sleman untuk kota bersih',
      'Dukung Timnas Indonesia di Piala Asia!',
      'Meriahkan #HUTRI80 dan #01Desember bersama kami',
    ]) {
      expect(draft(text), text).toEqual({ verdict: 'publish', findings: [] });
    }
  });

  it('blocks a draft during an election period and asks for approval outside one', () => {
    expect(draft('Dukung Pak Budi jadi bupati!', during).verdict).toBe('block');
    expect(draft('Dukung Pak Budi jadi bupati!', outside).verdict).toBe('needs-approval');
    expect(screen('Dukung Pak Budi jadi bupati!', { mode: 'comment', asOf: outside }).verdict).toBe('hold');
  });

  it('reports a list term once, not again as a reading', () => {
    expect(partisanOf('coblos nomor 2').map((finding) => finding.detector)).toEqual(['term']);
  });

  it('marks the call and what it aims at', () => {
    const text = 'Warga semua, dukung Pak Budi jadi bupati!';
    const [reading] = findPartisanReadings(text);
    expect(text.slice(reading!.start, reading!.end)).toBe('dukung Pak Budi jadi bupati');
  });

  it('keeps the election periods dated and sourced', () => {
    for (const period of electionPeriods) {
      expect(period.from <= period.to, period.name).toBe(true);
      expect(period.source.length).toBeGreaterThan(10);
    }
    expect(isElectionPeriod(during)).toBe(true);
    expect(isElectionPeriod(outside)).toBe(false);
  });

  it('property: reading the words around each call verb finds what reading every word of the text finds', () => {
    const pieces = [
      ...partisanCallVerbs,
      'Dukung',
      'PILIH',
      'pilihan',
      'memilih',
      'hak',
      'Pak',
      'Bu',
      'Budi',
      'Sri',
      'jadi',
      'bupati',
      '\u0301',
      '\u200B',
    ];
    const more = ['gubernur', 'partai', 'Maju', 'nomor', 'urut', 'no', '02', '5', 'untuk', 'DPRD', 'kota', 'x', '𝐀', 'é', '9'];
    const gaps = [' ', ' ', '. ', '! ', ', ', '\n', '', '-', '_', ' no. '];
    const texts = fc
      .array(fc.tuple(fc.constantFrom(...pieces, ...more), fc.constantFrom(...gaps)), { maxLength: 24 })
      .map((parts) => parts.map(([word, gap]) => word + gap).join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(findPartisanReadings(text), text).toEqual(readingsOfEveryWord(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('partisan readings in the screener', () => {
  it('property: every reading of a draft is reported, whatever joins its words (the scan sends the reading on)', () => {
    const words = [
      'dukung',
      'Dukung',
      'coblos',
      'pilih',
      'hak',
      'Pak',
      'Budi',
      'jadi',
      'bupati',
      'partai',
      'Maju',
      'nomor',
      'urut',
      '02',
      'x',
      'a',
    ];
    const joiners = [' ', ' ', '@', '$', '!', '\u200B', '\u0301', '-', '. ', '#0', '1'];
    const texts = fc
      .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...joiners)), { maxLength: 10 })
      .map((parts) => parts.map(([word, joiner]) => word + joiner).join(''));
    // Found by the property once: a symbol that merges into the verb's last letter.
    expect(partisanOf('coblos$partai Budi ').length).toBeGreaterThan(0);
    fc.assert(
      fc.property(texts, (text) => {
        const findings = partisanOf(text);
        for (const reading of findPartisanReadings(text)) {
          expect(
            findings.some(
              (finding) =>
                finding.location?.kind === 'span' && finding.location.start < reading.end && reading.start < finding.location.end,
            ),
            `${reading.kind} in ${JSON.stringify(text)}`,
          ).toBe(true);
        }
      }),
      { numRuns: 4000 },
    );
  });
});

/** The reference: every word of the text read, then each call verb's window (the reading before it read only around verbs). */
function readingsOfEveryWord(text: string): PartisanReading[] {
  const readings = findPartisanReadings(text).filter((reading) => reading.kind === 'campaign-hashtag');
  const words: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}\p{Cf}]*/gu)) {
    const between = text.slice(previousEnd, match.index);
    const previous = words.at(-1);
    const abbreviation = previous && ['no', 'nmr', 'pak', 'bu', 'h', 'hj', 'dr', 'ir', 'st'].includes(previous.lower);
    const sentenceBefore = /[!?;\n]/.test(between) || (/\.\s/.test(between) && !abbreviation);
    const word = match[0].replace(/[\p{M}\p{Cf}]/gu, '');
    words.push({ text: word, lower: word.toLowerCase(), start: match.index, end: match.index + match[0].length, sentenceBefore });
    previousEnd = match.index + match[0].length;
  }
  for (let v = 0; v < words.length; v++) {
    const verb = words[v]!;
    if (!(partisanCallVerbs as readonly string[]).includes(verb.lower)) continue;
    if (v > 0 && !verb.sentenceBefore && (partisanVerbNegators as readonly string[]).includes(words[v - 1]!.lower)) continue;
    let last = v;
    while (last + 1 < words.length && last + 1 - v <= partisanWindowWords && !words[last + 1]!.sentenceBefore) last++;
    const reading = readWindow(words, verb, v, last);
    if (reading) readings.push(reading);
  }
  return readings;
}
