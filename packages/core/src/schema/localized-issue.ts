import type { z } from 'zod';
import { formatFieldPath } from '../pipeline/source-error';
import type { LocalizedText } from './localized-text';

/**
 * Adds a validation issue whose message exists in both languages. zod's custom issues carry one
 * message string, so the Indonesian and English texts travel in `params.localized`; the pipeline's
 * error formatter prints both.
 */
export function addLocalizedIssue(
  ctx: { issues: z.core.$ZodRawIssue[]; value: unknown },
  message: LocalizedText,
  path: PropertyKey[] = [],
): void {
  ctx.issues.push({ code: 'custom', message: message.en, params: { localized: message }, path, input: ctx.value });
}

/** Reads back the bilingual message that {@link addLocalizedIssue} stored, if any. */
export function localizedMessageOf(issue: { code: string; params?: unknown }): LocalizedText | undefined {
  if (issue.code !== 'custom' || typeof issue.params !== 'object' || issue.params === null) return undefined;
  const localized = (issue.params as { localized?: unknown }).localized;
  if (typeof localized !== 'object' || localized === null) return undefined;
  const { id, en } = localized as Record<string, unknown>;
  return typeof id === 'string' && typeof en === 'string' ? { id, en } : undefined;
}

/**
 * Reports every item whose id is used more than once in the list, at `[listField, index, key]` of
 * each occurrence, so the error list shows the line of every copy and each message names the others.
 * Ids are how rules, platforms and sources are referred to, so each must be unique in its file.
 * `key` names the id field when it is not `id` (e.g. `platform` in a per-platform spec list).
 */
export function addDuplicateIdIssues<Key extends string = 'id'>(
  ctx: { issues: z.core.$ZodRawIssue[]; value: unknown },
  items: readonly { readonly [K in NoInfer<Key>]: string }[],
  listField: string,
  key: Key = 'id' as Key,
): void {
  const indexes = new Map<string, number[]>();
  for (const [index, item] of items.entries()) indexes.set(item[key], [...(indexes.get(item[key]) ?? []), index]);
  for (const [id, at] of indexes) {
    if (at.length < 2) continue;
    for (const index of at) {
      const others = at.filter((other) => other !== index).map((other) => formatFieldPath([listField, other, key]));
      addLocalizedIssue(
        ctx,
        {
          id: `ID "${id}" tercantum ${at.length} kali; juga di ${others.join(', ')}. ID harus unik: hapus salinannya, atau beri ID lain.`,
          en: `Id "${id}" is listed ${at.length} times; also at ${others.join(', ')}. Ids must be unique: delete the copy, or give it another id.`,
        },
        [listField, index, key],
      );
    }
  }
}
