// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { findProvision, legalStatusOn } from '@pedoman-medsos/core';
import { compileDataSources, type DataProblem, rulesSource } from '@pedoman-medsos/core/pipeline';
import { categoriesFileSchema } from '../src/schema/category';
import { holidaysFileSchema } from '../src/schema/holidays';
import { type ProcedureFile, procedureFileSchema } from '../src/schema/procedure';
import { templatesFileSchema } from '../src/schema/template';

/** Each statutory limit a target answers to names a provision of the legal registry that is in force. */
function checkLimits(data: ProcedureFile): DataProblem[] {
  return data.targets.flatMap((target, index): DataProblem[] => {
    if (!target.limit) return [];
    const provision = findProvision(target.limit.provision);
    if (provision && legalStatusOn(provision) === 'in-force') return [];
    const why = provision
      ? { id: 'tidak berlaku hari ini', en: 'not in force today' }
      : { id: 'tidak ada di registri hukum (core)', en: 'not in the legal registry (core)' };
    return [
      {
        path: ['targets', index, 'limit', 'provision'],
        message: {
          id: `Ketentuan batas "${target.limit.provision}" ${why.id}.`,
          en: `Limit provision "${target.limit.provision}" is ${why.en}.`,
        },
      },
    ];
  });
}

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
      check: checkLimits,
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
