// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { checkCitations, compileDataSources } from '@pedoman-medsos/core/pipeline';
import { type CategoriesFile, categoriesFileSchema } from '../src/schema/category';
import { termsFileSchema } from '../src/schema/term-list';

/**
 * The short category ids as a type, so that `screen(text, { categories: ['gamblng'] })` fails to
 * type-check, listing the ids; a list read at run time is still checked by `screen` itself.
 */
function categoryIdDeclarations(data: CategoriesFile): string {
  const ids = data.categories.map((category) => `\n  | '${category.id.replace(/^content\./, '')}'`).join('');
  return `/** ID singkat kategori dalam data/categories.yaml. / The short category ids data/categories.yaml defines. */\nexport type CategoryIdInCategoriesYaml =${ids || ' never'};\n`;
}

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    {
      file: 'data/categories.yaml',
      schema: categoriesFileSchema,
      exportName: 'categoriesFile',
      type: { name: 'CategoriesFile', from: '../schema/category' },
      check: (data: CategoriesFile) => checkCitations(data.categories, 'categories'),
      declarations: categoryIdDeclarations,
    },
    { file: 'data/terms.yaml', schema: termsFileSchema, exportName: 'termsFile', type: { name: 'TermsFile', from: '../schema/term-list' } },
  ],
});
process.exitCode = ok ? 0 : 1;
