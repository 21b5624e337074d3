// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of `screen` does not build the schemas that check files and options.
import type { LocalizedText } from '@pedoman-medsos/core';
import { z } from 'zod';

/** What is being screened: a `draft` the account is about to publish, or an incoming `comment`. */
export const screenModeSchema = /* @__PURE__ */ (() => z.enum(['draft', 'comment']))();
export type ScreenMode = z.output<typeof screenModeSchema>;

/** What happens to a draft: `block` (never publish), `needs-approval` (a supervisor decides), `warn`. */
export const draftActionSchema = /* @__PURE__ */ (() => z.enum(['block', 'needs-approval', 'warn']))();
export type DraftAction = z.output<typeof draftActionSchema>;

/** What happens to a comment: `hide`, `hold` for an admin to review, or `allow`. */
export const commentActionSchema = /* @__PURE__ */ (() => z.enum(['hide', 'hold', 'allow']))();
export type CommentAction = z.output<typeof commentActionSchema>;

/** The action of a category in each mode. */
export const categoryActionsSchema = /* @__PURE__ */ (() =>
  z
    .object({
      draft: draftActionSchema.describe('Tindakan untuk draf unggahan akun.'),
      comment: commentActionSchema.describe('Tindakan untuk komentar yang masuk.'),
    })
    .strict())();
export type CategoryActions = z.output<typeof categoryActionsSchema>;

/** The verdict on a whole text: the strongest action among its findings, or publish/allow. */
export type DraftVerdict = DraftAction | 'publish';
export type CommentVerdict = CommentAction;
export type Verdict = DraftVerdict | CommentVerdict;

/** Strength order of actions, weakest first, to pick the verdict of a text. */
export const actionStrength: Record<Verdict, number> = {
  publish: 0,
  allow: 0,
  warn: 1,
  hold: 2,
  'needs-approval': 2,
  hide: 3,
  block: 3,
};

/** What each action and verdict means for the person deciding, shared by the CLI and the handbook. */
export const verdictLabels: Record<Verdict, LocalizedText> = {
  publish: { id: 'boleh diterbitkan', en: 'may be published' },
  warn: { id: 'terbitkan dengan hati-hati', en: 'publish with care' },
  'needs-approval': { id: 'perlu persetujuan verifikator konten', en: 'needs the content approver’s clearance' },
  block: { id: 'jangan diterbitkan', en: 'do not publish' },
  allow: { id: 'biarkan tampil', en: 'leave visible' },
  hold: { id: 'tahan dulu: tinjau, lalu tampilkan atau sembunyikan', en: 'hold: review it, then show or hide it' },
  hide: { id: 'sembunyikan', en: 'hide' },
};
