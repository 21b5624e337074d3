// Node-only build tooling: reading YAML sources and generating typed data. Browser code imports
// `@pedoman-medsos/core`, never this entry point.
export { type CompileOptions, compileDataSources, type DataSource, jsonSchemaFor, rulesSource } from './compile-data-sources';
export { localizeIssue, readYamlSource, type SourceResult } from './read-yaml-source';
export { formatFieldPath, formatSourceErrors, type SourceError } from './source-error';
