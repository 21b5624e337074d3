import { addDuplicateIdIssues, legalBasisSchema, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { entryIdSchema } from './id';

/** Ketentuan umum: one term and what it means in this pedoman. */
export const definitionSchema = z
  .object({
    id: entryIdSchema,
    term: localizedTextSchema,
    definition: localizedTextSchema,
    /** Where the law defines the term, when it does. */
    legalBasis: z.array(legalBasisSchema).optional(),
  })
  .strict();
export type Definition = z.output<typeof definitionSchema>;

export const definitionsFileSchema = z
  .object({ definitions: z.array(definitionSchema).min(1) })
  .strict()
  .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.definitions, 'definitions'));
export type DefinitionsFile = z.output<typeof definitionsFileSchema>;
