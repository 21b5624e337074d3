import {
  ConfigError,
  type IsoDate,
  isRuleInEffect,
  type KnownId,
  type LocalizedText,
  parseIsoDate,
  provisionsInForce,
  quoteValue,
  today,
} from '@pedoman-medsos/core';
import { categories, categoryIds, defaultTermLists, findCategory } from './categories';
import { findClassificationMarks } from './detect/classification-marks';
import { firstPassKeys, gamblingThreshold } from './detect/gambling-rules';
import { type GamblingSignal, gamblingSignals } from './detect/gambling-signals';
import { isOfficialContact, type OfficialContacts } from './detect/official-contacts';
import { findOfficialReferences } from './detect/official-references';
import { findPartisanReadings } from './detect/partisan';
import { isElectionPeriod, mayHoldCampaignHashtag, partisanCallVerbs } from './detect/partisan-rules';
import { findEmailAddresses, findPersonalData } from './detect/personal-data';
import { isSacredName, isSaidOfSacredName } from './detect/sacred-names';
import { saraCounterSpeech, saraDerogationWeights, saraRules } from './detect/sara-rules';
import {
  type ContentFinding,
  classificationFinding,
  gamblingFinding,
  partisanFinding,
  personalDataFinding,
  type SaraSignal,
  saraFinding,
  termFinding,
} from './findings';
import type { CategoryIdInCategoriesYaml } from './generated/categories';
import {
  type Automaton,
  automatonProblem,
  buildAutomaton,
  deserializeAutomaton,
  type Occurrences,
  type SerializedAutomaton,
  scan,
  serializeAutomaton,
} from './match/automaton';
import {
  buildPrefilter,
  deserializePrefilter,
  FirstPassOutcome,
  firstPassOutcome,
  type Prefilter,
  type PrefilterKey,
  PrefilterKeyKind,
  type SerializedPrefilter,
  serializePrefilter,
} from './match/prefilter';
import { overlapsAny, type Span, spanSetOf } from './match/span-set';
import { gapsFit, gapsOf, isBoundary, readsPlainLAsI } from './match/word-boundaries';
import { Step, type StepName, stepsOf } from './normalize/classify';
import { type NormalizedText, normalize, normalizedString } from './normalize/normalize';
import { actionStrength, type ScreenMode, type Verdict } from './schema/actions';
import { type Category, type CategoryId, categoryIdOf } from './schema/category';
import { compiledScreenerSchema } from './schema/compiled-screener';
import type { TermList, TermTier } from './schema/term-list';

/** How a screener is built: the default lists, plus or instead of an institution's own. */
export interface ScreenerConfig {
  /** Extra term lists, e.g. this year's candidates' names for `partisan`. Added to the defaults. */
  lists?: readonly TermList[];
  /** Use only `lists`, not the shipped defaults. */
  replaceDefaultLists?: boolean;
  /**
   * The institution's own contacts — e-mail domains, service phone and WhatsApp numbers — which
   * its drafts publish on purpose: not reported as personal data. Addresses on `go.id` always count
   * as institutional.
   */
  officialContacts?: OfficialContacts;
}

/**
 * The options as every id is checked at run time: the literal type of `categories` only guards what a
 * caller writes in code (a misspelt id fails to type-check); ids read from a form or a file are plain
 * strings, and `screenOptionsProblem` checks each.
 */
const widened = <C extends string>(options: ScreenOptions<C>): ScreenOptions => options as unknown as ScreenOptions;

/** Options of one screening; `C` is inferred from `categories`, so that a misspelt id fails to type-check. */
export interface ScreenOptions<C extends string = string> {
  /** `draft`: a post the account is about to publish; `comment`: incoming. Anything else: {@link ScreenerConfigError}. */
  mode: ScreenMode;
  /**
   * Date the rules are applied as of (`YYYY-MM-DD`); categories not yet effective are skipped.
   * Default: today. A date that does not exist (`2026-02-31`) or is written otherwise is a
   * {@link ScreenerConfigError}, never rolled over.
   */
  asOf?: IsoDate;
  /**
   * Screen only these categories: a non-empty list of short ids, e.g. `['gambling']` (`categoryIds`
   * lists them). Default: every category. Not a list, an empty list (which would screen nothing and
   * pass every text) or an unknown id is a {@link ScreenerConfigError} naming the known ids.
   */
  categories?: readonly KnownId<C, CategoryIdInCategoriesYaml>[];
}

export type { ContentFinding, Detector } from './findings';

/** The result of screening one text. */
export interface ScreenResult {
  /** The strongest action among the findings; `publish` (draft) or `allow` (comment) when none. */
  verdict: Verdict;
  findings: ContentFinding[];
}

/** A compiled screener: lists are compiled once, texts are screened many times. */
export interface Screener {
  screen<C extends string>(text: string, options: ScreenOptions<C>): ScreenResult;
  /** A JSON-safe compiled form; {@link loadScreener} turns it back into a screener without recompiling. */
  toJSON(): CompiledScreener;
}

