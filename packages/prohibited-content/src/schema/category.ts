// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of `screen` does not build the schemas that check files and options.
import {
  addDuplicateIdIssues,
  addLocalizedIssue,
  localizedTextSchema,
  requireLevelMatchesSeverity,
  requireRuleTranslations,
  ruleFields,
  severitySchema,
} from '@pedoman-medsos/core';
import { z } from 'zod';
import { categoryActionsSchema, screenModeSchema } from './actions';

/** Short id of a category: the last part of its rule id (`content.gambling` → `gambling`). */
export const categoryIdSchema = /* @__PURE__ */ (() =>
  z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, { error: 'lower-case-with-dashes, e.g. "gambling"' }))();
export type CategoryId = z.output<typeof categoryIdSchema>;

/** A worked example: a text and whether the screener must flag it. The test suite runs every one. */
export const categoryExampleSchema = /* @__PURE__ */ (() =>
  z
    .object({
      text: z.string().min(1),
      mode: screenModeSchema,
      /** `flagged`: the screener must report this category; `clean`: it must not. */
      expect: z.enum(['flagged', 'clean']),
      /** Why, for the handbook reader. */
      note: localizedTextSchema,
    })
    .strict())();
export type CategoryExample = z.output<typeof categoryExampleSchema>;

/** A category of prohibited content: a rule, with its definition and its action per mode. */
export const categorySchema = /* @__PURE__ */ (() =>
  ruleFields
    .extend({
      /** What belongs in the category, for the admin deciding a borderline case. */
      definition: localizedTextSchema,
      /** Severity of a finding in this category. */
      severity: severitySchema,
      /** What happens to a draft and to a comment that falls in the category. */
      actions: categoryActionsSchema,
      /**
       * The actions for terms of a milder tier (lists with `tier: mild`): a milder insult is held
       * for an admin rather than hidden. Strong terms, and every other finding, get `actions`.
       */
      tiers: z.object({ mild: categoryActionsSchema }).strict().optional(),
      /** Worked examples shown in the handbook and checked by the tests. */
      examples: z.array(categoryExampleSchema).default([]),
    })
    .check(requireRuleTranslations)
    .check(requireLevelMatchesSeverity))();
export type Category = z.output<typeof categorySchema>;

/** The categories file. */
export const categoriesFileSchema = /* @__PURE__ */ (() =>
  z
    .object({ categories: z.array(categorySchema).min(1) })
    .strict()
    .check((ctx) => {
      addDuplicateIdIssues(ctx, ctx.value.categories, 'categories');
      ctx.value.categories.forEach((category, index) => {
        if (!category.id.startsWith('content.')) {
          addLocalizedIssue(ctx, { id: 'ID kategori diawali "content.".', en: 'Category ids start with "content.".' }, [
            'categories',
            index,
            'id',
          ]);
        }
      });
    }))();
export type CategoriesFile = z.output<typeof categoriesFileSchema>;

/** `content.gambling` → `gambling`. */
export function categoryIdOf(category: Pick<Category, 'id'>): CategoryId {
  return category.id.slice(category.id.lastIndexOf('.') + 1);
}
