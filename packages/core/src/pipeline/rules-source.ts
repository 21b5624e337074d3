import { type RulesFile, rulesFileSchema } from '../schema/rules-file';
import { checkCitations } from './check-citations';
import type { DataSource } from './compile-data-sources';

/**
 * The `data/rules.yaml` every area keeps: its rules with their severity, compiled to the export
 * `rulesFile` (of core's `RulesFile` type), each rule's legal basis checked against the registry.
 * (Apart from `compile-data-sources.ts` because it reads the compiled legal registry, which core's
 * own generate step writes first.)
 */
export function rulesSource(): DataSource {
  return {
    file: 'data/rules.yaml',
    schema: rulesFileSchema,
    exportName: 'rulesFile',
    type: { name: 'RulesFile', from: '@pedoman-medsos/core' },
    check: (data: RulesFile) => checkCitations(data.rules, 'rules'),
  };
}
