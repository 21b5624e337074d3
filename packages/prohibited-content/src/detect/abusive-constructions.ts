import type { TermList } from '../schema/term-list';

/**
 * Insult constructions of the `abusive` category, written once and compiled into phrases of its
 * term lists. Words with an innocent main sense — `anjing` (a dog), `babi`, `monyet`, `sampah`,
 * `sia` (Sundanese "you", but also `sia-sia`) — never fire alone here: only in a construction that
 * aims them at someone.
 *
 * - `dasar …` followed by an insult ("dasar monyet", "dasar goblok"): strong.
 * - an insult followed by a rude "you" ("tolol lu", "anjing kau", "goblog sia"): strong.
 * - `otak …` with an empty or animal brain ("otak udang", "otak dengkul"): mild.
 * - `dasar …` followed by a person or a group ("dasar pejabat", "dasar polisi"): mild — a scolding
 *   aimed at people, for an admin to judge; "atas dasar", "dasar hukum" are allowed phrases.
 *
 * Criticism without an insult ("pejabatnya tidak becus", "pelayanannya lambat") matches none.
 */
export const abusiveConstructions = {
  /** Words that insult a person when aimed at them (after `dasar`, before a rude "you"). */
  insults: [
    'anjing',
    'anjir',
    'anjrit',
    'asu',
    'babi',
    'monyet',
    'kunyuk',
    'kera',
    'kadal',
    'kerbau',
    'keledai',
    'sapi',
    'tikus',
    'celeng',
    'binatang',
    'setan',
    'iblis',
    'sampah',
    'bangkai',
    'tai',
    'taik',
    'goblok',
    'goblog',
    'gblk',
    'tolol',
    'bego',
    'bodoh',
    'idiot',
    'dungu',
    'pekok',
    'bloon',
    'oon',
    'geblek',
    'sinting',
    'gila',
    'edan',
    'sarap',
    'budek',
    'kampungan',
    'udik',
    'norak',
    'munafik',
    'penjilat',
    'pengecut',
    'banci',
    'lonte',
    'pelacur',
    'jablay',
    'sundal',
    'bangsat',
    'bajingan',
    'brengsek',
    'keparat',
    'kampret',
    'cebong',
    'kecebong',
    'songong',
    'belagu',
    'bacot',
  ],
  /** A rude "you" after an insult (Jakarta, Malay, Javanese, Sundanese). */
  you: ['lu', 'lo', 'loe', 'lho', 'elu', 'elo', 'luh', 'kau', 'kao', 'ente', 'kowe', 'koe', 'sia', 'maneh'],
  /** What follows `otak` in an insult. */
  brains: [
    'udang',
    'dengkul',
    'kosong',
    'kerbau',
    'keledai',
    'ayam',
    'babi',
    'sampah',
    'miring',
    'sengklek',
    'bebal',
    'tumpul',
    'cetek',
    'mesum',
    'kotor',
    'selangkangan',
  ],
  /** People and groups a scolding `dasar …` is aimed at. */
  people: [
    'pejabat',
    'pegawai',
    'petugas',
    'aparat',
    'polisi',
    'dewan',
    'anggota dewan',
    'admin',
    'orang',
    'bocah',
    'manusia',
    'rezim',
    'pns',
    'asn',
    'birokrat',
    'politikus',
    'politisi',
    'wakil rakyat',
    'laki',
    'perempuan',
    'cewek',
    'cowok',
  ],
  /** Phrases in which `dasar` is a basis, not a scolding. */
  notScolding: [
    'atas dasar',
    'sebagai dasar',
    'menjadi dasar',
    'dengan dasar',
    'dasar hukum',
    'dasar pemerintah',
    'pada dasar',
    'dasar negara',
  ],
} as const;

/** The constructions as term lists of `abusive`, for the default lists. */
export function abusiveConstructionLists(): TermList[] {
  const { insults, you, brains, people, notScolding } = abusiveConstructions;
  return [
    {
      category: 'abusive',
      tier: 'strong',
      terms: [...insults.map((word) => `dasar ${word}`), ...insults.flatMap((word) => you.map((pronoun) => `${word} ${pronoun}`))],
      allow: [],
      cues: [],
    },
    {
      category: 'abusive',
      tier: 'mild',
      terms: [...brains.map((word) => `otak ${word}`), ...people.map((word) => `dasar ${word}`)],
      allow: [...notScolding],
      cues: [],
    },
  ];
}
