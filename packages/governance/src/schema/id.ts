import { z } from 'zod';

/** The id of an entry in a chapter (a term, an indicator, a step): stable, lower-case, hyphenated, used as its anchor. */
export const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'huruf kecil, angka dan tanda hubung / lower case, digits and hyphens')
  .describe('Id entri: huruf kecil, angka, tanda hubung.');
