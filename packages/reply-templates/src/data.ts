import type { RuleWithSeverity } from '@pedoman-medsos/core';
import { categoriesFile } from './generated/categories';
import { holidaysFile } from './generated/holidays';
import { procedureFile } from './generated/procedure';
import { rulesFile } from './generated/rules';
import { templatesFile } from './generated/templates';
import type { MessageCategory, MessageCategoryId } from './schema/category';
import type { Template } from './schema/template';

export { categoriesFile, holidaysFile, procedureFile, templatesFile };
/** Every reply template, in the order of data/templates.yaml. */
export const templates: readonly Template[] = templatesFile.templates;
/** Every message category, in the order of data/categories.yaml. */
export const messageCategories: readonly MessageCategory[] = categoriesFile.categories;
/** The reply rules every finding refers to. */
export const replyRules: readonly RuleWithSeverity[] = rulesFile.rules;

const templatesById = new Map(templates.map((template) => [template.id, template]));
const categoriesById = new Map(messageCategories.map((category) => [category.id, category]));

/** The template with this id, or `undefined`. */
export function findTemplate(id: string): Template | undefined {
  return templatesById.get(id);
}

/** The category with this id, or `undefined`. */
export function findMessageCategory(id: string): MessageCategory | undefined {
  return categoriesById.get(id as MessageCategoryId);
}
