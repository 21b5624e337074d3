// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { compileDataSources, rulesSource } from '@pedoman-medsos/core/pipeline';
import { categoriesFileSchema } from '../src/schema/category';
import { holidaysFileSchema } from '../src/schema/holidays';
import { procedureFileSchema } from '../src/schema/procedure';
import { templatesFileSchema } from '../src/schema/template';

const ok = compileDataSources({
  packageDir: new URL('..', import.meta.url),
  sources: [
    rulesSource(),
    {
      file: 'data/categories.yaml',
      schema: categoriesFileSchema,
      exportName: 'categoriesFile',
      type: { name: 'CategoriesFile', from: '../schema/category' },
    },
    {
      file: 'data/templates.yaml',
      schema: templatesFileSchema,
      exportName: 'templatesFile',
      type: { name: 'TemplatesFile', from: '../schema/template' },
    },
    {
      file: 'data/procedure.yaml',
      schema: procedureFileSchema,
      exportName: 'procedureFile',
      type: { name: 'ProcedureFile', from: '../schema/procedure' },
    },
    {
      file: 'data/holidays.yaml',
      schema: holidaysFileSchema,
      exportName: 'holidaysFile',
      type: { name: 'HolidaysFile', from: '../schema/holidays' },
    },
  ],
});
process.exitCode = ok ? 0 : 1;
