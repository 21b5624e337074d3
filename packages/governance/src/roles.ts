// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { rolesFile } from './generated/roles';
import type { Role } from './schema/role';
import type { RoleId } from './schema/role-id';

/** Every role of the pedoman, in the order of `data/roles.yaml`. */
export const roles: readonly Role[] = /* @__PURE__ */ (() => rolesFile.roles)();

const rolesById = /* @__PURE__ */ (() => new Map(roles.map((role) => [role.id, role])))();

/** The role with this id, if there is one (the schema guarantees every `RoleId` is described). */
export function findRole(id: string): Role | undefined {
  return rolesById.get(id as RoleId);
}
