// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { rulesFileSchema } from '@pedoman-medsos/core';
import { compileDataSources } from '@pedoman-medsos/core/pipeline';
import { agendaFileSchema } from '../src/schema/agenda';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/rules.yaml',
      schema: rulesFileSchema,
      exportName: 'rulesFile',
      type: { name: 'RulesFile', from: '@pedoman-medsos/core' },
    },
    {
      file: 'data/agenda.yaml',
      schema: agendaFileSchema,
      exportName: 'agendaFile',
      type: { name: 'AgendaFile', from: '../schema/agenda' },
    },
  ],
});
process.exitCode = ok ? 0 : 1;
