// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { compileDataSources } from '@pedoman-medsos/core/pipeline';
import { contentCuesFileSchema } from '../src/schema/content-cues';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/content-cues.yaml',
      schema: contentCuesFileSchema,
      exportName: 'contentCuesFile',
      type: { name: 'ContentCuesFile', from: '../schema/content-cues' },
    },
  ],
});
process.exitCode = ok ? 0 : 1;
