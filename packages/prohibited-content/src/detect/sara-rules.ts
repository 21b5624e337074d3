import type { LocalizedText } from '@pedoman-medsos/core';
import type { TermList } from '../schema/term-list';

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
 * by the screener's one automaton. The first pass (`match/prefilter.ts`) sends on every text that
 * holds both a group term and a derogation at word boundaries: no SARA finding without both.
 *
 * Counter-speech ("jangan usir warga Madura", "stop hina agama") is not derogation: a derogation
 * word right after one of `counterSpeech` is cancelled.
 */
export const saraRules = {
  /**
   * Groups: religions and their followers, their scriptures and clergy; ethnicities, nations and
   * races; derogatory names for them (`aseng`, `kadrun`, `sipit`: alone they are political jargon or
   * a description, with derogation near them hate); and the banned ideological golongan (`pki`,
   * `komunis`, the "A" of SARA), which hate speech aims at as godless. `asing` (foreign) and
   * `keturunan` (descent: "keturunan iblis") are left out: too general, they drew false alarms.
   */
  groups: [
    // Religions, their followers, scriptures and clergy.
    'islam',
    'muslim',
    'muslimin',
    'muslimah',
    'kristen',
    'kristiani',
    'nasrani',
    'katolik',
    'katholik',
    'protestan',
    'hindu',
    'buddha',
    'budha',
    'buddhis',
    'konghucu',
    'khonghucu',
    'yahudi',
    'zionis',
    'ahmadiyah',
    'syiah',
    'wahabi',
    'agama',
    'umat',
    'ulama',
    'ustad',
    'ustadz',
    'ustaz',
    'ustazah',
    'habib',
    'kyai',
    'kiai',
    'kiyai',
    'pendeta',
    'pastor',
    'biksu',
    'nabi',
    'rasul',
    'alquran',
    'al quran',
    'quran',
    'injil',
    'alkitab',
    'kitab suci',
    'gereja',
    'masjid',
    'kafir',
    'kapir',
    'kopar',
    'kafirun',
    'murtad',
    'atheis',
    'ateis',
    'non muslim',
    'nonmuslim',
    // Ethnicities, nations and races, and derogatory names for them.
    'cina',
    'china',
    'cino',
    'cokin',
    'tionghoa',
    'chindo',
    'cindo',
    'aseng',
    'sipit',
    'arab',
    'onta',
    'kadrun',
    'jawa',
    'sunda',
    'batak',
    'madura',
    'dayak',
    'bugis',
    'minang',
    'padang',
    'ambon',
    'papua',
    'aceh',
    'betawi',
    'flores',
    'nias',
    'banjar',
    'melayu',
    'india',
    'keling',
    'rohingya',
    'pribumi',
    'nonpri',
    'pendatang',
    'suku',
    'etnis',
    'ras',
    'negro',
    'bule',
    'londo',
    // Golongan: the banned party and ideology.
    'pki',
    'komunis',
    // More names: for Chinese Indonesians, Christians, Shia, and Chinese tycoons.
    'singkek',
    'encek',
    'cukong',
    'salibis',
    'rafidhah',
    'rafidah',
    'salafi',
    'musyrik',
  ],
  /** Derogation, dehumanisation and incitement, with what each weighs. */
  derogations: {
    /**
     * Incitement to violence or expulsion, dehumanising names, damnation, and `kafir` or `teroris`
     * said of another group ("cina kafir", "teroris budha"): one is enough.
     */
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
      'penggal',
      'kuliti',
      'gantung',
      'tumpas',
      'babi',
      'anjing',
      'asu',
      'monyet',
      'kera',
      'kunyuk',
      'beruk',
      'bodat',
      'tikus',
      'curut',
      'celeng',
      'binatang',
      'najis',
      'laknat',
      'laknatullah',
      'terlaknat',
      'terkutuk',
      'biadab',
      'bejat',
      'bejad',
      'iblis',
      'setan',
      'syetan',
      'dajjal',
      'bangsat',
      'bajingan',
      'keparat',
      'jahanam',
      'parasit',
      'benalu',
      'kecoa',
      'kecoak',
      'lintah',
      'kafir',
      'kapir',
      'kopar',
      'teroris',
      'sesat',
      'jongos',
      'kacung',
      'gebuk',
      'hajar',
      'tendang',
      'lenyapkan',
      'mampus',
      'penjajah',
      'dijajah',
      'menjajah',
      'jajah',
      'barbar',
      'modar',
      'matilah',
      // Hatred, contempt and blasphemy said of a group, and serving one as its lackey ("antek
      // aseng", "penista agama"). Not `sampah`, `buang`, `palsu`, `gadungan`, `munafik`: official
      // posts use them beside a group ("umat diimbau tidak meninggalkan sampah di masjid", "berita
      // palsu mengatasnamakan ulama", "ustaz gadungan ditangkap"), and a draft would be blocked.
      'benci',
      'hina',
      'penista',
      'menista',
      'busuk',
      'antek',
    ],
    /** Hostile words that need a second one beside them. */
    1: [
      'goblok',
      'tolol',
      'bodoh',
      'bego',
      'dungu',
      'idiot',
      'kampungan',
      'tai',
      'taik',
      'pulang',
      'budak',
      'licik',
      'rakus',
      'serakah',
      'kotor',
      'jijik',
      'menjijikkan',
      'hancurkan',
      'bubarkan',
      'lawan',
      'sampah',
      'munafik',
      'penistaan',
      'nista',
      'komunis',
      'pki',
      // Derogatory names for a group, said of another one ("cina aseng", "kafir sipit").
      'aseng',
      'cokin',
      'sipit',
      'kadrun',
      'onta',
      'musyrik',
      'murtad',
      // Accusations of treason and plunder. Common accusations (`maling`, `palsu`, `jahat`, `anti`,
      // `buang`) are left out: ordinary comments hold them often, and a long text holding many group
      // terms and derogations costs the screener their product (see the package README).
      'pengkhianat',
      'penghianat',
      'perampok',
      'perompak',
      'penjarah',
      'menyesatkan',
      'penyesatan',
    ],
  },
  /**
   * Words of counter-speech that cancel the derogation right after them. Not `tak`: in letters
   * written apart, "b.a.t.a.k b.a.n.g.s.a.t" would read "tak bangsat" and cancel a slur.
   */
  counterSpeech: ['jangan', 'jgn', 'tidak', 'gak', 'ga', 'bukan', 'stop', 'tolak', 'anti', 'dilarang', 'melawan'],
  /**
   * Named groups that an insult right after them (or `dasar` right before) degrades as a whole:
   * "cina bloon", "kristen goblok", "dasar batak". Generic words (`agama`, `umat`, `suku`) are not
   * here: "beragama tapi bodoh" degrades no group.
   */
  namedGroups: [
    'islam',
    'muslim',
    'kristen',
    'nasrani',
    'katolik',
    'hindu',
    'budha',
    'buddha',
    'yahudi',
    'syiah',
    'ahmadiyah',
    'cina',
    'china',
    'tionghoa',
    'arab',
    'jawa',
    'sunda',
    'batak',
    'madura',
    'papua',
    'ambon',
    'bugis',
    'padang',
    'pribumi',
  ],
  /**
   * Insults that degrade a named group right before them (these weight-1 words then need no
   * second). Few: each is a phrase per named group that the screener compiles.
   */
  groupInsults: ['goblok', 'tolol', 'bodoh', 'bego', 'bloon', 'dungu', 'idiot', 'najis'],
  /**
   * God and the prophets by name: insulting them is blasphemy, hatred of their believers
   * (penodaan agama: since 2 January 2026 KUHP Pasal 300, which Pasal 622(3) puts in place of the
   * blasphemy article of Penpres 1/1965; the category already cites it). Religious writing names
   * them beside the vocabulary of damnation ("berlindung kepada Allah dari setan yang terkutuk",
   * "laknat Allah"), prayers confess beside them ("Tuhan, aku bodoh"), and comments call on them
   * before insulting someone else ("astaga Tuhan, bodoh banget adminnya", "ingat Allah, bangsat!").
   * They are group terms of the scan too (compiled from this list, not repeated in `groups`).
   * So only an insult said of the name counts: one of `sacredInsults`, after the name in the same
   * clause (no punctuation between), right after it or after one word of `sacredBetween` ("Allah
   * SWT dungu", "Tuhan kalian bodoh"), and one is enough. Not before it ("jangan jadi orang bodoh,
   * Allah Maha Mengetahui"), not across a verb or a negation ("Allah haramkan babi", "Tuhan tidak
   * bodoh, manusianya yang bodoh"). The names called upon (`sacredCalls`) are no target at all.
   */
  sacredNames: [
    'allah',
    'alloh',
    'allahmu',
    'allahnya',
    'tuhan',
    'tuhanmu',
    'tuhannya',
    'muhammad',
    'mohammad',
    'yesus',
    'jesus',
    'kristus',
    'nabimu',
    'nabinya',
    'rasulmu',
    'rasulullah',
  ],
  /**
   * The derogations that count after a sacred name. Not `palsu` or `gadungan`: news of a cult
   * leader writes "nabi palsu"; not `laknat`, `terkutuk`, `setan`: prayers and translations of
   * scripture write them beside God.
   */
  sacredInsults: [
    'dungu',
    'bodoh',
    'goblok',
    'tolol',
    'bego',
    'idiot',
    'biadab',
    'bejat',
    'bejad',
    'bangsat',
    'bajingan',
    'keparat',
    'babi',
    'anjing',
    'asu',
    'monyet',
  ],
  /**
   * The one word that may stand between a sacred name and the insult: an honorific, a "your", a
   * particle, or another sacred name ("Yesus Kristus bangsat").
   */
  sacredBetween: [
    'swt',
    'saw',
    'taala',
    'kalian',
    'kamu',
    'lu',
    'lo',
    'elo',
    'ente',
    'anda',
    'kau',
    'mereka',
    'itu',
    'tuh',
    'emang',
    'kok',
    'sih',
    'kan',
    'maha',
    'kristus',
    'yesus',
  ],
  /**
   * Sacred names that many people bear: the insult must stand right after the name, or after `SAW`
   * ("Muhammad SAW …"), as "Muhammad Rizki bodoh" insults a man of that name, not the Prophet.
   */
  sacredPersonalNames: ['muhammad', 'mohammad'],
  /** The one word that may stand between a personal sacred name and the insult. */
  sacredPersonalBetween: ['saw'],
  /**
   * Sacred names called upon, as exclamations, thanks and oaths: allow phrases of `sara-hate`, so
   * that the insult after one ("puji Tuhan anjing saya sembuh", "duh Gusti Allah goblok tenan", of
   * oneself or of someone else) is not read as said of God.
   */
  sacredCalls: [
    'ya allah',
    'ya alloh',
    'ya tuhan',
    'ya tuhanku',
    'oh tuhan',
    'wahai tuhan',
    'astaga tuhan',
    'ampun tuhan',
    'duh tuhan',
    'aduh tuhan',
    'puji tuhan',
    'terima kasih tuhan',
    'gusti allah',
    'demi allah',
    'demi alloh',
    'demi tuhan',
    'insya allah',
    'insya alloh',
    'insha allah',
    'inshaa allah',
    'insyaallah',
    'masya allah',
    'masya alloh',
    'masha allah',
    'masyaallah',
    'allahu akbar',
    'ya rasulullah',
    'tuhan yang maha esa',
  ],
  /** How many words may stand between a group term and a derogation. */
  window: 5,
  /** The score from which a text is reported. */
  threshold: 2,
} as const;

