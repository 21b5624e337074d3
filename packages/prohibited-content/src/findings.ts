import type { Finding, LocalizedText } from '@pedoman-medsos/core';
import type { ClassificationMark } from './detect/classification-marks';
import { gamblingConfidentScore, gamblingSignalLabels, gamblingThreshold } from './detect/gambling-rules';
import type { GamblingSignal } from './detect/gambling-signals';
import type { PartisanReading } from './detect/partisan';
import type { PersonalDataHit } from './detect/personal-data';
import { saraRules, saraSignalLabels } from './detect/sara-rules';
import type { StepName } from './normalize/classify';
import { type NormalizedText, readingOf } from './normalize/normalize';
import { actionStrength, type CommentAction, type DraftAction, type ScreenMode } from './schema/actions';
import { type Category, type CategoryId, categoryIdOf } from './schema/category';
import type { TermTier } from './schema/term-list';

/** Which part of the screener found the content. */
export type Detector = 'term' | 'gambling-signals' | 'sara-signals' | 'personal-data' | 'classification-mark' | 'partisan-reading';

/** A finding of the screener: a core finding plus what was matched and what to do with the text. */
export interface ContentFinding extends Finding {
  category: CategoryId;
  /** What this finding asks for in the mode screened. */
  action: DraftAction | CommentAction;
  detector: Detector;
  /** The tier of the term found, in a category with tiers (`abusive`): `mild` insults get the milder actions. */
  tier?: TermTier;
  match: {
    /** The matched part of the original text (`text.slice(location.start, location.end)`). */
    text: string;
    /** Its normalized form, as the matcher read it. */
    normalized: string;
    /** The list term it matched, as written in the list. */
    term?: string;
    /** The normalization steps that changed it, in order. */
    transformations: StepName[];
  };
}

// What each finding says, in both languages; the screener (`screen.ts`) decides which to build.

/**
 * A finding's severity: its category's, or a warning when its action was lowered to a review (held
 * evidence asks for a look, it does not block: CLI exit code 0).
 */
const severityOf = (category: Category, action: DraftAction | CommentAction, categoryAction: DraftAction | CommentAction) =>
  action === categoryAction || category.severity === 'info' ? category.severity : 'warning';

/** A category's title in English, or in Indonesian while a draft category has no English yet. */
const englishTitle = (category: Category) => category.title.en ?? category.title.id;

/** A list term found in the text (`start…end` in the original). */
export function termFinding(
  category: Category,
  action: DraftAction | CommentAction,
  input: string,
  span: { start: number; end: number },
  term: { written: string; normalized: string },
  transformations: StepName[],
  tier?: TermTier,
): ContentFinding {
  const matched = input.slice(span.start, span.end);
  // Only a disguise is worth spelling out: "SLOT GACOR" is what the term says.
  const readAs: LocalizedText =
    term.written.toLowerCase() !== matched.toLowerCase()
      ? { id: ` (dibaca "${term.written}")`, en: ` (read as "${term.written}")` }
      : { id: '', en: '' };
  return {
    ruleId: category.id,
    severity: category.severity,
    category: categoryIdOf(category),
    action,
    detector: 'term',
    message: {
      id: `${category.title.id}: "${matched}"${readAs.id}.`,
      en: `${englishTitle(category)}: "${matched}"${readAs.en}.`,
    },
    location: { kind: 'span', start: span.start, end: span.end },
    suggestion: { message: { id: 'Hapus atau ganti bagian ini.', en: 'Remove or rewrite this part.' } },
    explanation: category.definition,
    ...(category.tiers ? { tier: tier ?? 'strong' } : {}),
    match: { text: matched, normalized: term.normalized, term: term.written, transformations },
  };
}

/** A word of the SARA signals found in the text (`start…end` in the original). */
export interface SaraSignal {
  /** `sacred`: God or a prophet by name (`saraRules.sacredNames`), insulted. */
  kind: 'group' | 'sacred' | 'derogation';
  /** The word of `detect/sara-rules.ts` it matched. */
  term: string;
  weight: number;
  start: number;
  end: number;
}

/** The message and explanation of a group named together with derogation. */
function groupHateTexts(sara: Category, written: string, list: (language: 'id' | 'en') => string, score: number) {
  return {
    message: {
      id: `${sara.title.id}: kelompok disebut bersama kata merendahkan atau hasutan, "${written}".`,
      en: `${englishTitle(sara)}: a group named together with derogation or incitement, "${written}".`,
    },
    explanation: {
      id: `${sara.definition.id} Yang ditemukan: ${list('id')} (skor ${score}, ambang ${saraRules.threshold}).`,
      en: `${sara.definition.en ?? sara.definition.id} Found: ${list('en')} (score ${score}, threshold ${saraRules.threshold}).`,
    },
  };
}

