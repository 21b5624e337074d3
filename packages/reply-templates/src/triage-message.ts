// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { type IsoDate, type Locale, type LocalizedText, localize } from '@pedoman-medsos/core';
import { type ContentFinding, createPhraseMatcher, type Screener, type ScreenResult, screen } from '@pedoman-medsos/prohibited-content';
import { categoriesFile, messageCategories } from './data';
import type { MessageCategory, MessageCategoryId } from './schema/category';

/** Why a message was put in a category: a cue found in it, or a screener finding. */
export interface TriageReason {
  /** The cue (or the screener's rule id) that matched. */
  cue: string;
  /** UTF-16 offsets of the match in the message; absent for reasons about the whole message. */
  start?: number;
  end?: number;
  /** The matched part of the message (empty for a reason about the whole message). */
  text: string;
  /** Why it counts, when the match alone does not say (a screener finding, the fallback). */
  explanation?: LocalizedText;
}

/** One candidate category with its score and reasons. */
export interface RankedCategory {
  category: MessageCategoryId;
  title: LocalizedText;
  score: number;
  reasons: TriageReason[];
}

/** What to do with an incoming message. */
export interface Triage {
  /** Candidate categories, most likely first. */
  categories: RankedCategory[];
  /**
   * `reply` or `route` (reply by pointing to LAPOR!/PPID); `hold` for an admin to review first;
   * `hide` per the comment policy (no reply, except moving personal data out of public view).
   */
  handling: 'reply' | 'route' | 'hold' | 'hide';
  /** Templates to answer with, best first; empty when the message gets no reply. */
  suggestedTemplates: string[];
  /** The prohibited-content screening of the message (comment mode). */
  screening: ScreenResult;
}

/** Options of {@link triageMessage}. */
export interface TriageOptions {
  /**
   * The date the rules are applied as of, `YYYY-MM-DD`; default today. Passed to the screener, so a
   * date that is not `YYYY-MM-DD` or no real day throws its `ScreenerConfigError`.
   */
  asOf?: IsoDate;
  /** A screener with the institution's own lists (see `createScreener`); default the shipped lists. */
  screener?: Screener;
}

const firstPerson = /* @__PURE__ */ (() => createPhraseMatcher(categoriesFile.firstPersonWords))();

/**
 * A category about the writer's own case (`withoutFirstPerson` in data/categories.yaml) counts for
 * another when the message says nothing of the writer's case: "pelayanannya lambat" judges the
 * service (criticism, answered in public); "berkas saya belum diproses" is a case (a complaint).
 */
function readWithoutFirstPerson(
  input: string,
  ranked: Map<MessageCategoryId, RankedCategory>,
  entry: (id: MessageCategoryId) => RankedCategory,
): void {
  const moves = [...ranked.values()].filter((candidate) => category(candidate.category).withoutFirstPerson !== undefined);
  if (moves.length === 0 || firstPerson.match(input).length > 0) return;
  for (const candidate of moves) {
    const target = entry(category(candidate.category).withoutFirstPerson as MessageCategoryId);
    target.score += candidate.score;
    target.reasons.push(...candidate.reasons, {
      cue: '',
      text: '',
      explanation: {
        id: `Tidak menyebut urusan penulis sendiri: dibaca sebagai ${target.title.id.toLowerCase()}, bukan ${candidate.title.id.toLowerCase()}.`,
        en: `Says nothing of the writer's own case: read as ${target.title.en.toLowerCase()}, not ${candidate.title.en.toLowerCase()}.`,
      },
    });
    ranked.delete(candidate.category);
  }
}

const cueOwners = messageCategories.flatMap((category) => category.cues.map((cue) => ({ category, cue })));
const cueMatcher = /* @__PURE__ */ (() => createPhraseMatcher(cueOwners.map((owner) => owner.cue)))();
const byId = /* @__PURE__ */ (() => new Map(messageCategories.map((category) => [category.id, category])))();
const category = (id: MessageCategoryId) => byId.get(id) as MessageCategory;

/**
 * Sorts an incoming comment or message into the procedure's categories by the cues it contains
 * (matched with the screener's normalization, so `t0long` and `k a p a n` count), screens it for
 * prohibited content, and says whether to reply, route, hold or hide, with the templates to use.
 * An emergency always ranks first. Never throws on any text.
 */
