// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { proceduresFile } from './generated/procedures';
import type { Procedure, ProcedureStep } from './schema/procedure';
import type { RoleId } from './schema/role-id';
import { fillPlaceholders } from './text-placeholders';

function filled(procedure: Procedure): Procedure {
  return {
    ...procedure,
    title: fillPlaceholders(procedure.title),
    trigger: fillPlaceholders(procedure.trigger),
    steps: procedure.steps.map((step) => ({ ...step, action: fillPlaceholders(step.action) })),
  };
}

/** Every procedure, in the order of `data/procedures.yaml`, with the numbers other rules own filled in. */
export const procedures: readonly Procedure[] = proceduresFile.procedures.map(filled);

const proceduresById = /* @__PURE__ */ (() => new Map(procedures.map((procedure) => [procedure.id, procedure])))();

/** The procedure with this id, if there is one. */
export function findProcedure(id: string): Procedure | undefined {
  return proceduresById.get(id);
}

/** A step of a procedure with its number as the handbook prints it (1-based). */
export interface NumberedStep {
  number: number;
  step: ProcedureStep;
}

/** What a role does in one procedure: the steps it takes there, numbered. */
export interface RoleInProcedure {
  procedure: Procedure;
  steps: NumberedStep[];
}

/** What a role does in each procedure it acts in, in procedure order; procedures it has no step in are left out. */
export function proceduresForRole(roleId: RoleId): RoleInProcedure[] {
  return procedures.flatMap((procedure) => {
    const steps = procedure.steps.flatMap((step, index) => (step.role === roleId ? [{ number: index + 1, step }] : []));
    return steps.length > 0 ? [{ procedure, steps }] : [];
  });
}
