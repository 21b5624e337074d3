/**
 * The partisan readings, written once as data: a call to vote or support (`dukung`, `coblos`,
 * `pilih`…) followed within a few words by a named person and an office, a party, or a ballot
 * number; a campaign number as a hashtag (`#02`); and the election periods during which a partisan
 * draft is blocked rather than held for approval. `partisan.ts` reads them; the first pass
 * (`match/prefilter.ts`) sends on every text holding a call verb at a word boundary (as a key of
 * its automaton, see {@link partisanCallVerbs}) or a `#0` (see {@link mayHoldCampaignHashtag}).
 *
 * Neutral election information has no call verb aimed at a person, party or number: "KPU
 * menetapkan jadwal pemungutan suara", "Gunakan hak pilih Anda", "pemilih pemula wajib terdaftar
 * di DPT" stay clean. The institution still adds this year's candidates' names as a term list.
 */

/** Verbs that call to vote for or support someone, as written (matched whole, case-insensitive). */
export const partisanCallVerbs = [
  'dukung',
  'dukunglah',
  'pilih',
  'pilihlah',
  'coblos',
  'nyoblos',
  'contreng',
  'contrenglah',
  'menangkan',
  'menangkanlah',
  'memenangkan',
  'vote',
] as const;

/** Words that, just before a call verb, make it something else: "hak pilih" is the right to vote. */
export const partisanVerbNegators = ['hak', 'daftar', 'kartu', 'surat', 'bilik', 'tempat'] as const;

/** Titles before a person's name (`Pak Budi`, `Bu Sri`). */
export const partisanTitles = ['pak', 'bu', 'bapak', 'ibu', 'bang', 'mas', 'mbak', 'kak', 'cak', 'uda', 'teh', 'kang', 'bung'] as const;

/** Offices and roles one is elected to; any of them near a call verb and a named person is a campaign. */
export const partisanOffices = [
  'bupati',
  'wakil bupati',
  'walikota',
  'wali kota',
  'wakil walikota',
  'wakil wali kota',
  'gubernur',
  'wakil gubernur',
  'presiden',
  'wakil presiden',
  'wapres',
  'capres',
  'cawapres',
  'cagub',
  'cawagub',
  'cabup',
  'cawabup',
  'cawalkot',
  'caleg',
  'calon',
  'paslon',
  'dpr',
  'dprd',
  'dpd',
  'dpr ri',
  'anggota dewan',
  'legislatif',
  'kepala desa',
  'kades',
  'pemimpin',
  'periode',
] as const;

/** How many words after the call verb a person, office, party or number may stand (one sentence). */
export const partisanWindowWords = 7;

/** A campaign's ballot number after a call verb: `nomor 2`, `no. urut 3`, `nomer 1`, `paslon 02`, `02`. */
export const ballotNumber = /^(?:(?:nomor|nomer|no\.?|nmr|angka)\s*(?:urut\s*)?\d{1,2}|0\d)$/iu;

/** A campaign number as a hashtag: `#01`, `#02`, `#03`, not `#2026` or `#01Desember`. */
export const campaignHashtag = /(?<![\p{L}\p{N}_])#0[1-9](?![\p{L}\p{N}_])/u;

/** The first pass's cheap test for {@link campaignHashtag}. */
export function mayHoldCampaignHashtag(text: string): boolean {
  return text.includes('#0');
}

/** An election period: during it a partisan reading in a draft blocks; outside it, it asks for approval. */
export interface ElectionPeriod {
  name: string;
  /** First and last day of the campaign through voting (`YYYY-MM-DD`, inclusive). */
  from: string;
  to: string;
  /** `example`: dates of a past or planned schedule shown as an example; `dated`: set by a KPU decision. */
  status: 'example' | 'dated';
  source: string;
}

/**
 * Election periods (campaign to the end of recapitulation). Examples: an institution updates them
 * from the KPU decisions of its year. Strings compare as dates (`YYYY-MM-DD`).
 */
export const electionPeriods: readonly ElectionPeriod[] = [
  {
    name: 'Pemilihan serentak 2024 (gubernur, bupati, wali kota)',
    from: '2024-09-25',
    to: '2024-12-16',
    status: 'dated',
    source: 'PKPU 2/2024 tentang Tahapan dan Jadwal Pemilihan 2024 (kampanye 25 Sep–23 Nov, pemungutan suara 27 Nov 2024)',
  },
  {
    name: 'Pemilu 2029 (presiden, DPR, DPD, DPRD)',
    from: '2028-11-28',
    to: '2029-03-20',
    status: 'example',
    source:
      'Contoh, mengikuti pola jadwal Pemilu 2024 (PKPU 3/2022: kampanye 28 Nov 2023–10 Feb 2024, pemungutan suara 14 Feb 2024); ganti dengan PKPU tahapan Pemilu 2029',
  },
];

/** Whether `asOf` falls inside an election period. */
export function isElectionPeriod(asOf: string, periods: readonly ElectionPeriod[] = electionPeriods): boolean {
  return periods.some((period) => period.from <= asOf && asOf <= period.to);
}
