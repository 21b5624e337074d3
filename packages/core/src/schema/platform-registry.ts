// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { addDuplicateIdIssues, addLocalizedIssue } from './localized-issue';
import { platformSchema } from './platform';
import { sourceSchema } from './source';
import { sourceReferenceCheck } from './source-references';
import { textKinds } from './text-limits';

/** The platform registry file: every platform, and the sources its figures cite. */
export const platformRegistrySchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Documents the figures were taken from; each figure names one by id. */
      sources: z.array(sourceSchema).min(1),
      platforms: z.array(platformSchema).min(1),
    })
    .strict()
    .check((ctx) => {
      const { sources, platforms } = ctx.value;
      const requireSource = sourceReferenceCheck(ctx, sources);
      addDuplicateIdIssues(ctx, platforms, 'platforms');
      addDuplicateIdIssues(ctx, sources, 'sources');
      platforms.forEach((platform, index) => {
        const at = ['platforms', index];
        requireSource(platform.handle.source, [...at, 'handle', 'source']);
        requireSource(platform.handle.minLength.source, [...at, 'handle', 'minLength', 'source']);
        requireSource(platform.handle.maxLength.source, [...at, 'handle', 'maxLength', 'source']);
        if (platform.handle.minLength.value > platform.handle.maxLength.value) {
          addLocalizedIssue(
            ctx,
            {
              id: `Panjang minimum handle (${platform.handle.minLength.value}) melebihi panjang maksimumnya (${platform.handle.maxLength.value}).`,
              en: `The minimum handle length (${platform.handle.minLength.value}) exceeds the maximum (${platform.handle.maxLength.value}).`,
            },
            [...at, 'handle', 'minLength', 'value'],
          );
        }
        for (const kind of textKinds) {
          const figure = platform.textLimits[kind];
          if (figure) requireSource(figure.source, [...at, 'textLimits', kind, 'source']);
        }
      });
    }))();
export type PlatformRegistry = z.output<typeof platformRegistrySchema>;
