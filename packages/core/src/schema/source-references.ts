import type { z } from 'zod';
import { addLocalizedIssue } from './localized-issue';
import type { Source } from './source';

/**
 * Returns a function that reports a figure whose `source` is not in the file's `sources` list.
 * Every data file with sourced figures (platform registry, profile-image specs) checks its
 * references the same way, so a governance editor sees the same message everywhere.
 */
export function sourceReferenceCheck(
  ctx: { issues: z.core.$ZodRawIssue[]; value: unknown },
  sources: readonly Source[],
): (id: string, path: PropertyKey[]) => void {
  const known = new Set(sources.map((source) => source.id));
  return (id, path) => {
    if (known.has(id)) return;
    addLocalizedIssue(
      ctx,
      {
        id: `Sumber "${id}" tidak ada di daftar \`sources\`. Tambahkan sumbernya atau perbaiki ID-nya.`,
        en: `Source "${id}" is not in the \`sources\` list. Add the source or correct the id.`,
      },
      path,
    );
  };
}
