// The package's public API: screening, the categories it screens for, and the types of its
// options and results. Browser-safe: no Node built-ins. Everything here runs in the handbook's
// in-page tool. The building blocks (normalizer, detectors, schemas, first pass) are in
// `@pedoman-medsos/prohibited-content/internal`, for the packages of this repository: they may
// change in any release.
export { categories, categoryIds, findCategory } from './categories';
export type { OfficialContacts } from './detect/official-contacts';
export type { CategoryIdInCategoriesYaml as KnownCategoryId } from './generated/categories';
export { createPhraseMatcher, type PhraseMatch, type PhraseMatcher } from './match/phrase-matcher';
export type { StepName } from './normalize/classify';
export { stepLabels } from './normalize/step-labels';
export type { CategoryActions, CommentAction, CommentVerdict, DraftAction, DraftVerdict, ScreenMode, Verdict } from './schema/actions';
export { verdictLabels } from './schema/actions';
export { type Category, type CategoryExample, type CategoryId, categoryIdOf } from './schema/category';
export type { TermList } from './schema/term-list';
export {
  type CompiledScreener,
  type ContentFinding,
  createScreener,
  type Detector,
  loadScreener,
  type Screener,
  type ScreenerConfig,
  ScreenerConfigError,
  type ScreenOptionNames,
  type ScreenOptions,
  type ScreenResult,
  screen,
  screenOptionsProblem,
} from './screen';
