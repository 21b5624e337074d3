import { z } from 'zod';
import { localizedTextSchema } from './localized-text';

/** A provision of a statute or regulation, cited down to the article. */
export const statuteBasisSchema = z
  .object({
    kind: z.literal('statute'),
    /** Short citation of the instrument, e.g. `UU 1/2024` or `PP 94/2021`. */
    instrument: z.string().min(1).describe('Instrumen hukum, mis. "UU 1/2024".'),
    /** Full title of the instrument, in Indonesian as promulgated. */
    title: z.string().min(1).optional().describe('Judul lengkap instrumen.'),
    /** Article and paragraph, e.g. `Pasal 27 ayat (2)`. */
    article: z.string().min(1).describe('Pasal dan ayat, mis. "Pasal 27 ayat (2)".'),
    /** Where the text can be read (JDIH, peraturan.go.id). */
    url: z.url().optional(),
    /** What a reader must know about the provision: a transition, a companion article… */
    note: localizedTextSchema.optional(),
  })
  .strict();

/** A rule the institution sets for itself, with no statute behind it. */
export const institutionalPolicyBasisSchema = z
  .object({
    kind: z.literal('institutional-policy'),
    /** Why the institution adopted it, or which internal decision it comes from. */
    note: localizedTextSchema.optional(),
  })
  .strict();

/** Why a rule binds: a statute article, or institutional policy. */
export const legalBasisSchema = z.discriminatedUnion('kind', [statuteBasisSchema, institutionalPolicyBasisSchema]);
export type LegalBasis = z.output<typeof legalBasisSchema>;
