// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { compileDataSources } from '@pedoman-medsos/core/pipeline';
import { closingSchema } from '../src/schema/closing';
import { definitionsFileSchema } from '../src/schema/definition';
import { issuingInstrumentSchema } from '../src/schema/instrument';
import { introductionSchema } from '../src/schema/introduction';
import { monitoringSchema } from '../src/schema/monitoring';
import { sanctionsSchema } from '../src/schema/sanction';
import { scopeSchema } from '../src/schema/scope';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/instrument.yaml',
      schema: issuingInstrumentSchema,
      exportName: 'issuingInstrument',
      type: { name: 'IssuingInstrument', from: '../schema/instrument' },
    },
    {
      file: 'data/introduction.yaml',
      schema: introductionSchema,
      exportName: 'introduction',
      type: { name: 'Introduction', from: '../schema/introduction' },
    },
    { file: 'data/scope.yaml', schema: scopeSchema, exportName: 'scope', type: { name: 'Scope', from: '../schema/scope' } },
    {
      file: 'data/definitions.yaml',
      schema: definitionsFileSchema,
      exportName: 'definitionsFile',
      type: { name: 'DefinitionsFile', from: '../schema/definition' },
    },
    {
      file: 'data/monitoring.yaml',
      schema: monitoringSchema,
      exportName: 'monitoring',
      type: { name: 'Monitoring', from: '../schema/monitoring' },
    },
    {
      file: 'data/sanctions.yaml',
      schema: sanctionsSchema,
      exportName: 'sanctions',
      type: { name: 'Sanctions', from: '../schema/sanction' },
    },
    { file: 'data/closing.yaml', schema: closingSchema, exportName: 'closing', type: { name: 'Closing', from: '../schema/closing' } },
  ],
});
process.exitCode = ok ? 0 : 1;
