import { findProvision, type LocalizedText } from '@pedoman-medsos/core';
import type { DataProblem } from '@pedoman-medsos/core/pipeline';
import type { ProcedureStep, ProceduresFile, Support } from './schema/procedure';
import type { RolesFile } from './schema/role';
import { unknownPlaceholders } from './text-placeholders';

/**
 * What the procedures may point to, gathered by the build from the other packages: every rule id
 * any package defines, the reply-templates targets (`category/channel`), and each package's exports.
 */
export interface ProcedureReferences {
  ruleIds: ReadonlySet<string>;
  replyTargets: ReadonlySet<string>;
  exportsOf: (packageName: string) => ReadonlySet<string> | undefined;
}

type Path = (string | number)[];

function missingProvision(id: string, path: Path): DataProblem[] {
  if (findProvision(id)) return [];
  return [
    {
      path,
      message: {
        id: `Ketentuan "${id}" tidak ada di data/legal-instruments.yaml (paket core): tambahkan ketentuannya di sana atau perbaiki ID-nya.`,
        en: `Provision "${id}" is not in data/legal-instruments.yaml (core package): add it there or correct the id.`,
      },
    },
  ];
}

function missingRule(id: string, refs: ProcedureReferences, path: Path): DataProblem[] {
  if (refs.ruleIds.has(id)) return [];
  return [
    {
      path,
      message: {
        id: `Aturan "${id}" tidak didefinisikan di rules.yaml paket mana pun (periksa ejaannya).`,
        en: `Rule "${id}" is not defined in any package's rules.yaml (check the spelling).`,
      },
    },
  ];
}

function supportProblems(support: Support, refs: ProcedureReferences, path: Path): DataProblem[] {
  if ('rule' in support) return missingRule(support.rule, refs, [...path, 'rule']);
  if ('tool' in support) return []; // a handbook page: the handbook's build checks it exists
  const { package: name, export: exported } = support.check;
  if (refs.exportsOf(name)?.has(exported)) return [];
  return [
    {
      path: [...path, 'check'],
      message: {
        id: `Paket ${name} tidak mengekspor "${exported}".`,
        en: `Package ${name} does not export "${exported}".`,
      },
    },
  ];
}

function placeholderProblems(text: LocalizedText, path: Path): DataProblem[] {
  const unknown = [...new Set([...unknownPlaceholders(text.id), ...unknownPlaceholders(text.en)])];
  if (unknown.length === 0) return [];
  return [
    {
      path,
      message: {
        id: `Isian tidak dikenal: ${unknown.map((name) => `{${name}}`).join(', ')}.`,
        en: `Unknown placeholder: ${unknown.map((name) => `{${name}}`).join(', ')}.`,
      },
    },
  ];
}

function stepProblems(step: ProcedureStep, refs: ProcedureReferences, path: Path): DataProblem[] {
  const problems = placeholderProblems(step.action, [...path, 'action']);
  const limit = step.timeLimit;
  if ('provision' in limit && limit.provision) problems.push(...missingProvision(limit.provision, [...path, 'timeLimit', 'provision']));
  if ('replyTarget' in limit) {
    const key = `${limit.replyTarget.category}/${limit.replyTarget.channel}`;
    if (!refs.replyTargets.has(key)) {
      problems.push({
        path: [...path, 'timeLimit', 'replyTarget'],
        message: {
          id: `Target waktu tanggap ${key} tidak ada di data/procedure.yaml paket reply-templates.`,
          en: `Response-time target ${key} is not in the reply-templates package's data/procedure.yaml.`,
        },
      });
    }
  }
  (step.supportedBy ?? []).forEach((support, index) => {
    problems.push(...supportProblems(support, refs, [...path, 'supportedBy', index]));
  });
  return problems;
}

/** The references of `data/procedures.yaml` that no other file's schema can see, each at its line. */
export function checkProcedures(file: ProceduresFile, refs: ProcedureReferences): DataProblem[] {
  return file.procedures.flatMap((procedure, p) => [
    ...placeholderProblems(procedure.trigger, ['procedures', p, 'trigger']),
    ...procedure.relatedRules.flatMap((id, r) => missingRule(id, refs, ['procedures', p, 'relatedRules', r])),
    ...procedure.steps.flatMap((step, s) => stepProblems(step, refs, ['procedures', p, 'steps', s])),
  ]);
}

/** The provisions `data/roles.yaml` cites must exist in core's legal registry. */
export function checkRoles(file: RolesFile): DataProblem[] {
  return file.roles.flatMap((role, index) =>
    role.appointment.provision ? missingProvision(role.appointment.provision, ['roles', index, 'appointment', 'provision']) : [],
  );
}