interface KeyEntry {
  category: CategoryId;
  term: string;
  /**
   * `term` flags a text; `allow` cancels terms it overlaps; `cue` only adds to a score; `group` and
   * `derogation` are the words of the SARA signals (`detect/sara-rules.ts`); `call` a partisan call
   * verb, which sends the text to the partisan reading (`detect/partisan-rules.ts`); `signal` a key of
   * a gambling signal's pattern (`firstPassKeys` in `detect/gambling-rules.ts`), which lets it be tried.
   */
  role: 'term' | 'allow' | 'cue' | 'group' | 'derogation' | 'call' | 'signal';
  /** A term's tier, when its list has one (`mild`); absent: strong. */
  tier?: TermTier;
}

interface Key {
  normalized: string;
  /** Offsets inside the key where the term itself has a space: only there may the text have one. */
  gaps: number[];
  entries: KeyEntry[];
}

/** The serialized form of a screener. */
export interface CompiledScreener {
  format: 'pedoman-screener/3';
  keys: Key[];
  automaton: SerializedAutomaton;
  /** The automaton of the first pass that clears ordinary texts (see `match/prefilter.ts`). */
  prefilter: SerializedPrefilter;
}

/**
 * A configuration the screener cannot work with: a list or option naming an unknown category,
 * `categories` that is not a non-empty list, an unknown mode, a date that does not exist or is not
 * `YYYY-MM-DD`, a damaged compiled form. Thrown by {@link createScreener}, {@link loadScreener}
 * and, for its options only, `screen` — never because of the text screened. A `ConfigError` of
 * core, so `instanceof ConfigError` catches it with the other packages' configuration errors.
 */
export class ScreenerConfigError extends ConfigError {
  constructor(text: LocalizedText) {
    super(text);
    this.name = 'ScreenerConfigError';
  }
}

/** What the options of a screening are called where they were given (a command line says `--mode`). */
export interface ScreenOptionNames {
  mode: string;
  asOf: string;
  /** Default `categories`. */
  categories?: string;
}

/**
 * What is wrong with the options of a screening, if anything — an unknown mode, a date that does
 * not exist or is not `YYYY-MM-DD`, `categories` that is not a non-empty list of known ids — named
 * as the caller names them. `screen` throws it as a {@link ScreenerConfigError}; a command line or
 * a form can check what it was given first.
 */
export function screenOptionsProblem(
  options: ScreenOptions,
  names: ScreenOptionNames = { mode: 'mode', asOf: 'asOf' },
): LocalizedText | undefined {
  const { mode, asOf, categories: only } = options ?? {};
  if (mode !== 'draft' && mode !== 'comment') {
    return {
      id: `${names.mode} harus "draft" atau "comment", bukan ${quoteValue(mode)}.`,
      en: `${names.mode} must be "draft" or "comment", not ${quoteValue(mode)}.`,
    };
  }
  const date = asOf === undefined ? undefined : parseIsoDate(asOf, { name: names.asOf });
  if (date && !date.ok) return date.problem;
  return categoriesProblem(only, names.categories ?? 'categories');
}

/** What is wrong with `categories`: not a list, empty, or with an unknown id. */
function categoriesProblem(only: unknown, name: string): LocalizedText | undefined {
  if (only === undefined) return undefined;
  const known = categoryIds.join(', ');
  if (!Array.isArray(only)) {
    return {
      id: `${name} harus daftar ID kategori, mis. ["gambling"], bukan ${quoteValue(only)}. ID yang dikenal: ${known}.`,
      en: `${name} must be a list of category ids, e.g. ["gambling"], not ${quoteValue(only)}. Known ids: ${known}.`,
    };
  }
  // An empty list would screen nothing and let every text through.
  if (only.length === 0) {
    return {
      id: `${name} kosong: daftar kosong tidak memeriksa apa pun. Hapus opsi ini untuk memeriksa semua kategori.`,
      en: `${name} is empty: an empty list screens nothing. Omit the option to screen every category.`,
    };
  }
  // A misspelt category would screen nothing and call every text clean.
  const unknown = only.findIndex((id) => typeof id !== 'string' || !categoryIds.includes(id));
  return unknown < 0 ? undefined : unknownCategory(only[unknown]);
}

function unknownCategory(category: unknown): LocalizedText {
  return {
    id: `Kategori ${quoteValue(category)} tidak dikenal. Pilih salah satu: ${categoryIds.join(', ')}.`,
    en: `Unknown category ${quoteValue(category)}. Choose one of: ${categoryIds.join(', ')}.`,
  };
}

