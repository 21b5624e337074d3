// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addDuplicateIdIssues, addLocalizedIssue, locales, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { type ArgumentUse, icuArguments } from '../icu-arguments';
import { messageCategoryIdSchema } from './category';
import { channelSchema } from './procedure';
import { type VariableSpec, variableSpecSchema } from './variable';

/** Which ICU uses each variable type allows: a date is formatted as a date, a plural needs a number. */
const allowedUses: Record<VariableSpec['type'], readonly ArgumentUse[]> = {
  string: ['text'],
  number: ['text', 'number', 'plural'],
  date: ['date'],
  url: ['text'],
  enum: ['text', 'select'],
};

/** A reply template: ICU MessageFormat text in both languages, with typed variables. */
export const templateSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Stable id, `category.name`, e.g. `question.answer`. */
      id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, { error: 'category.name, e.g. "question.answer"' }),
      /** What the reply does, as staff look for it, e.g. "Meluruskan hoaks" / "Correcting a hoax". */
      title: localizedTextSchema,
      category: messageCategoryIdSchema,
      /** Where the reply is written: a comment thread (`public`) or a direct message (`private`). */
      channel: channelSchema,
      /** Every variable the text uses, with its type. */
      variables: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), variableSpecSchema),
      /** The text as ICU MessageFormat (`{name}`, `{n, plural, …}`, `{d, date, long}`). */
      text: localizedTextSchema,
      /** A value for every variable: the handbook shows the template filled in with them (a test renders each). */
      example: z.record(z.string(), z.union([z.string(), z.number()])),
      /** How to say it: tone and what to avoid. */
      tone: localizedTextSchema,
    })
    .strict()
    .check((ctx) => {
      const template = ctx.value;
      for (const locale of locales) {
        const parsed = icuArguments(template.text[locale]);
        if (!parsed.ok) {
          addLocalizedIssue(
            ctx,
            {
              id: `Teks bukan ICU MessageFormat yang sah (${parsed.error}). Periksa kurung kurawal.`,
              en: `The text is not valid ICU MessageFormat (${parsed.error}). Check the braces.`,
            },
            ['text', locale],
          );
          continue;
        }
        for (const [name, uses] of parsed.uses) {
          const spec = template.variables[name];
          if (!spec) {
            addLocalizedIssue(
              ctx,
              {
                id: `Variabel {${name}} dipakai di teks tetapi tidak dideklarasikan di \`variables\`.`,
                en: `Variable {${name}} is used in the text but not declared in \`variables\`.`,
              },
              ['text', locale],
            );
            continue;
          }
          for (const use of uses) {
            if (!allowedUses[spec.type].includes(use)) {
              addLocalizedIssue(
                ctx,
                {
                  id: `Variabel {${name}} bertipe ${spec.type} tidak dapat dipakai sebagai ${use}.`,
                  en: `Variable {${name}} of type ${spec.type} cannot be used as ${use}.`,
                },
                ['text', locale],
              );
            }
          }
        }
        for (const name of Object.keys(template.variables)) {
          if (!parsed.uses.has(name)) {
            addLocalizedIssue(
              ctx,
              {
                id: `Variabel "${name}" dideklarasikan tetapi tidak dipakai di teks ${locale}.`,
                en: `Variable "${name}" is declared but not used in the ${locale} text.`,
              },
              ['variables', name],
            );
          }
        }
      }
    }))();
export type Template = z.output<typeof templateSchema>;

/** The `data/templates.yaml` file. */
export const templatesFileSchema = /* @__PURE__ */ (() =>
  z
    .object({ templates: z.array(templateSchema).min(1) })
    .strict()
    .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.templates, 'templates')))();
export type TemplatesFile = z.output<typeof templatesFileSchema>;
