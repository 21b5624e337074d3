// Browser-safe: no Node built-ins. Everything here runs in the handbook's in-page tool.
export { categories, categoryIds, defaultTermLists, findCategory } from './categories';
export { type ClassificationMark, findClassificationMarks } from './detect/classification-marks';
export {
  type GamblingSignal,
  gamblingConfidentScore,
  gamblingMaxCues,
  gamblingSignalLabels,
  gamblingSignals,
  gamblingThreshold,
  gamblingWeights,
} from './detect/gambling-signals';
export { findPersonalData, isPlausibleNik, type PersonalDataHit } from './detect/personal-data';
export { createPhraseMatcher, type PhraseMatch, type PhraseMatcher } from './match/phrase-matcher';
export { type StepName, stepNames } from './normalize/classify';
export { type NormalizedText, normalize, normalizedString, normalizeToString } from './normalize/normalize';
export {
  actionStrength,
  type CategoryActions,
  type CommentAction,
  type CommentVerdict,
  categoryActionsSchema,
  commentActionSchema,
  type DraftAction,
  type DraftVerdict,
  draftActionSchema,
  type ScreenMode,
  screenModeSchema,
  type Verdict,
  verdictLabels,
} from './schema/actions';
export {
  type CategoriesFile,
  type Category,
  type CategoryExample,
  type CategoryId,
  categoriesFileSchema,
  categoryExampleSchema,
  categoryIdOf,
  categoryIdSchema,
  categorySchema,
} from './schema/category';
export { type TermList, type TermsFile, termListSchema, termsFileSchema } from './schema/term-list';
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
