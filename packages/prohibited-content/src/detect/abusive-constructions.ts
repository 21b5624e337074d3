import type { TermList } from '../schema/term-list';

/**
 * Insult constructions of the `abusive` category, written once and compiled into phrases of its
 * term lists. Words with an innocent main sense — `anjing` (a dog), `babi`, `monyet`, `sampah`,
 * `gila`, `setan`, `sia` (Sundanese "you", but also `sia-sia`) — never fire alone here: only in a
 * construction that aims them at someone.
 *
 * Strong (a comment hidden, a draft blocked):
 * - `dasar …` followed by an insult ("dasar monyet", "dasar goblok");
 * - an insult followed by a rude "you" ("tolol lu", "anjing kau", "goblog sia"), also with an
 *   intensifier between ("goblok banget lu", "bego amat lo");
 * - a "you" followed by an insult ("lu goblok", "kamu sampah"), also with a filler between
 *   ("lu emang tolol", "lo tuh bego");
 * - a face called an animal ("muka monyet", "mukamu babi").
 *
 * Mild (a comment held for an admin, a draft sent for approval):
 * - `otak …` with an empty or animal brain ("otak udang", "otak dengkul");
 * - `mulut …` with a dirty mouth ("mulut sampah", "mulut comberan");
 * - a comparison with an animal ("kayak monyet", "kek babi");
 * - an insult with a possessive or "you" glued on ("gobloknya", "tololmu");
 * - `si …` naming someone by an insult ("si babi", "si bego"), and `bani …` for a political camp
 *   ("bani cebong");
 * - `dasar …` followed by a person, a group or a bare "you" ("dasar pejabat", "dasar lu"): a
 *   scolding aimed at people, for an admin to judge; "atas dasar", "dasar hukum" are allowed phrases.
 *
 * Criticism without an insult ("pejabatnya tidak becus", "pelayanannya lambat") matches none.
 */