/** The message and explanation of an insult said of God or a prophet (`saraRules.sacredNames`). */
function blasphemyTexts(sara: Category, written: string) {
  return {
    message: {
      id: `${sara.title.id}: penghinaan terhadap Tuhan atau nabi, "${written}".`,
      en: `${englishTitle(sara)}: an insult of God or a prophet, "${written}".`,
    },
    explanation: {
      id: 'Menghina Tuhan atau nabi adalah penodaan agama, ujaran kebencian terhadap umat yang memuliakannya. Yang dihitung hanya kata hinaan yang ditujukan kepada nama itu sendiri; seruan seperti "ya Allah" atau "demi Tuhan" tidak.',
      en: 'Insulting God or a prophet is blasphemy, hate speech against the believers who revere them. Only an insulting word said of the name itself counts; exclamations such as "ya Allah" or "demi Tuhan" do not.',
    },
  };
}

/** A group term with derogation near it: the finding spans them and lists them. */
export function saraFinding(
  sara: Category,
  action: DraftAction | CommentAction,
  input: string,
  signals: readonly SaraSignal[],
  score: number,
): ContentFinding {
  let start = signals[0]!.start;
  let end = signals[0]!.end;
  for (const signal of signals) {
    start = Math.min(start, signal.start);
    end = Math.max(end, signal.end);
  }
  const written = input.slice(start, end);
  const list = (language: 'id' | 'en') =>
    signals.map((signal) => `${saraSignalLabels[signal.kind][language]} "${input.slice(signal.start, signal.end)}"`).join(', ');
  return {
    ruleId: sara.id,
    severity: sara.severity,
    category: 'sara-hate',
    action,
    detector: 'sara-signals',
    ...(signals[0]!.kind === 'sacred' ? blasphemyTexts(sara, written) : groupHateTexts(sara, written, list, score)),
    location: { kind: 'span', start, end },
    suggestion: { message: { id: 'Hapus atau ganti bagian ini.', en: 'Remove or rewrite this part.' } },
    match: { text: written, normalized: signals.map((signal) => signal.term).join(' … '), transformations: [] },
  };
}

/**
 * Gambling promotion read from structural signals: the finding points at the strongest signal and
 * lists them all. `action` is the category's, or a review when the score only just reaches the
 * threshold (an ordinary name with a number, Densus 88, looks like a brand).
 */
export function gamblingFinding(
  gambling: Category,
  mode: ScreenMode,
  categoryAction: DraftAction | CommentAction,
  input: string,
  normalized: NormalizedText,
  signals: readonly GamblingSignal[],
  score: number,
): ContentFinding {
  let strongest = signals[0]!;
  for (const signal of signals) if (signal.weight > strongest.weight) strongest = signal;
  const review: DraftAction | CommentAction = mode === 'draft' ? 'needs-approval' : 'hold';
  const confident = score >= gamblingConfidentScore;
  const action = !confident && actionStrength[review] < actionStrength[categoryAction] ? review : categoryAction;
  const written = input.slice(strongest.start, strongest.end);
  // Both languages in one loop over the signals.
  let listId = '';
  let listEn = '';
  for (const signal of signals) {
    const separator = listId === '' ? '' : ', ';
    const evidence = ` "${input.slice(signal.start, signal.end)}" (+${signal.weight})`;
    listId += separator + gamblingSignalLabels[signal.kind].id + evidence;
    listEn += separator + gamblingSignalLabels[signal.kind].en + evidence;
  }
  const reading = readingOf(normalized, strongest);
  return {
    ruleId: gambling.id,
    severity: severityOf(gambling, action, categoryAction),
    category: 'gambling',
    action,
    detector: 'gambling-signals',
    // The main message says what was seen, in the staff's words; the score is a detail.
    message: {
      id: `${gambling.title.id}: "${written}" — ${gamblingSignalLabels[strongest.kind].id}.`,
      en: `${englishTitle(gambling)}: "${written}" — ${gamblingSignalLabels[strongest.kind].en}.`,
    },
    location: { kind: 'span', start: strongest.start, end: strongest.end },
    suggestion: {
      message:
        action !== categoryAction
          ? {
              id: 'Periksa dulu: ciri ini juga ada pada nama biasa yang memakai angka (misalnya Densus 88).',
              en: 'Check it first: ordinary names with a number look like this too (Densus 88, for example).',
            }
          : mode === 'draft'
            ? { id: 'Jangan terbitkan draf ini.', en: 'Do not publish this draft.' }
            : { id: 'Sembunyikan komentar ini.', en: 'Hide this comment.' },
    },
    explanation: {
      id: `Ciri yang ditemukan: ${listId}. Skor ${score}; ditahan mulai ${gamblingThreshold}, tindakan kategori mulai ${gamblingConfidentScore}.`,
      en: `Signals found: ${listEn}. Score ${score}; held from ${gamblingThreshold}, the category's action from ${gamblingConfidentScore}.`,
    },
    match: { text: written, normalized: reading.normalized, transformations: reading.transformations },
  };
}

