// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { isoDateSchema, localizedTextSchema } from '@pedoman-medsos/core';
import { z } from 'zod';

/**
 * The legal instrument that issues the pedoman: an institution adopts the guidelines by a
 * regulation or decree of its own and fills this in. Until it does, `status: example` and every
 * page shows the frame as an example (CONTOH), never as an issued instrument.
 */
export const issuingInstrumentSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** `example` until the institution issues its own instrument; then `issued`. */
      status: z.enum(['example', 'issued']).describe('example: contoh, belum ditetapkan; issued: telah ditetapkan.'),
      /** The institution that issues the pedoman, e.g. "Kementerian Keuangan". */
      institution: localizedTextSchema,
      /** The kind of instrument, e.g. "Peraturan Menteri Keuangan", "Keputusan Sekretaris Jenderal". */
      kind: localizedTextSchema,
      /** Its number as the instrument writes it, without the year, e.g. "12" or "12/PMK.01". */
      number: z.string().trim().min(1),
      /** The year of the number ("Nomor 12 Tahun 2027"). */
      year: z.number().int().min(1945).max(2100),
      /** Its title, "tentang …". */
      title: localizedTextSchema,
      /** The day it was set (ditetapkan). */
      setOn: isoDateSchema,
      /** The day it takes effect. */
      inForceFrom: isoDateSchema,
      /** Who signed it: the office, and the name once issued. */
      signatory: z.object({ office: localizedTextSchema, name: z.string().trim().min(1).optional() }).strict(),
      /** The instrument it replaces, if any, as cited. */
      replaces: localizedTextSchema.optional(),
    })
    .strict()
    .check((ctx) => {
      if (ctx.value.status === 'issued' && !ctx.value.signatory.name) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value.signatory,
          path: ['signatory', 'name'],
          message: 'Instrumen yang telah ditetapkan mencantumkan nama penanda tangan / an issued instrument names its signatory',
        });
      }
      if (ctx.value.inForceFrom < ctx.value.setOn) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value.inForceFrom,
          path: ['inForceFrom'],
          message: 'Tanggal berlaku tidak boleh sebelum tanggal penetapan / in force cannot precede the day it was set',
        });
      }
    }))();
export type IssuingInstrument = z.output<typeof issuingInstrumentSchema>;