/** What the finding calls each kind of word. */
export const saraSignalLabels = {
  group: { id: 'sebutan kelompok', en: 'group term' },
  sacred: { id: 'nama Tuhan atau nabi', en: 'the name of God or a prophet' },
  derogation: { id: 'kata merendahkan atau hasutan', en: 'derogation or incitement' },
} as const satisfies Record<string, LocalizedText>;

/** The weight of each derogation word. */
export const saraDerogationWeights: ReadonlyMap<string, number> = new Map(
  Object.entries(saraRules.derogations).flatMap(([weight, words]) => words.map((word): [string, number] => [word, Number(weight)])),
);

/**
 * The counter-speech phrases (`jangan usir`) that cancel a derogation, as allow phrases of
 * `sara-hate`: for the words that flag alone (weight 2). A weight-1 word needs a second one, and every
 * phrase here is a key the screener compiles (negators × words), so they are left out.
 */
export const saraCounterSpeech: readonly string[] = saraRules.counterSpeech.flatMap((negator) =>
  saraRules.derogations[2].map((word) => `${negator} ${word}`),
);

/**
 * The named-group constructions as a `sara-hate` term list: a named group followed by an insult
 * ("cina bloon") and `dasar` before one ("dasar batak"). Kept as phrases, so the score of the signals
 * stays for the looser shapes.
 */
export function saraConstructionLists(): TermList[] {
  const { namedGroups, groupInsults } = saraRules;
  const terms = [
    ...namedGroups.flatMap((group) => groupInsults.map((insult) => `${group} ${insult}`)),
    ...namedGroups.map((group) => `dasar ${group}`),
  ];
  return [{ category: 'sara-hate', terms, allow: [], cues: [] }];
}