/** Personal data (NIK, phone, e-mail, NPWP), with its masked form as the suggested replacement. */
export function personalDataFinding(
  personal: Category,
  action: DraftAction | CommentAction,
  input: string,
  hit: PersonalDataHit,
): ContentFinding {
  const written = input.slice(hit.start, hit.end);
  return {
    ruleId: personal.id,
    severity: personal.severity,
    category: 'personal-data',
    action,
    detector: 'personal-data',
    message: {
      id: `${personal.title.id}: ${hit.label.id} "${written}".`,
      en: `${englishTitle(personal)}: ${hit.label.en} "${written}".`,
    },
    location: { kind: 'span', start: hit.start, end: hit.end },
    suggestion: {
      message: {
        id: 'Samarkan, lalu arahkan ke kanal pribadi atau resmi.',
        en: 'Mask it, then move the conversation to a private or official channel.',
      },
      replacement: hit.redacted,
    },
    explanation: personal.definition,
    match: { text: written, normalized: hit.redacted, transformations: [] },
  };
}

/** A security-classification mark heading a document or in its status field. */
export function classificationFinding(
  classified: Category,
  action: DraftAction | CommentAction,
  input: string,
  mark: ClassificationMark,
): ContentFinding {
  const written = input.slice(mark.start, mark.end);
  return {
    ruleId: classified.id,
    severity: classified.severity,
    category: 'classified',
    action,
    detector: 'classification-mark',
    message: {
      id: `${classified.title.id}: tanda klasifikasi "${written}".`,
      en: `${englishTitle(classified)}: classification mark "${written}".`,
    },
    location: { kind: 'span', start: mark.start, end: mark.end },
    suggestion: { message: { id: 'Jangan unggah naskah ini.', en: 'Do not post this document.' } },
    explanation: classified.definition,
    match: { text: written, normalized: mark.level, transformations: [] },
  };
}

const partisanLabels: Record<PartisanReading['kind'], LocalizedText> = {
  'call-person-office': {
    id: 'ajakan mendukung orang untuk suatu jabatan pilihan',
    en: 'a call to support a person for an elected office',
  },
  'call-party': { id: 'ajakan mendukung partai', en: 'a call to support a party' },
  'call-ballot-number': { id: 'ajakan memilih nomor urut', en: 'a call to vote for a ballot number' },
  'campaign-hashtag': { id: 'nomor kampanye sebagai tagar', en: 'a campaign number as a hashtag' },
};

/**
 * Partisan content read from a sentence's structure. `action` is decided by the screener: outside an
 * election period a draft asks for approval (the reading may miss a context), during one it blocks.
 */
export function partisanFinding(
  partisan: Category,
  action: DraftAction | CommentAction,
  categoryAction: DraftAction | CommentAction,
  input: string,
  reading: PartisanReading,
): ContentFinding {
  const written = input.slice(reading.start, reading.end);
  const label = partisanLabels[reading.kind];
  return {
    ruleId: partisan.id,
    severity: severityOf(partisan, action, categoryAction),
    category: 'partisan',
    action,
    detector: 'partisan-reading',
    message: {
      id: `${partisan.title.id}: ${label.id}, "${written}".`,
      en: `${englishTitle(partisan)}: ${label.en}, "${written}".`,
    },
    location: { kind: 'span', start: reading.start, end: reading.end },
    suggestion: {
      message: {
        id: 'Akun instansi tidak mengajak memilih atau mendukung peserta pemilu: hapus ajakan ini, sampaikan informasi pemilu yang netral.',
        en: 'An institutional account does not call to vote for or support a contestant: remove the call, keep to neutral election information.',
      },
    },
    explanation: partisan.definition,
    match: { text: written, normalized: written.toLowerCase(), transformations: [] },
  };
}
