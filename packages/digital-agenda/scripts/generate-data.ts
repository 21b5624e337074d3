// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { compileDataSources, rulesSource } from '@pedoman-medsos/core/pipeline';
import { agendaFileSchema } from '../src/schema/agenda';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    rulesSource(),
    {
      file: 'data/agenda.yaml',
      schema: agendaFileSchema,
      exportName: 'agendaFile',
      type: { name: 'AgendaFile', from: '../schema/agenda' },
    },
  ],
});
process.exitCode = ok ? 0 : 1;
