import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useHandbook } from './browser';

const handbook = useHandbook();

// One page of each template: landing, a rule page with tables, and every in-page tool, in both languages.
const pages = [
  '/',
  '/platform/',
  '/prohibited-content/',
  '/account-naming/',
  '/profile-image/',
  '/image-tool/',
  '/replies/',
  '/reply-tool/',
  '/digital-agenda/',
  '/roles/',
  '/procedures/',
  '/screen-tool/',
  '/handle-tool/',
  '/hashtag-tool/',
  '/evaluate-tool/',
  '/changelog/',
  '/glossary/',
  '/introduction/',
  '/asn-personal-accounts/',
  '/monitoring/',
  '/sanctions/',
  '/closing/',
];

// Violations that come from Starlight itself, not from this site, excluded by rule id only.
const upstream: string[] = [];

async function seriousViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page: handbook.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).disableRules(upstream).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

describe.each(['', '/en'])('accessibility (axe) %s', (prefix) => {
  it.each(pages)('%s has no serious or critical violation', async (path) => {
    await handbook.page.goto(handbook.url(`${prefix}${path}`));
    expect(await seriousViolations()).toEqual([]);
  });
});

// The verdicts' colours (green, orange, red boxes and icons) in both themes, with text on them.
describe.each(['light', 'dark'] as const)('tool verdicts in the %s theme', (theme) => {
  it.each([
    ['/screen-tool/', 'Slot gacor maxwin hari ini, hubungi 0812-3456-7890'],
    ['/screen-tool/', 'Sebarkan sebelum dihapus!'],
    ['/screen-tool/', 'Pelayanan hari ini cepat, terima kasih.'],
  ])('%s showing a verdict for "%s" has no serious or critical violation', async (path, input) => {
    await handbook.page.emulateMedia({ colorScheme: theme });
    await handbook.page.goto(handbook.url(path));
    await handbook.page.locator('[data-input]').fill(input);
    await handbook.page.locator('[data-verdict]:not([hidden])').waitFor();
    expect(await seriousViolations()).toEqual([]);
  });
});