export function triageMessage(text: string, options: TriageOptions = {}): Triage {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const screening = (options.screener ?? { screen }).screen(input, { mode: 'comment', ...(options.asOf ? { asOf: options.asOf } : {}) });
  const ranked = new Map<MessageCategoryId, RankedCategory>();
  const entry = (id: MessageCategoryId) => {
    let found = ranked.get(id);
    if (!found) {
      found = { category: id, title: category(id).title, score: 0, reasons: [] };
      ranked.set(id, found);
    }
    return found;
  };
  for (const match of cueMatcher.match(input)) {
    const owner = cueOwners[match.phrase];
    if (!owner) continue;
    const candidate = entry(owner.category.id);
    // Each cue counts once, however often it is repeated.
    if (candidate.reasons.some((reason) => reason.cue === owner.cue)) continue;
    candidate.score += 1;
    candidate.reasons.push({ cue: owner.cue, start: match.start, end: match.end, text: input.slice(match.start, match.end) });
  }
  readWithoutFirstPerson(input, ranked, entry);
  if (input.includes('?')) {
    entry('question').score += 0.5;
    entry('question').reasons.push({ cue: '?', text: '?' });
  }
  const hiding = screening.findings.filter((finding) => finding.action === 'hide');
  const onlyPersonalData = hiding.length > 0 && hiding.every((finding) => finding.category === 'personal-data');
  // Personal data is hidden to protect its owner, not because the message is abuse.
  if (hiding.length > 0 && !onlyPersonalData) {
    const spam = entry('abuse-spam');
    spam.score += 10;
    for (const finding of hiding) spam.reasons.push(reasonOf(finding, input));
  }
  if (ranked.size === 0) {
    entry('question').reasons.push({
      cue: '',
      text: '',
      explanation: { id: 'Tidak ada penanda: dianggap pertanyaan umum.', en: 'No cue: treated as a general question.' },
    });
  }
  const categories = [...ranked.values()].sort(
    (a, b) => Number(b.category === 'emergency') - Number(a.category === 'emergency') || routedBeforeQuestion(a, b) || b.score - a.score,
  );
  const top = category((categories[0] as RankedCategory).category);
  const firstReplying = categories.find((candidate) => candidate.category !== 'abuse-spam');
  if (hiding.length > 0) {
    // Hidden for personal data, the citizen still needs an answer — in private.
    return {
      categories,
      handling: 'hide',
      suggestedTemplates: onlyPersonalData
        ? [...new Set(['complaint.move-to-private', ...(firstReplying ? category(firstReplying.category).templates : [])])]
        : [],
      screening,
    };
  }
  const handling = screening.verdict === 'hold' ? 'hold' : top.handling;
  return { categories, handling, suggestedTemplates: top.handling === 'hide' ? [] : [...top.templates], screening };
}

/**
 * A message that asks for something the law sends elsewhere (public information to the PPID, a
 * complaint to SP4N-LAPOR!) is routed even when it is phrased as a question: the question cues
 * ("gimana", "caranya", "?") are generic and come with almost any request, so they do not outweigh
 * one cue of a routing category. Negative when `a` goes first.
 */
function routedBeforeQuestion(a: RankedCategory, b: RankedCategory): number {
  const routed = (ranked: RankedCategory) => category(ranked.category).handling === 'route' && ranked.score >= 1;
  if (a.category === 'question' && routed(b)) return 1;
  if (b.category === 'question' && routed(a)) return -1;
  return 0;
}

/** A reason in words, for people: the matched text in quotes, or its explanation. */
export function describeReason(reason: TriageReason, locale: Locale): string {
  if (!reason.explanation) return `"${reason.text}"`;
  const explanation = localize(reason.explanation, locale);
  return reason.text ? `"${reason.text}" (${explanation})` : explanation;
}

function reasonOf(finding: ContentFinding, input: string): TriageReason {
  const location = finding.location?.kind === 'span' ? finding.location : undefined;
  return {
    cue: finding.ruleId,
    ...(location ? { start: location.start, end: location.end } : {}),
    text: location ? input.slice(location.start, location.end) : '',
    explanation: finding.message,
  };
}
