// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { addDuplicateIdIssues, addLocalizedIssue, localizedTextSchema, provisionIdSchema } from '@pedoman-medsos/core';
import { z } from 'zod';
import { roleIdSchema } from './role-id';

/** How a role is given to a person: who appoints, by what letter, and the provision behind it if any. */
export const appointmentSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** The office that appoints, e.g. "Pimpinan instansi". */
      by: localizedTextSchema,
      /** The instrument of appointment, e.g. "Surat keputusan (SK) pimpinan instansi". */
      letter: localizedTextSchema,
      /** The provision that requires or governs the appointment, when a statute does. */
      provision: provisionIdSchema.optional(),
    })
    .strict())();
export type Appointment = z.output<typeof appointmentSchema>;

/** A role of the pedoman: its name in both languages, what it answers for, and how it is appointed. */
export const roleSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: roleIdSchema,
      /** Its name, e.g. "Humas pusat (Biro Komunikasi dan Layanan Informasi)". */
      name: localizedTextSchema,
      /** The short name tables and lists use, e.g. "Humas pusat". */
      shortName: localizedTextSchema,
      /** One sentence on who holds the role. */
      summary: localizedTextSchema,
      /** What the role answers for, one duty per entry. */
      responsibilities: z.array(localizedTextSchema).min(1),
      appointment: appointmentSchema,
    })
    .strict())();
export type Role = z.output<typeof roleSchema>;

/** `data/roles.yaml`: every role of {@link roleIdSchema}, each described exactly once. */
export const rolesFileSchema = /* @__PURE__ */ (() =>
  z
    .object({ roles: z.array(roleSchema).min(1) })
    .strict()
    .check((ctx) => {
      addDuplicateIdIssues(ctx, ctx.value.roles, 'roles');
      const described = new Set(ctx.value.roles.map((role) => role.id));
      const missing = roleIdSchema.options.filter((id) => !described.has(id));
      if (missing.length > 0) {
        // Every chapter names roles by these ids: a role without a description would render as a bare id.
        addLocalizedIssue(
          ctx,
          {
            id: `Peran belum dijelaskan: ${missing.join(', ')}. Setiap ID peran wajib dijelaskan sekali.`,
            en: `Roles not described: ${missing.join(', ')}. Every role id must be described once.`,
          },
          ['roles'],
        );
      }
    }))();
export type RolesFile = z.output<typeof rolesFileSchema>;
