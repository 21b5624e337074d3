// Compiles data/*.yaml into src/generated/*.ts and schemas/*.schema.json (see the root README).
// The procedures point into other packages (rule ids, reply targets, exported checks): those are
// imported built (devDependencies, so turbo builds them first) and the references checked here.
import * as accountNaming from '@pedoman-medsos/account-naming';
import * as core from '@pedoman-medsos/core';
import { compileDataSources } from '@pedoman-medsos/core/pipeline';
import * as digitalAgenda from '@pedoman-medsos/digital-agenda';
import * as profileImage from '@pedoman-medsos/profile-image';
import * as prohibitedContent from '@pedoman-medsos/prohibited-content';
import * as replyTemplates from '@pedoman-medsos/reply-templates';
import { checkProcedures, checkRoles, type ProcedureReferences } from '../src/check-procedures';
import { closingSchema } from '../src/schema/closing';
import { definitionsFileSchema } from '../src/schema/definition';
import { issuingInstrumentSchema } from '../src/schema/instrument';
import { introductionSchema } from '../src/schema/introduction';
import { monitoringSchema } from '../src/schema/monitoring';
import { type ProceduresFile, proceduresFileSchema } from '../src/schema/procedure';
import { type RolesFile, rolesFileSchema } from '../src/schema/role';
import { sanctionsSchema } from '../src/schema/sanction';
import { scopeSchema } from '../src/schema/scope';

const packages: Record<string, object> = {
  '@pedoman-medsos/account-naming': accountNaming,
  '@pedoman-medsos/core': core,
  '@pedoman-medsos/digital-agenda': digitalAgenda,
  '@pedoman-medsos/profile-image': profileImage,
  '@pedoman-medsos/prohibited-content': prohibitedContent,
  '@pedoman-medsos/reply-templates': replyTemplates,
};

const references: ProcedureReferences = {
  ruleIds: new Set(
    [
      core.sharedRules,
      accountNaming.namingRules,
      digitalAgenda.agendaRules,
      profileImage.imageRules,
      prohibitedContent.categories,
      replyTemplates.replyRules,
    ].flatMap((rules) => rules.map((rule) => rule.id)),
  ),
  replyTargets: new Set(replyTemplates.procedureFile.targets.map((target) => `${target.category}/${target.channel}`)),
  exportsOf: (name) => (packages[name] ? new Set(Object.keys(packages[name])) : undefined),
};

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
    {
      file: 'data/roles.yaml',
      schema: rolesFileSchema,
      exportName: 'rolesFile',
      type: { name: 'RolesFile', from: '../schema/role' },
      check: (data: RolesFile) => checkRoles(data),
    },
    {
      file: 'data/procedures.yaml',
      schema: proceduresFileSchema,
      exportName: 'proceduresFile',
      type: { name: 'ProceduresFile', from: '../schema/procedure' },
      check: (data: ProceduresFile) => checkProcedures(data, references),
    },
  ],
});
process.exitCode = ok ? 0 : 1;
