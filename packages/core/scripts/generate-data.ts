// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see README, "Data pipeline").
import { compileDataSources } from '../src/pipeline';
import { platformRegistrySchema } from '../src/schema/platform-registry';
import { removedRulesFileSchema } from '../src/schema/removed-rule';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
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
process.exitCode = ok ? 0 : 1;