function compileKeys(lists: readonly TermList[]): Key[] {
  const keys = new Map<string, Key>();
  // Each term is read at once: one buffer serves them all (measured: a tenth of compiling).
  let scratch: NormalizedText | undefined;
  const add = (category: CategoryId, term: string, role: KeyEntry['role'], tier?: TermTier) => {
    const normalized = normalize(term, scratch);
    scratch = normalized;
    if (normalized.length === 0) return;
    const text = normalizedString(normalized);
    let key = keys.get(text);
    if (!key) {
      key = { normalized: text, gaps: gapsOf(normalized), entries: [] };
      keys.set(text, key);
    }
    key.entries.push(tier === 'mild' && role === 'term' ? { category, term, role, tier } : { category, term, role });
  };
  for (const list of lists) {
    const category = findCategory(list.category);
    if (!category) throw new ScreenerConfigError(unknownCategory(list.category));
    if (list.tier === 'mild' && !category.tiers?.mild) throw new ScreenerConfigError(noMildTier(list.category));
    for (const term of list.terms) add(list.category, term, 'term', list.tier);
    for (const phrase of list.allow) add(list.category, phrase, 'allow');
    for (const cue of list.cues) add(list.category, cue, 'cue');
  }
  // The SARA signals' words, always (like the gambling signals, they are the screener's, not a list's).
  for (const group of [...saraRules.groups, ...saraRules.sacredNames]) add('sara-hate', group, 'group');
  for (const word of saraDerogationWeights.keys()) add('sara-hate', word, 'derogation');
  for (const phrase of [...saraCounterSpeech, ...saraRules.sacredCalls]) add('sara-hate', phrase, 'allow');
  // The partisan call verbs: where one stands, the partisan reading reads the sentence.
  for (const verb of partisanCallVerbs) add('partisan', verb, 'call');
  // The keys of gambling signals found by a pattern that is too costly to try on every text.
  for (const phrase of firstPassKeys) add('gambling', phrase, 'signal');
  return [...keys.values()];
}

function noMildTier(category: string): LocalizedText {
  return {
    id: `Daftar istilah ${quoteValue(category)} bertingkat "mild", tetapi kategorinya tidak punya tindakan "tiers.mild" di data/categories.yaml.`,
    en: `A term list of ${quoteValue(category)} has tier "mild", but its category has no "tiers.mild" actions in data/categories.yaml.`,
  };
}

function transformationsOf(text: NormalizedText, from: number, to: number, key: Key): StepName[] {
  let flags = 0;
  for (let k = from; k < to; k++) {
    flags |= text.flags[k]!;
    // A space the term itself has ("slot gacor") is not a split.
    if (k > from && text.gapBefore[k] && !key.gaps.includes(k - from)) flags |= Step.splitLetters;
  }
  return stepsOf(flags);
}

/** `categories` as a value to compare: the ids in order; `null` for what is not a list (never valid). */
const categoriesKey = (value: unknown): string | null | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.join('\u0000') : null;

/** One bit per category, for the allow mask. */
const categoryBits = new Map<CategoryId, number>(categoryIds.map((id, index) => [id, 2 ** index]));
if (categoryIds.length > 32) throw new Error('The allow mask holds 32 categories; widen it in screen.ts.');

/** Keys that are counted, not matched: partisan call verbs and gambling signals' keys. */
const SpecialKey = { none: 0, call: 1, signal: 2 } as const;

/** Which keys are counted rather than matched ({@link SpecialKey}), by key index (see `Matches.calls`, `Matches.signalKeys`). */
function specialKeysOf(keys: readonly Key[]): Uint8Array {
  return Uint8Array.from(keys, (key) => {
    const roles = key.entries.map((entry) => entry.role);
    return roles.includes('call') ? SpecialKey.call : roles.includes('signal') ? SpecialKey.signal : SpecialKey.none;
  });
}

/** What one screening reads and writes, handed from stage to stage. */
interface Screening {
  input: string;
  mode: ScreenMode;
  asOf: IsoDate | string;
  normalized: NormalizedText;
  matches: Matches;
  kept: Hit[];
  active: ReadonlyMap<CategoryId, Category>;
  /** What the first pass proved ({@link FirstPassOutcome}): below `full`, no gambling signal, classification mark or campaign hashtag. */
  outcome: FirstPassOutcome;
  findings: ContentFinding[];
}

/** The action a finding of `category` gets in the screening's mode (the milder tier's when `tier` is `mild`). */
function actionOf(screening: Screening, category: Category, tier?: TermTier) {
  const actions = (tier === 'mild' && category.tiers?.mild) || category.actions;
  return screening.mode === 'draft' ? actions.draft : actions.comment;
}

/**
 * The screener over compiled keys. Its closures hold what one screener reuses from text to text
 * (scratch memory, the last options checked, the categories in effect); a screening is the stages
 * below, one function each.
 */
