import { localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { clauseSchema } from './clause';

/** Penutup: the closing provisions, and the general advice the pedoman gives for doing it well. */
export const closingSchema = z
  .object({
    advice: z.array(clauseSchema).min(1),
    closing: z.array(localizedTextSchema).min(1),
  })
  .strict();
export type Closing = z.output<typeof closingSchema>;
