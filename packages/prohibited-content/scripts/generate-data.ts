// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { checkCitations, compileDataSources } from '@pedoman-medsos/core/pipeline';
import { type CategoriesFile, categoriesFileSchema } from '../src/schema/category';
import { termsFileSchema } from '../src/schema/term-list';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/categories.yaml',
      schema: categoriesFileSchema,
      exportName: 'categoriesFile',
      type: { name: 'CategoriesFile', from: '../schema/category' },
      check: (data: CategoriesFile) => checkCitations(data.categories, 'categories'),
    },
    { file: 'data/terms.yaml', schema: termsFileSchema, exportName: 'termsFile', type: { name: 'TermsFile', from: '../schema/term-list' } },
  ],
});
process.exitCode = ok ? 0 : 1;