function buildScreener(keys: Key[], automaton: Automaton, prefilter: Prefilter | undefined, contacts: OfficialContacts = {}): Screener {
  // Normalized text is written into the same memory from one screening to the next: screening is
  // synchronous and nothing of it outlives the call.
  let scratch: NormalizedText | undefined;
  let scanned: Occurrences | undefined;
  // The last options found valid; `categories` by value, since a caller may change the array it passes.
  let checked: { mode: ScreenMode; asOf: string | undefined; categories: string | null | undefined } | undefined;
  const inEffect = categoriesInEffect();
  const specialKeys = specialKeysOf(keys);
  const checkOptions = (options: ScreenOptions) => {
    // Options are checked before the text is read, so a wrong one fails on every text alike;
    // the same ones usually come text after text, and are checked once.
    const categories = categoriesKey(options?.categories);
    if (checked !== undefined && options?.mode === checked.mode && options.asOf === checked.asOf && categories === checked.categories)
      return;
    const problem = screenOptionsProblem(options);
    if (problem) throw new ScreenerConfigError(problem);
    checked = { mode: options.mode, asOf: options.asOf, categories };
  };
  return {
    toJSON: () => ({
      format: 'pedoman-screener/3',
      keys,
      automaton: serializeAutomaton(automaton),
      prefilter: serializePrefilter(prefilter ?? prefilterFor(keys)),
      ...(contacts.emailDomains || contacts.phones || contacts.addresses ? { officialContacts: contacts } : {}),
    }),
    screen(text, given) {
      const options = widened(given);
      checkOptions(options);
      const mode = options.mode;
      const input = typeof text === 'string' ? text : String(text ?? '');
      // Most texts are ordinary: proved clean in one cheap pass, they skip everything below.
      const outcome = prefilter ? firstPassOutcome(input, prefilter) : FirstPassOutcome.full;
      if (outcome === FirstPassOutcome.clean) return { verdict: mode === 'draft' ? 'publish' : 'allow', findings: [] };
      const asOf = options.asOf ?? today();
      const { active, bases } = inEffect(asOf, options.categories);
      const normalized = normalize(input, scratch);
      scratch = normalized;
      // Terms and allow phrases, in one pass over the normalized text.
      const occurrences = scan(automaton, normalized.codes, normalized.length, scanned);
      scanned = occurrences;
      const matches = matchesOf(input, keys, automaton, occurrences, normalized, active, specialKeys);
      const kept = keptHits(matches);
      // What the first pass ruled out is not read again.
      const screening: Screening = { input, mode, asOf, normalized, matches, kept, active, outcome, findings: [] };
      addTermFindings(screening);
      addSaraFinding(screening);
      if (outcome === FirstPassOutcome.full) addGamblingFinding(screening);
      addPartisanFindings(screening);
      if (outcome >= FirstPassOutcome.termsAndPersonalData) addPersonalDataFindings(screening, contacts);
      if (outcome === FirstPassOutcome.full) addClassificationFindings(screening);
      return { verdict: verdictOf(screening.findings, mode, bases), findings: screening.findings };
    },
  };
}

/**
 * The categories in effect and the provisions behind each on a date, as a function that keeps its
 * last answer: they depend only on the options, which usually stay the same from text to text.
 */
function categoriesInEffect() {
  let lastKey = '';
  let last = { active: new Map<CategoryId, Category>(), bases: new Map<CategoryId, string[]>() };
  return (asOf: string, only: readonly CategoryId[] | undefined) => {
    const key = only === undefined ? asOf : `${asOf}|${only.join(',')}`;
    if (key === lastKey) return last;
    last = { active: new Map(), bases: new Map() };
    for (const category of categories) {
      const id = categoryIdOf(category);
      if (isRuleInEffect(category, asOf) && (!only || only.includes(id))) last.active.set(id, category);
      // The provisions in force on `asOf` behind each category, which its findings carry.
      last.bases.set(id, provisionsInForce(category.legalBasis, asOf));
    }
    lastKey = key;
    return last;
  };
}

/** The findings of the terms kept. */
function addTermFindings(screening: Screening): void {
  const { normalized, input, active } = screening;
  for (const hit of screening.kept) {
    const category = active.get(hit.entry.category)!;
    const span = { start: normalized.starts[hit.start]!, end: normalized.ends[hit.end - 1]! };
    const term = { written: hit.entry.term, normalized: hit.key.normalized };
    const steps = transformationsOf(normalized, hit.start, hit.end, hit.key);
    screening.findings.push(termFinding(category, actionOf(screening, category, hit.entry.tier), input, span, term, steps, hit.entry.tier));
  }
}

/** SARA: a group term with derogation near it, scored; not again where a slur was found. */
function addSaraFinding(screening: Screening): void {
  const sara = screening.active.get('sara-hate');
  const { matches, kept } = screening;
  if (!sara || matches.saraWords.length === 0 || kept.some((hit) => hit.entry.category === 'sara-hate')) return;
  const found = saraSignalsFound(screening.input, screening.normalized, matches);
  if (found) screening.findings.push(saraFinding(sara, actionOf(screening, sara), screening.input, found.signals, found.score));
}

