// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { compileDataSources } from '@pedoman-medsos/core/pipeline';
import { issuingInstrumentSchema } from '../src/schema/instrument';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/instrument.yaml',
      schema: issuingInstrumentSchema,
      exportName: 'issuingInstrument',
      type: { name: 'IssuingInstrument', from: '../schema/instrument' },
    },
  ],
});
process.exitCode = ok ? 0 : 1;
