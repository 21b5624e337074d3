// The package's building blocks, for the packages of this repository (the CLI, reply templates,
// the data pipelines): the normalizer, the detectors, the schemas of the data files. Not a stable
// API: a release may change any of it. Users import from the package root (`./index`), which this
// module re-exports as well, so that one import line serves a package that needs both.
// Browser-safe: no Node built-ins.

export { defaultTermLists } from './categories';
export { type ClassificationMark, findClassificationMarks } from './detect/classification-marks';
export {
  gamblingConfidentScore,
  gamblingMaxCues,
  gamblingSignalLabels,
  gamblingSignalRules,
  gamblingThreshold,
  gamblingWeights,
} from './detect/gambling-rules';
export { type GamblingSignal, gamblingSignals } from './detect/gambling-signals';
export { isOfficialContact, nationalDigits } from './detect/official-contacts';
export { findOfficialReferences, type OfficialReference, withoutReferences } from './detect/official-references';
export { findPersonalData, isPlausibleNik, type PersonalDataHit } from './detect/personal-data';
export * from './index';
export { stepNames } from './normalize/classify';
export { type NormalizedText, normalize, normalizedString, normalizeToString } from './normalize/normalize';
export {
  actionStrength,
  categoryActionsSchema,
  commentActionSchema,
  draftActionSchema,
  screenModeSchema,
} from './schema/actions';
export { type CategoriesFile, categoriesFileSchema, categoryExampleSchema, categoryIdSchema, categorySchema } from './schema/category';
export { officialContactsSchema, type ScreenerConfigFile, screenerConfigFileSchema } from './schema/screener-config';
export { type TermsFile, termListSchema, termsFileSchema } from './schema/term-list';
