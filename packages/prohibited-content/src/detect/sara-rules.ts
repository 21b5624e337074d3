import type { LocalizedText } from '@pedoman-medsos/core';

/**
 * The rules of the SARA signals, written once: a group term (a religion, an ethnicity, a race, or a
 * derogatory name for one) near a word of derogation, dehumanisation or incitement. A group term
 * alone never flags a text — "Selamat Natal bagi umat Kristiani", "suku Dayak", "warga keturunan
 * Tionghoa" are ordinary — nor does a derogation alone (the abusive list reads insults). A text is
 * reported when a group term has derogations within `window` words of it, before or after, whose
 * weights add up to `threshold` or more. Outright slurs (`aseng`, `kadrun`) are plain terms of the
 * `sara-hate` list in data/terms.yaml.
 *
 * The words are matched like the list terms (whole words after normalization: `K4F1R`, `b.a.b.i`),
 * by the screener's one automaton. The first pass (`match/prefilter.ts`) counts every group term as
 * a term, so a text holding one is always screened in full: no SARA finding without a group term.
 *
 * Counter-speech ("jangan usir warga Madura", "stop hina agama") is not derogation: a derogation
 * word right after one of `counterSpeech` is cancelled.
 */
export const saraRules = {
  /** Groups: religions and their followers, ethnicities, races, and derogatory names for them. */
  groups: [
    // Religions and their followers.
    'islam',
    'muslim',
    'muslimin',
    'kristen',
    'kristiani',
    'nasrani',
    'katolik',
    'protestan',
    'hindu',
    'buddha',
    'budha',
    'konghucu',
    'yahudi',
    'zionis',
    'ahmadiyah',
    'syiah',
    'wahabi',
    'agama',
    'umat',
    'ulama',
    'pendeta',
    'pastor',
    'biksu',
    'gereja',
    'masjid',
    'kafir',
    'kafirun',
    'murtad',
    'atheis',
    'ateis',
    // Ethnicities, nations and races.
    'cina',
    'china',
    'cino',
    'tionghoa',
    'chindo',
    'cindo',
    'aseng',
    'asing',
    'arab',
    'onta',
    'jawa',
    'sunda',
    'batak',
    'madura',
    'dayak',
    'bugis',
    'minang',
    'ambon',
    'papua',
    'aceh',
    'betawi',
    'flores',
    'nias',
    'keturunan',
    'pribumi',
    'pendatang',
    'suku',
    'etnis',
    'negro',
    'bule',
    'londo',
  ],
  /** Derogation, dehumanisation and incitement, with what each weighs. */
  derogations: {
    /** Incitement to violence or expulsion, and dehumanising names: one is enough. */
    2: [
      'usir',
      'usirlah',
      'bunuh',
      'bunuhlah',
      'ganyang',
      'basmi',
      'bantai',
      'musnahkan',
      'habisi',
      'binasakan',
      'bakar',
      'perangi',
      'enyahkan',
      'babi',
      'anjing',
      'asu',
      'monyet',
      'kera',
      'kunyuk',
      'tikus',
      'celeng',
      'binatang',
      'najis',
      'laknat',
      'laknatullah',
      'terkutuk',
      'biadab',
      'iblis',
      'setan',
      'bangsat',
      'bajingan',
      'keparat',
      'parasit',
      'benalu',
      'kecoa',
      'lintah',
    ],
    /** Hostile words that need a second one beside them. */
    1: [
      'benci',
      'hina',
      'sesat',
      'goblok',
      'tolol',
      'bodoh',
      'bego',
      'dungu',
      'idiot',
      'kampungan',
      'sampah',
      'pulang',
      'penjajah',
      'antek',
      'busuk',
      'licik',
      'rakus',
      'serakah',
      'munafik',
      'teroris',
      'kotor',
      'jijik',
      'menjijikkan',
      'hancurkan',
      'lawan',
    ],
  },
  /** Words of counter-speech that cancel the derogation right after them. */
  counterSpeech: ['jangan', 'tidak', 'bukan', 'stop', 'tolak', 'anti', 'dilarang', 'larang', 'hentikan'],
  /** How many words may stand between a group term and a derogation. */
  window: 3,
  /** The score from which a text is reported. */
  threshold: 2,
} as const;

/** What the finding calls each kind of word. */
export const saraSignalLabels = {
  group: { id: 'sebutan kelompok', en: 'group term' },
  derogation: { id: 'kata merendahkan atau hasutan', en: 'derogation or incitement' },
} as const satisfies Record<string, LocalizedText>;

/** The weight of each derogation word. */
export const saraDerogationWeights: ReadonlyMap<string, number> = new Map(
  Object.entries(saraRules.derogations).flatMap(([weight, words]) => words.map((word): [string, number] => [word, Number(weight)])),
);

/** The counter-speech phrases (`jangan usir`) that cancel a derogation, as allow phrases of `sara-hate`. */
export const saraCounterSpeech: readonly string[] = saraRules.counterSpeech.flatMap((negator) =>
  [...saraDerogationWeights.keys()].map((word) => `${negator} ${word}`),
);
