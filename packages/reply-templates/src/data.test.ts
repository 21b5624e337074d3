import { describe, expect, it } from 'vitest';
import { findTemplate, holidaysFile, messageCategories, procedureFile, templates } from './data';
import { renderReply } from './render-reply';

describe('the reply data', () => {
  it('has a template for every category, and every suggested template belongs to its category', () => {
    for (const category of messageCategories) {
      expect(
        templates.some((template) => template.category === category.id),
        category.id,
      ).toBe(true);
      for (const id of category.templates) expect(findTemplate(id)?.category, id).toBe(category.id);
    }
  });

  it('gives every template an example that renders cleanly in both languages', () => {
    for (const template of templates) {
      for (const locale of ['id', 'en'] as const) {
        const rendered = renderReply(template.id, template.example, { locale });
        expect(rendered.findings, `${template.id} (${locale})`).toEqual([]);
        expect(rendered.text).not.toMatch(/[{}]/);
      }
    }
  });

  it('sets a response target for every category on both channels', () => {
    for (const category of messageCategories) {
      for (const channel of ['public', 'private']) {
        expect(
          procedureFile.targets.some((target) => target.category === category.id && target.channel === channel),
          `${category.id}/${channel}`,
        ).toBe(true);
      }
    }
  });

  it('holds the 2026 decree: 17 national holidays and 8 days of collective leave', () => {
    const year = holidaysFile.years.find((candidate) => candidate.year === 2026);
    expect(year?.days.filter((day) => day.kind === 'national')).toHaveLength(17);
    expect(year?.days.filter((day) => day.kind === 'collective-leave')).toHaveLength(8);
  });
});
