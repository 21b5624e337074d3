// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { isoDateSchema, semverSchema } from './dates';
import { addDuplicateIdIssues } from './localized-issue';
import { localizedTextSchema } from './localized-text';
import { ruleIdSchema } from './rule';

/** A rule that left the guidelines: when, what replaced it, and why. */
export const removedRuleSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The id that no longer exists in any area's data. */
      id: ruleIdSchema,
      /** The (major) package version that removed it. */
      removedIn: semverSchema,
      removedOn: isoDateSchema,
      /** The rule that takes over, when there is one; validators and the handbook redirect to it. */
      replacedBy: ruleIdSchema.optional(),
      /** Why it was removed, for the changelog and the handbook. */
      reason: localizedTextSchema,
    })
    .strict())();
export type RemovedRule = z.output<typeof removedRuleSchema>;

/** The `data/removed-rules.yaml` ledger. */
export const removedRulesFileSchema = /* @__PURE__ */ (() =>
  z
    .object({ removed: z.array(removedRuleSchema) })
    .strict()
    .check((ctx) => addDuplicateIdIssues(ctx, ctx.value.removed, 'removed')))();
export type RemovedRulesFile = z.output<typeof removedRulesFileSchema>;