export const abusiveConstructions = {
  /**
   * Words that insult a person when aimed at them (after `dasar`, beside a rude "you"). Animals
   * people keep (`sapi`, `kambing`, `kodok`) and `jamban` are not here, as "sapi lu" is also "your
   * cow": they count in a face or a comparison. Nor `bodo`: "bodo amat" is "whatever". Spelling
   * variants (`goblog`, `gblk`) and regional words are read by the lists in data/terms.yaml: every
   * word here is multiplied into phrases the screener compiles.
   */
  insults: [
    // Animals and filth.
    'anjing',
    'asu',
    'babi',
    'monyet',
    'kera',
    'beruk',
    'bodat',
    'kebo',
    'keledai',
    'tikus',
    'curut',
    'kecoa',
    'cacing',
    'buaya',
    'celeng',
    'onta',
    'binatang',
    'setan',
    'iblis',
    'sampah',
    'tai',
    'taik',
    // Stupidity and madness.
    'goblok',
    'tolol',
    'bego',
    'bodoh',
    'idiot',
    'dungu',
    'dongo',
    'bolot',
    'sinting',
    'gila',
    'budek',
    'autis',
    'cacat',
    // Scorn.
    'kampungan',
    'norak',
    'gembel',
    'munafik',
    'penjilat',
    'pengecut',
    'pecundang',
    'banci',
    'bencong',
    'pelacur',
    'sundal',
    'laknat',
    'dajjal',
    'bangkai',
    'bangsat',
    'bajingan',
    'brengsek',
    'keparat',
    'kampret',
    'cebong',
    'kadrun',
    'kafir',
    'bacot',
    'najis',
    'terkutuk',
    'bejat',
    'jelek',
    'gendut',
    'burik',
  ],
  /**
   * The insults most used in the longer shapes (with an intensifier or a filler between): each
   * longer shape multiplies the phrases, and the compiled screener grows with them.
   */
  commonInsults: [
    'anjing',
    'babi',
    'monyet',
    'setan',
    'sampah',
    'tai',
    'goblok',
    'tolol',
    'bego',
    'bodoh',
    'idiot',
    'gila',
    'bangsat',
    'bajingan',
    'kampret',
    'cebong',
    'kafir',
    'banci',
    'najis',
    'bacot',
  ],
  /** A rude "you" after an insult (Jakarta, Malay, Javanese, Sundanese). */
  you: ['lu', 'lo', 'loe', 'elu', 'kau', 'ente', 'kowe', 'sia'],
  /**
   * A "you" before an insult: the commonest rude ones and also the polite `kamu` ("kamu sampah" is
   * an insult). Not after an insult: "buang sampah kamu" is an instruction. `lho` is in neither
   * list: it is also a particle ("lho, bodoh sekali aku").
   */
  youFirst: ['lu', 'lo', 'elu', 'kau', 'kamu'],
  /** The commonest rude "you", for the longer shapes. */
  commonYou: ['lu', 'lo', 'kau'],
  /** Words between a "you" and the insult ("lu emang goblok"). */
  fillers: ['emang', 'tuh'],
  /** Intensifiers between an insult and a rude "you" ("goblok banget lu"). */
  intensifiers: ['banget', 'bgt', 'amat'],
  /** Animals (and the like) that a face is called or a person compared to. */
  animals: [
    'anjing',
    'babi',
    'monyet',
    'kera',
    'kunyuk',
    'tikus',
    'kecoa',
    'kodok',
    'kerbau',
    'keledai',
    'kambing',
    'onta',
    'binatang',
    'setan',
    'iblis',
    'tai',
    'sampah',
  ],
  /** Words for a face ("muka monyet", "tampangmu babi"). */
  faces: ['muka', 'mukamu', 'muka lu', 'tampang'],
  /** Words of comparison before an animal ("kayak monyet"). `seperti` is left out: "seperti anjing dan kucing" in a vaccination notice. */
  likeness: ['kayak', 'kaya', 'kek', 'mirip'],
  /**
   * Insults with no innocent sense that also come with a possessive or a "you" glued on
   * ("gobloknya", "tololmu", "bangsatlu"). Not `anjing`: "anjingnya lucu" is "the dog is cute".
   */
  glued: ['goblok', 'goblog', 'gblk', 'tolol', 'bego', 'bangsat', 'bajingan', 'brengsek', 'keparat', 'kampret', 'bacot', 'bolot', 'dungu'],
  /** The endings glued to them. */
  endings: ['nya', 'mu', 'lu', 'lo'],
  /** Political clans a `bani …` ("sons of …") mocks ("bani cebong", "bani onta"). */
  clans: ['cebong', 'kecebong', 'kampret', 'kamprey', 'onta', 'serbet', 'kadrun', 'micin', 'taplak', 'kardus', 'sumbu pendek'],
  /** What follows `otak` in an insult. */
  brains: [
    'udang',
    'dengkul',
    'kosong',
    'kerbau',
    'kebo',
    'keledai',
    'ayam',
    'babi',
    'monyet',
    'kadal',
    'onta',
    'sampah',
    'jamban',
    'comberan',
    'miring',
    'sengklek',
    'somplak',
    'geser',
    'bebal',
    'tumpul',
    'cetek',
    'dangkal',
    'sempit',
    'busuk',
    'mesum',
    'kotor',
    'selangkangan',
  ],
  /** What follows `mulut` (and its coarse synonyms) in an insult. */
  mouths: ['sampah', 'comberan', 'jamban', 'busuk', 'ember', 'lemes', 'got', 'tong sampah'],
  /** Words for a mouth: `mulut` and the coarse `cocot`, `congor`, `bacot`. */
  mouthWords: ['mulut', 'mulutmu', 'cocot', 'congor', 'moncong'],
  /** People and groups a scolding `dasar …` is aimed at, and a bare "you". */
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
    'lu',
    'lo',
    'elu',
    'kau',
    'kamu',
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
    'pendidikan dasar',
    'sekolah dasar',
    'kebutuhan dasar',
    'pelayanan dasar',
  ],
} as const;

/** Every `a b` of two word lists. */
function pairs(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.map((b) => `${a} ${b}`));
}

/** Every `a m b` of three word lists. */
function triples(first: readonly string[], middle: readonly string[], last: readonly string[]): string[] {
  return first.flatMap((a) => middle.flatMap((m) => last.map((b) => `${a} ${m} ${b}`)));
}

/** Every word of `words` with each ending glued on. */
function glued(words: readonly string[], endings: readonly string[]): string[] {
  return words.flatMap((word) => endings.map((ending) => `${word}${ending}`));
}

/** The constructions as term lists of `abusive`, for the default lists. */
export function abusiveConstructionLists(): TermList[] {
  const c = abusiveConstructions;
  const strong = [
    ...pairs(['dasar'], c.insults),
    ...pairs(c.insults, c.you),
    ...triples(c.commonInsults, c.intensifiers, c.commonYou),
    ...pairs(c.youFirst, c.insults),
    ...triples([...c.commonYou, 'kamu'], c.fillers, c.commonInsults),
    ...pairs(c.faces, c.animals),
  ];
  const mild = [
    ...pairs(['otak'], c.brains),
    ...pairs(c.mouthWords, c.mouths),
    ...pairs(c.likeness, c.animals),
    ...pairs(['dasar'], c.people),
    ...pairs(['si'], c.insults),
    ...pairs(['bani'], c.clans),
    ...glued(c.glued, c.endings),
  ];
  return [
    { category: 'abusive', tier: 'strong', terms: [...new Set(strong)], allow: [...c.notScolding], cues: [] },
    { category: 'abusive', tier: 'mild', terms: [...new Set(mild)], allow: [...c.notScolding], cues: [] },
  ];
}
