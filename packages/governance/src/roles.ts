import { rolesFile } from './generated/roles';
import type { Role } from './schema/role';
import type { RoleId } from './schema/role-id';

/** Every role of the pedoman, in the order of `data/roles.yaml`. */
export const roles: readonly Role[] = rolesFile.roles;

const rolesById = new Map(roles.map((role) => [role.id, role]));

/** The role with this id, if there is one (the schema guarantees every `RoleId` is described). */
export function findRole(id: string): Role | undefined {
  return rolesById.get(id as RoleId);
}