/**
 * Gambling promotion beyond the words of the list: structural signals, scored. In a comment a
 * gambling term already decides the action; a draft must be fixed, so every part to remove is
 * marked there — a brand beside the term too. (Reading the signals of a long text full of terms
 * costs more than all the rest: comments, screened by the thousand, skip it.)
 */
function addGamblingFinding(screening: Screening): void {
  const gambling = screening.active.get('gambling');
  const { mode, kept, input, normalized } = screening;
  if (!gambling || (mode !== 'draft' && kept.some((hit) => hit.entry.category === 'gambling'))) return;
  const found = gamblingSignalsFound(input, normalized, screening.matches, kept);
  if (found)
    screening.findings.push(gamblingFinding(gambling, mode, actionOf(screening, gambling), input, normalized, found.signals, found.score));
}

/**
 * Partisan calls read from a sentence's structure (a call verb aimed at a person and an office, a
 * party, a ballot number), beside the list's terms. In a draft they block during an election
 * period and ask for approval outside one; a list term keeps the category's action. Read only when
 * a call verb stands in the text, or when the first pass could not rule out a campaign hashtag.
 */
function addPartisanFindings(screening: Screening): void {
  const partisan = screening.active.get('partisan');
  const { normalized, matches, input } = screening;
  if (!partisan || (matches.calls.length === 0 && (screening.outcome < FirstPassOutcome.full || !mayHoldCampaignHashtag(input)))) return;
  const original = (span: Span) => ({ start: normalized.starts[span.start]!, end: normalized.ends[span.end - 1]! });
  const terms = screening.kept.filter((hit) => hit.entry.category === 'partisan').map(original);
  for (const allow of matches.allowed) if (allow.category === 'partisan') terms.push(original(allow));
  const covered = spanSetOf(terms);
  const categoryAction = actionOf(screening, partisan);
  const action = screening.mode === 'draft' && !isElectionPeriod(screening.asOf) ? 'needs-approval' : categoryAction;
  for (const reading of findPartisanReadings(input, matches.calls)) {
    if (terms.length === 0 || !overlapsAny(covered, reading))
      screening.findings.push(partisanFinding(partisan, action, categoryAction, input, reading));
  }
}

/** Personal data, read from the original text; the institution's own contacts are not. */
function addPersonalDataFindings(screening: Screening, contacts: OfficialContacts): void {
  const { active, input, findings } = screening;
  const personal = active.get('personal-data');
  if (!personal) return;
  for (const hit of findPersonalData(input)) {
    if (!isOfficialContact(hit, input, contacts)) findings.push(personalDataFinding(personal, actionOf(screening, personal), input, hit));
  }
}

/** Classification marks, read from the original text. */
function addClassificationFindings(screening: Screening): void {
  const { active, input, findings } = screening;
  const classified = active.get('classified');
  if (!classified) return;
  for (const mark of findClassificationMarks(input))
    findings.push(classificationFinding(classified, actionOf(screening, classified), input, mark));
}

/** A term's occurrence on word boundaries, in normalized characters `start…end` (exclusive). */
interface Hit {
  entry: KeyEntry;
  key: Key;
  start: number;
  end: number;
}

/** What the term scan found in the active categories: terms, allow phrases and cues. */
interface Matches {
  hits: Hit[];
  allowed: (Span & { category: CategoryId })[];
  cues: Span[];
  /** The SARA signals' words (group terms and derogations) at word boundaries, in text order. */
  saraWords: (Span & { role: 'group' | 'derogation'; term: string })[];
  /**
   * Where partisan call verbs start in the original text (in text order), wherever they may be words
   * as the partisan reading reads them (see {@link mayBeWordForReading}).
   */
  calls: number[];
  /** Keys of gambling signals (role `signal`) anywhere in the normalized text, on word boundaries or not. */
  signalKeys: number;
  /** Positions covered by an allow phrase, one bit per category; undefined when there is none. */
  allowMask: Uint32Array | undefined;
}

