// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addDuplicateIdIssues, addLocalizedIssue, sourceReferenceCheck, sourceSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { placementSchema } from './placement';
import { platformImageSpecSchema } from './platform-image-spec';

/** The `data/specs.yaml` file: platform image specs, the placement rule and their sources. */
export const specsFileSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Documents the figures were taken from; each figure names one by id. */
      sources: z.array(sourceSchema).min(1),
      placement: placementSchema,
      platforms: z.array(platformImageSpecSchema).min(1),
    })
    .strict()
    .check((ctx) => {
      const { sources, platforms } = ctx.value;
      const requireSource = sourceReferenceCheck(ctx, sources);
      addDuplicateIdIssues(ctx, sources, 'sources');
      addDuplicateIdIssues(ctx, platforms, 'platforms', 'platform');
      platforms.forEach((spec, index) => {
        const at = ['platforms', index];
        const figures = [
          ['recommendedSize', spec.recommendedSize],
          ['minimumSize', spec.minimumSize],
          ['maxBytes', spec.maxBytes],
        ] as const;
        for (const [field, figure] of figures) if (figure) requireSource(figure.source, [...at, field, 'source']);
        spec.displaySizes.forEach((display, displayIndex) => {
          requireSource(display.size.source, [...at, 'displaySizes', displayIndex, 'size', 'source']);
        });
        if (spec.minimumSize.value > spec.recommendedSize.value) {
          addLocalizedIssue(
            ctx,
            {
              id: `Ukuran minimum (${spec.minimumSize.value}) melebihi ukuran yang disarankan (${spec.recommendedSize.value}).`,
              en: `The minimum size (${spec.minimumSize.value}) exceeds the recommended size (${spec.recommendedSize.value}).`,
            },
            [...at, 'minimumSize', 'value'],
          );
        }
      });
    }))();
export type SpecsFile = z.output<typeof specsFileSchema>;
