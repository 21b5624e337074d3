// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see README, "Data pipeline").
// Imports the compiler module itself, not the pipeline's index: the index reads the legal registry
// this script writes.
import { compileDataSources } from '../src/pipeline/compile-data-sources';
import { legalRegistrySchema } from '../src/schema/legal-instrument';
import { platformRegistrySchema } from '../src/schema/platform-registry';
import { removedRulesFileSchema } from '../src/schema/removed-rule';

const registriesOk = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/legal-instruments.yaml',
      schema: legalRegistrySchema,
      exportName: 'legalRegistry',
      type: { name: 'LegalRegistry', from: '../schema/legal-instrument' },
    },
    {
      file: 'data/platforms.yaml',
      schema: platformRegistrySchema,
      exportName: 'platformRegistry',
      type: { name: 'PlatformRegistry', from: '../schema/platform-registry' },
    },
    {
      file: 'data/removed-rules.yaml',
      schema: removedRulesFileSchema,
      exportName: 'removedRulesFile',
      type: { name: 'RemovedRulesFile', from: '../schema/removed-rule' },
    },
  ],
});
// The shared rules cite provisions, so they compile once the legal registry above is written.
const { rulesSource } = await import('../src/pipeline/rules-source');
const rulesOk =
  registriesOk && compileDataSources({ packageDir: new URL('..', import.meta.url), sources: [rulesSource('../schema/rules-file')] });
process.exitCode = registriesOk && rulesOk ? 0 : 1;
