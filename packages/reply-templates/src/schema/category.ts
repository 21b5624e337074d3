// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addDuplicateIdIssues, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/** The kinds of incoming message the procedure distinguishes. Adding one is a minor release. */
export const messageCategoryIdSchema = /* @__PURE__ */ (() =>
  z.enum([
    'question',
    'service-complaint',
    'criticism',
    'hoax-clarification',
    'information-request',
    'lapor-complaint',
    'appreciation',
    'emergency',
    'out-of-scope',
    'abuse-spam',
  ]))();
export type MessageCategoryId = z.output<typeof messageCategoryIdSchema>;

/** One kind of incoming message and how the account handles it. */
export const messageCategorySchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: messageCategoryIdSchema,
      title: localizedTextSchema,
      description: localizedTextSchema,
      /** `reply`: answer; `route`: answer by pointing to the official track; `hide`: never reply, hide per the comment policy. */
      handling: z.enum(['reply', 'route', 'hide']),
      /** Where a `route` category sends the citizen. */
      routeTo: z.enum(['lapor', 'ppid']).optional(),
      /** Templates suggested for this category, best first. */
      templates: z.array(z.string().min(1)).min(1),
      /** Words and phrases that point to this category; matched with the screener's normalization. */
      cues: z.array(z.string().trim().min(1)),
      /**
       * For a category about the writer's own case (a service complaint): the category the message
       * is read as when it has none of the file's `firstPersonWords` — a judgement of the service in
       * general is criticism, answered in public, not a case moved to private messages.
       */
      withoutFirstPerson: messageCategoryIdSchema.optional(),
    })
    .strict())();
export type MessageCategory = z.output<typeof messageCategorySchema>;

/** The `data/categories.yaml` file. */
export const categoriesFileSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Words by which a writer speaks of their own case (`saya`, `berkas saya`…); see `withoutFirstPerson`. */
      firstPersonWords: z.array(z.string().trim().min(1)).default([]),
      categories: z.array(messageCategorySchema).min(1),
    })
    .strict()
    .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.categories, 'categories')))();
export type CategoriesFile = z.output<typeof categoriesFileSchema>;
