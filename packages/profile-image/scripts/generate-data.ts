// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { compileDataSources, rulesSource } from '@pedoman-medsos/core/pipeline';
import { specsFileSchema } from '../src/schema/specs-file';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    rulesSource(),
    {
      file: 'data/specs.yaml',
      schema: specsFileSchema,
      exportName: 'specsFile',
      type: { name: 'SpecsFile', from: '../schema/specs-file' },
    },
  ],
});
process.exitCode = ok ? 0 : 1;
