import type { z } from 'zod';
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