/** The occurrences of keys that stand on word boundaries (and fit the key's gaps), by role. */
function matchesOf(
  input: string,
  keys: readonly Key[],
  automaton: Automaton,
  occurrences: Occurrences,
  normalized: NormalizedText,
  active: ReadonlyMap<CategoryId, Category>,
  specialKeys: Uint8Array,
): Matches {
  const hits: Hit[] = [];
  const allowed: (Span & { category: CategoryId })[] = [];
  const cues: Span[] = [];
  const saraWords: Matches['saraWords'] = [];
  const calls: number[] = [];
  let signalKeys = 0;
  for (let i = 0; i < occurrences.count; i++) {
    const key = keys[occurrences.keys[i]!]!;
    const end = occurrences.ends[i]!;
    const start = end - automaton.keyLengths[occurrences.keys[i]!]! + 1;
    const special = specialKeys[occurrences.keys[i]!]!;
    if (special === SpecialKey.call && mayBeWordForReading(normalized, start, end)) calls.push(normalized.starts[start]!);
    else if (special === SpecialKey.signal) signalKeys++;
    if (!isBoundary(normalized, start) || !isBoundary(normalized, end + 1) || !gapsFit(normalized, start, end, key.gaps)) continue;
    for (const entry of key.entries) {
      if (entry.role === 'call' || entry.role === 'signal' || !active.has(entry.category)) continue; // counted above
      if (entry.role === 'allow') allowed.push({ category: entry.category, start, end: end + 1 });
      else if (entry.role === 'cue') cues.push({ start, end: end + 1 });
      else if (entry.role === 'group' || entry.role === 'derogation')
        saraWords.push({ role: entry.role, term: entry.term, start, end: end + 1 });
      else if (!readsPlainLAsI(input, normalized.starts[start]!, normalized.ends[end]!, entry.term))
        hits.push({ entry, key, start, end: end + 1 });
    }
  }
  // Positions covered by an allow phrase, one bit per category, so that cancelling a match costs
  // its length and not the number of allow phrases (texts can be megabytes long).
  let allowMask: Uint32Array | undefined;
  if (allowed.length > 0) {
    allowMask = new Uint32Array(normalized.length);
    for (const allow of allowed) {
      const bit = categoryBits.get(allow.category)!;
      for (let k = allow.start; k < allow.end; k++) allowMask[k]! |= bit;
    }
  }
  calls.sort((a, b) => a - b);
  return { hits, allowed, cues, saraWords, calls, signalKeys, allowMask };
}

/**
 * Whether the normalized characters `start…end` (inclusive) may be a whole word as the partisan
 * reading reads words: on word boundaries, or beside a symbol the normalizer read as a letter
 * (`dukung@Pak`: the reading splits words there, the normalizer does not).
 */
function mayBeWordForReading(normalized: NormalizedText, start: number, end: number): boolean {
  const symbolAt = (k: number) =>
    k >= 0 && k < normalized.length && (normalized.flags[k]! & Step.leetspeak) !== 0 && normalized.fromDigit[k] === 0;
  // A symbol may also have merged into the word's first or last letter (`coblos$`: the `$` reads as
  // `s`, one run with the `s` before it).
  return (
    (isBoundary(normalized, start) || symbolAt(start - 1) || symbolAt(start)) &&
    (isBoundary(normalized, end + 1) || symbolAt(end + 1) || symbolAt(end))
  );
}

/** Whether an allow phrase of `category` covers part of `span`. */
function isAllowed(matches: Matches, span: Span, category: CategoryId): boolean {
  const { allowMask } = matches;
  if (!allowMask) return false;
  const bit = categoryBits.get(category)!;
  for (let k = span.start; k < span.end; k++) if (allowMask[k]! & bit) return true;
  return false;
}

/**
 * The hits that count: longest match first, so a phrase ("slot gacor") wins over the word inside
 * it ("slot"); a match overlapping one already kept in its category, or covered by an allow
 * phrase of its category, is dropped.
 */
