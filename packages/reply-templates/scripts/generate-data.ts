// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
import { findProvision, legalStatusOn } from '@pedoman-medsos/core';
import { compileDataSources, type DataProblem, rulesSource } from '@pedoman-medsos/core/pipeline';
import { categoriesFileSchema } from '../src/schema/category';
import { holidaysFileSchema } from '../src/schema/holidays';
import { type ProcedureFile, procedureFileSchema } from '../src/schema/procedure';
import { type TemplatesFile, templatesFileSchema } from '../src/schema/template';
import type { VariableSpec } from '../src/schema/variable';

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

/** The TypeScript type a variable's value has in code that names its template literally. */
function variableType(spec: VariableSpec): string {
  if (spec.type === 'number') return 'number';
  if (spec.type === 'enum') return spec.values.map((value) => JSON.stringify(value)).join(' | ');
  return 'string';
}

/**
 * The template ids and each template's variables as types, so `renderReply('question.answr', …)` or a
 * misspelt variable fails the type-check where it is written instead of giving a finding at run time.
 */
function templateDeclarations(data: TemplatesFile): string {
  const ids = data.templates.map((template) => `\n  | '${template.id}'`).join('');
  const variables = data.templates
    .map((template) => {
      const fields = Object.entries(template.variables).map(
        ([name, spec]) =>
          `    /** ${spec.description.en} (${spec.type}${spec.type === 'date' ? ', YYYY-MM-DD' : ''}) */\n    ${name}: ${variableType(spec)};\n`,
      );
      return `  '${template.id}': {\n${fields.join('')}  };\n`;
    })
    .join('');
  return (
    `/** Id templat dalam data/templates.yaml. / The template ids data/templates.yaml defines. */\n` +
    `export type TemplateIdInTemplatesYaml =${ids || ' never'};\n\n` +
    `/** Variabel setiap templat. / The variables of each template. */\n` +
    `export interface TemplateVariablesInTemplatesYaml {\n${variables}}\n`
  );
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
      declarations: templateDeclarations,
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
