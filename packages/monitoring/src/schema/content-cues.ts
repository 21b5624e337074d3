import { addLocalizedIssue } from '@pedoman-medsos/core';
import { monitoring } from '@pedoman-medsos/governance';
import { z } from 'zod';

const purposeIds = monitoring.contentPurposes.map((purpose) => purpose.id);
const formatIds = monitoring.contentFormats.map((format) => format.id);

/** The cues of one content purpose; the purpose id is the governance package's. */
const purposeCuesSchema = z
  .object({
    /** A content purpose of the governance package (`education`, `ceremonial`…). */
    purpose: z.string().refine((id) => purposeIds.includes(id), { error: `one of ${purposeIds.join(', ')}` }),
    /** Phrases that show the purpose, matched as whole words after normalization. */
    cues: z.array(z.string().trim().min(2)).min(1),
  })
  .strict();

/** `data/content-cues.yaml`: cue phrases per purpose (in order of precedence) and the post-type words per format. */
export const contentCuesFileSchema = z
  .object({
    purposes: z.array(purposeCuesSchema).min(1),
    /** Post-type values of the exports, lower case, per governance format id. */
    formats: z.record(z.string(), z.array(z.string().trim().toLowerCase().min(1))),
  })
  .strict()
  .check((ctx) => {
    const seen = new Set<string>();
    ctx.value.purposes.forEach((entry, index) => {
      if (seen.has(entry.purpose)) {
        addLocalizedIssue(ctx, { id: `Tujuan ${entry.purpose} tertulis dua kali.`, en: `Purpose ${entry.purpose} is written twice.` }, [
          'purposes',
          index,
        ]);
      }
      seen.add(entry.purpose);
    });
    for (const format of Object.keys(ctx.value.formats)) {
      if (!formatIds.includes(format)) {
        addLocalizedIssue(
          ctx,
          {
            id: `Format ${format} tidak dikenal; pilih salah satu: ${formatIds.join(', ')}.`,
            en: `Unknown format ${format}; one of: ${formatIds.join(', ')}.`,
          },
          ['formats', format],
        );
      }
    }
  });
export type ContentCuesFile = z.output<typeof contentCuesFileSchema>;