function keptHits(matches: Matches): Hit[] {
  const hits = [...matches.hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  const keptUntil = new Map<CategoryId, number>();
  for (const hit of hits) {
    if ((keptUntil.get(hit.entry.category) ?? 0) > hit.start || isAllowed(matches, hit, hit.entry.category)) continue;
    keptUntil.set(hit.entry.category, hit.end);
    kept.push(hit);
  }
  return kept;
}

/**
 * The gambling signals that count, when they reach the threshold. An allow phrase cancels the
 * signals it covers — `Densus 88` is not a brand, `𝐒𝐓𝐎𝐏 𝐉𝐔𝐃𝐈` not a promotion — but not a brand
 * elsewhere in the text: "stop judi" does not excuse ALEXIS17. A gambling term already reported
 * covers its signals too (`𝐒𝐋𝐎𝐓` is not found twice), but not a brand beside it: the draft "main di
 * 𝐊𝐔𝐒𝐔𝐌𝐀𝐓𝟎𝐓𝟎, gacor!" gets both marked.
 */
function gamblingSignalsFound(
  input: string,
  normalized: NormalizedText,
  matches: Matches,
  kept: readonly Hit[],
): { signals: GamblingSignal[]; score: number } | undefined {
  const originalSpan = (span: Span) => ({ start: normalized.starts[span.start]!, end: normalized.ends[span.end - 1]! });
  const { cues, allowed } = matches;
  const cueSpans = cues.length === 0 ? cues : cues.filter((cue) => !isAllowed(matches, cue, 'gambling')).map(originalSpan);
  const found = gamblingSignals(input, normalized, cueSpans, matches.signalKeys > 0);
  if (found.score < gamblingThreshold) return undefined;
  // Letter and document numbers, regulation citations, event hashtags, dates and e-mail addresses
  // are read as what they are: a brand shape (letters then digits) inside one is no promotion.
  const covered: Span[] = [...findOfficialReferences(input), ...findEmailAddresses(input)];
  for (const allow of allowed) if (allow.category === 'gambling') covered.push(originalSpan(allow));
  for (const hit of kept) if (hit.entry.category === 'gambling') covered.push(originalSpan(hit));
  if (covered.length === 0) return found;
  const coveredSet = spanSetOf(covered);
  const signals = found.signals.filter((signal) => !overlapsAny(coveredSet, signal));
  const score = signals.reduce((sum, signal) => sum + signal.weight, 0);
  return score >= gamblingThreshold ? { signals, score } : undefined;
}

/**
 * How many words stand between two spans of the normalized text (`a` before `b`), from the count of
 * word boundaries before each position (`boundariesBefore`, see {@link boundaryCounts}).
 */
function wordsBetween(boundariesBefore: Int32Array, a: Span, b: Span): number {
  const to = Math.min(b.start, boundariesBefore.length - 2);
  const gaps = to >= a.end ? boundariesBefore[to + 1]! - boundariesBefore[a.end]! : 0;
  return Math.max(0, gaps - 1);
}

/** The number of word boundaries at positions `0…k-1` of the normalized text, for every `k`. */
function boundaryCounts(normalized: NormalizedText): Int32Array {
  const counts = new Int32Array(normalized.length + 1);
  for (let k = 0; k < normalized.length; k++) counts[k + 1] = counts[k]! + (isBoundary(normalized, k) ? 1 : 0);
  return counts;
}

/**
 * The SARA signals that count: each group term with the derogations within `saraRules.window`
 * words of it (not covered by a counter-speech or other allow phrase of `sara-hate`); reported when
 * a group's derogations weigh `saraRules.threshold` or more. Each group looks only at the words near
 * it (the words are in text order): a long text with many group terms stays linear.
 */
function saraSignalsFound(
  input: string,
  normalized: NormalizedText,
  matches: Matches,
): { signals: SaraSignal[]; score: number } | undefined {
  const words = matches.saraWords
    .filter((word) => !isAllowed(matches, word, 'sara-hate'))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (!words.some((word) => word.role === 'group') || !words.some((word) => word.role === 'derogation')) return undefined;
  const boundaries = boundaryCounts(normalized);
  // A word far enough before the group by its start is too far by its end as well: it spans at most
  // `longest` boundaries itself.
  let longest = 0;
  for (const word of words) longest = Math.max(longest, boundaries[word.end]! - boundaries[word.start]!);
  const original = (span: Span) => ({ start: normalized.starts[span.start]!, end: normalized.ends[span.end - 1]! });
  let best: { signals: SaraSignal[]; score: number } | undefined;
  for (let g = 0; g < words.length; g++) {
    const group = words[g]!;
    if (group.role !== 'group') continue;
    const near: typeof words = [];
    for (let w = g - 1; w >= 0 && boundaries[group.start]! - boundaries[words[w]!.start]! <= saraRules.window + longest + 1; w--)
      near.unshift(words[w]!);
    for (let w = g + 1; w < words.length && wordsBetween(boundaries, group, words[w]!) <= saraRules.window; w++) near.push(words[w]!);
    let score = 0;
    const sacred = isSacredName(group.term);
    const signals: SaraSignal[] = [{ kind: sacred ? 'sacred' : 'group', term: group.term, weight: 0, ...original(group) }];
    for (const word of near) {
      if (word.role !== 'derogation' || (word.start < group.end && word.end > group.start)) continue;
      const between = word.start >= group.end ? wordsBetween(boundaries, group, word) : wordsBetween(boundaries, word, group);
      if (between > saraRules.window) continue;
      // After a sacred name, only an insult said of it, and one is enough (`saraRules.sacredNames`).
      if (sacred && !isSaidOfSacredName(input, normalized, group, word, between)) continue;
      const weight = sacred ? saraRules.threshold : (saraDerogationWeights.get(word.term) ?? 0);
      score += weight;
      signals.push({ kind: 'derogation', term: word.term, weight, ...original(word) });
    }
    if (score >= saraRules.threshold && (!best || score > best.score)) best = { signals, score };
  }
  return best;
}

/** Sorts the findings by position, gives each its category's provisions in force, and returns the strongest action. */
function verdictOf(findings: ContentFinding[], mode: ScreenMode, bases: ReadonlyMap<CategoryId, string[]>): Verdict {
  findings.sort((a, b) => (a.location as Span).start - (b.location as Span).start);
  let verdict: Verdict = mode === 'draft' ? 'publish' : 'allow';
  for (const finding of findings) {
    if (actionStrength[finding.action] > actionStrength[verdict]) verdict = finding.action;
    const basis = bases.get(finding.category);
    if (basis && basis.length > 0) finding.legalBasis = basis;
  }
  return verdict;
}

/**
 * The first pass's keys: terms and cues (allow phrases only cancel, they never add a finding), and
 * the partisan call verbs, as terms: a text holding one at word boundaries is screened, where the
 * partisan reading decides (`detect/partisan-rules.ts`).
 */
function prefilterFor(keys: readonly Key[]): Prefilter {
  return buildPrefilter(
    keys.flatMap((key): PrefilterKey[] => {
      let kind = 0;
      for (const { role } of key.entries) kind |= prefilterKindOf[role];
      return kind === 0 ? [] : [{ normalized: key.normalized, kind }];
    }),
  );
}

/**
 * What each role of a key is to the first pass. A SARA finding needs a group term and a derogation:
 * the first pass sends on texts holding both. Allow phrases only cancel: they are left out.
 */
const prefilterKindOf: Record<KeyEntry['role'], number> = {
  term: PrefilterKeyKind.term,
  call: PrefilterKeyKind.term,
  signal: PrefilterKeyKind.signal,
  cue: PrefilterKeyKind.cue,
  group: PrefilterKeyKind.group,
  derogation: PrefilterKeyKind.derogation,
  allow: 0,
};

function compile(config: ScreenerConfig): { keys: Key[]; automaton: Automaton } {
  const lists = [...(config.replaceDefaultLists ? [] : defaultTermLists), ...(config.lists ?? [])];
  const keys = compileKeys(lists);
  return { keys, automaton: buildAutomaton(keys.map((key) => Array.from(key.normalized, (char) => char.codePointAt(0)!))) };
}

/**
 * Compiles the term lists once into a screener. Throws {@link ScreenerConfigError} for a list of
 * an unknown category; screening itself never throws.
 */
export function createScreener(config: ScreenerConfig = {}): Screener {
  const { keys, automaton } = compile(config);
  return buildScreener(keys, automaton, prefilterFor(keys), config.officialContacts);
}

/**
 * A screener without the first pass that clears ordinary texts: every text is screened in full.
 * Internal, not exported from the package: tests use it to check that the first pass never clears
 * a text the full screening has findings for.
 */
export function createScreenerWithoutPrefilter(config: ScreenerConfig = {}): Screener {
  const { keys, automaton } = compile(config);
  return buildScreener(keys, automaton, undefined, config.officialContacts);
}

/** The error for a compiled form that does not hold together: `where` in it, and what is wrong there. */
function damagedScreener(where: string, problem: string): ScreenerConfigError {
  return new ScreenerConfigError({
    id: `Screener terkompilasi rusak di "${where}" (${problem}). Kompilasi ulang dengan versi paket ini: createScreener(...).toJSON().`,
    en: `The compiled screener is damaged at "${where}" (${problem}). Compile it again with this version of the package: createScreener(...).toJSON().`,
  });
}

/**
 * A screener from its compiled form (see `Screener.toJSON`), without compiling the lists again.
 * Throws {@link ScreenerConfigError} for an older format or a damaged form — checked here, once,
 * so that screening never throws on account of it.
 */
export function loadScreener(compiled: CompiledScreener): Screener {
  if (compiled?.format !== 'pedoman-screener/3') {
    throw new ScreenerConfigError({
      id: 'Bentuk screener terkompilasi tidak dikenal: kompilasi ulang dengan versi paket ini (createScreener(...).toJSON()).',
      en: 'Unknown compiled-screener format: compile it again with this version of the package (createScreener(...).toJSON()).',
    });
  }
  const parsed = compiledScreenerSchema.safeParse(compiled);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw damagedScreener(issue.path.join('.') || '(root)', issue.code);
  }
  const { keys, prefilter: serializedPrefilter } = parsed.data;
  for (const key of keys) {
    for (const entry of key.entries) if (!findCategory(entry.category)) throw new ScreenerConfigError(unknownCategory(entry.category));
  }
  let automaton: Automaton;
  let prefilter: Prefilter;
  try {
    automaton = deserializeAutomaton(parsed.data.automaton);
    prefilter = deserializePrefilter(serializedPrefilter);
  } catch {
    throw damagedScreener('automaton', 'base64 of 32-bit integers expected');
  }
  const problem = automatonProblem(automaton, keys.length);
  if (problem) throw damagedScreener('automaton', problem);
  const prefilterProblem = automatonProblem(prefilter.automaton, serializedPrefilter.kinds.length);
  if (prefilterProblem) throw damagedScreener('prefilter.automaton', prefilterProblem);
  // The scan reads where a key starts from its length: it must be the key's.
  const wrongLength = keys.findIndex((key, index) => automaton.keyLengths[index] !== Array.from(key.normalized).length);
  if (wrongLength >= 0) throw damagedScreener(`keys.${wrongLength}`, 'keyLengths');
  return buildScreener(keys, automaton, prefilter, parsed.data.officialContacts);
}

let defaultScreener: Screener | undefined;

/** Screens a text with the default lists (compiled on first use). */
export function screen<C extends string>(text: string, options: ScreenOptions<C>): ScreenResult {
  defaultScreener ??= createScreener();
  return defaultScreener.screen(text, options);
}
