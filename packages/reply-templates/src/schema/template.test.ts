import { localizedMessageOf } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { templates } from '../data';
import { templateSchema } from './template';

const base = structuredClone(templates.find((template) => template.id === 'question.needs-research')!);
const issues = (value: unknown) =>
  templateSchema
    .safeParse(value)
    .error?.issues.map((issue) => ({ path: issue.path.join('.'), en: localizedMessageOf(issue)?.en ?? issue.message })) ?? [];

describe('templateSchema', () => {
  it('accepts every shipped template', () => {
    for (const template of templates) expect(issues(template), template.id).toEqual([]);
  });

  it('reports text that is not ICU MessageFormat, with the language', () => {
    const found = issues({ ...base, text: { ...base.text, en: 'Hello {name, we will answer' } });
    expect(found[0]?.path).toBe('text.en');
    expect(found[0]?.en).toMatch(/^The text is not valid ICU MessageFormat \(.+\)\. Check the braces\.$/);
  });

  it('reports a variable used but not declared, and one declared but unused', () => {
    const found = issues({ ...base, text: { id: 'Halo {nama}, {days} hari.', en: 'Hello {name}, {days} days.' } });
    expect(found).toContainEqual({ path: 'text.id', en: 'Variable {nama} is used in the text but not declared in `variables`.' });
    expect(found).toContainEqual({ path: 'variables.name', en: 'Variable "name" is declared but not used in the id text.' });
  });

  it('reports a variable used against its type', () => {
    const found = issues({ ...base, text: { id: '{name, plural, other {#}} {days}', en: '{name} {days}' } });
    expect(found).toContainEqual({ path: 'text.id', en: 'Variable {name} of type string cannot be used as plural.' });
  });
});
