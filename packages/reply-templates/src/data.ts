// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
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
export const templates: readonly Template[] = /* @__PURE__ */ (() => templatesFile.templates)();
/** Every message category, in the order of data/categories.yaml. */
export const messageCategories: readonly MessageCategory[] = /* @__PURE__ */ (() => categoriesFile.categories)();
/** The reply rules every finding refers to. */
export const replyRules: readonly RuleWithSeverity[] = /* @__PURE__ */ (() => rulesFile.rules)();

const templatesById = /* @__PURE__ */ (() => new Map(templates.map((template) => [template.id, template])))();
const categoriesById = /* @__PURE__ */ (() => new Map(messageCategories.map((category) => [category.id, category])))();

/** The template with this id, or `undefined`. */
export function findTemplate(id: string): Template | undefined {
  return templatesById.get(id);
}

/** The category with this id, or `undefined`. */
export function findMessageCategory(id: string): MessageCategory | undefined {
  return categoriesById.get(id as MessageCategoryId);
}
