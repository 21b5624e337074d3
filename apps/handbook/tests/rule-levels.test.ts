import { namingRules } from '@pedoman-medsos/account-naming';
import { ruleLevelLabels } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

// A rule as staff read it: the level as a badge (a word, readable without colour) beside the
// normative title, and the id, status and package version on a small, muted reference line.
describe.each([
  ['id', '/account-naming/'],
  ['en', '/en/account-naming/'],
] as const)('rule blocks (%s)', (lang, path) => {
  it('show every rule’s level as a worded badge', async () => {
    await handbook.page.goto(handbook.url(path));
    for (const rule of namingRules) {
      const badge = handbook.page.locator(`section[data-rule="${rule.id}"] .rule-level`);
      expect(await badge.getAttribute('data-level')).toBe(rule.level);
      expect((await badge.textContent())?.trim().toLowerCase()).toContain(ruleLevelLabels[rule.level][lang].toLowerCase());
    }
  });

  it('keep the rule id on a quiet reference line, smaller than the rule text', async () => {
    await handbook.page.goto(handbook.url(path));
    const rule = namingRules[0]!;
    const ref = handbook.page.locator(`section[data-rule="${rule.id}"] [data-rule-ref]`);
    expect(await ref.textContent()).toContain(rule.id);
    const size = (selector: string) =>
      handbook.page
        .locator(selector)
        .first()
        .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    expect(await size(`section[data-rule="${rule.id}"] [data-rule-ref]`)).toBeLessThan(await size(`section[data-rule="${rule.id}"] h3`));
    // The heading and the text above the reference line name no rule id.
    expect(await handbook.page.locator(`section[data-rule="${rule.id}"] h3`).textContent()).not.toContain(rule.id);
  });
});
