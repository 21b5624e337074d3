// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';

/**
 * The roles of the pedoman, by id. Every chapter (procedures, monitoring, sanctions) names who acts
 * with one of these; `data/roles.yaml` describes each in both languages.
 */
export const roleIdSchema = /* @__PURE__ */ (() =>
  z
    .enum([
      /** Humas pusat: the central public-relations bureau that approves, publishes and monitors. */
      'central-pr',
      /** Pimpinan unit: the head of the work unit that owns an account. */
      'unit-head',
      /** Admin: the staff member assigned by letter to run an account. */
      'admin',
      /** Verifikator: checks and approves content before it is published. */
      'approver',
      /** PPID: the information and documentation officer (UU 14/2008). */
      'ppid',
      /** Pengelola pengaduan: handles complaints through LAPOR!/SP4N and the unit's own channels. */
      'complaint-officer',
      /** Pejabat pelindungan data pribadi: the data-protection officer (UU 27/2022 Pasal 53–54). */
      'data-protection-officer',
    ])
    .describe('Peran: central-pr, unit-head, admin, approver, ppid, complaint-officer, data-protection-officer.'))();
export type RoleId = z.output<typeof roleIdSchema>;
