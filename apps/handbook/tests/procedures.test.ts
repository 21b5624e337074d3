import { findProcedure, procedures, proceduresForRole, roles } from '@pedoman-medsos/governance';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

const seven = [
  'open-account',
  'dormant-account',
  'hoax-comment',
  'misinformation-elsewhere',
  'crisis-communication',
  'admin-change',
  'personal-data-exposure',
];

describe.each([
  ['id', '', 'Segera', 'Pasal 46'],
  ['en', '/en', 'Immediately', 'Pasal 46'],
] as const)('procedures and roles (%s)', (lang, prefix, immediately, article46) => {
  it('renders each procedure as a numbered list of its steps, each with who, time limit and record', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/procedures/`));
    for (const id of seven) {
      const procedure = findProcedure(id);
      const list = handbook.page.locator(`[data-procedure="${id}"] ol[data-steps]`);
      expect(await list.evaluate((element) => getComputedStyle(element).listStyleType), id).toBe('decimal');
      const steps = list.locator('> li[data-step]');
      expect(await steps.count(), id).toBe(procedure?.steps.length);
      for (const [index, step] of (procedure?.steps ?? []).entries()) {
        const item = steps.nth(index);
        expect(await item.getAttribute('data-role')).toBe(step.role);
        expect(await item.locator('[data-who]').textContent()).toBe(roles.find((role) => role.id === step.role)?.name[lang]);
        expect((await item.locator('[data-limit]').textContent())?.trim()).not.toBe('');
        expect(await item.locator('[data-record]').textContent()).toBe(step.record[lang]);
      }
    }
    expect(await handbook.page.locator('[data-procedure="hoax-comment"] [data-limit]').first().textContent()).toBe(immediately);
    const notify = handbook.page.locator('[data-procedure="personal-data-exposure"] [data-limit]', { hasText: article46 });
    expect(await notify.first().textContent()).toContain('72');
  });

  it('says for each role what it does in each procedure, linked to the step', async () => {
    await handbook.page.goto(handbook.url(`${prefix}/roles/`));
    for (const role of roles) {
      const shown = handbook.page.locator(`[data-role="${role.id}"] [data-role-procedures] > li`);
      const expected = proceduresForRole(role.id);
      expect(await shown.count(), role.id).toBe(expected.length);
      for (const [index, entry] of expected.entries()) {
        expect(await shown.nth(index).getAttribute('data-procedure')).toBe(entry.procedure.id);
        expect(await shown.nth(index).locator('a').getAttribute('href')).toBe(`${prefix}/procedures/#${entry.procedure.id}`);
      }
    }
    expect(procedures.length).toBeGreaterThanOrEqual(seven.length);
  });
});
