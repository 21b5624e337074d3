// Node-only build tooling: reading YAML sources and generating typed data. Browser code imports
// `@pedoman-medsos/core`, never this entry point.

export { checkCitations, citationCheckDate } from './check-citations';
export { type CompileOptions, compileDataSources, type DataSource, jsonSchemaFor } from './compile-data-sources';
export { localizeIssue, locateInYaml, readYamlSource, type SourceResult, type YamlLocator } from './read-yaml-source';
export { rulesSource } from './rules-source';
export { type DataProblem, formatFieldPath, formatSourceErrors, type SourceError } from './source-error';
