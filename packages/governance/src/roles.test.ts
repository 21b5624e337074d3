import { describe, expect, it } from 'vitest';
import { findRole, roles } from './roles';
import { rolesFileSchema } from './schema/role';
import { roleIdSchema } from './schema/role-id';

describe('the roles', () => {
  it('describe every role id exactly once, in both languages', () => {
    expect(roles.map((role) => role.id).sort()).toEqual([...roleIdSchema.options].sort());
    for (const role of roles) expect(role.name.en, role.id).toBeTruthy();
  });

  it('are found by id', () => {
    expect(findRole('central-pr')?.name.id).toMatch(/^Humas pusat/);
    expect(findRole('nobody')).toBeUndefined();
  });

  it('refuse a file that leaves a role out or describes one twice', () => {
    const [first, ...rest] = roles;
    const missing = rolesFileSchema.safeParse({ roles: rest }).error?.issues.map((issue) => issue.message);
    expect(missing).toEqual([expect.stringContaining(`Roles not described: ${first?.id}`)]);
    const twice = rolesFileSchema.safeParse({ roles: [...roles, first] }).error?.issues.map((issue) => issue.path.join('.'));
    expect(twice).toEqual(['roles.0.id', `roles.${roles.length}.id`]);
  });
});
