import { z } from 'zod';

/** A calendar date written `YYYY-MM-DD` (kept as text: YAML editors see exactly what is stored). */
export const isoDateSchema = z.iso.date().describe('Tanggal YYYY-MM-DD / date YYYY-MM-DD');
export type IsoDate = z.output<typeof isoDateSchema>;

/** A package version `MAJOR.MINOR.PATCH`. */
export const semverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, 'MAJOR.MINOR.PATCH')
  .describe('Versi paket MAJOR.MINOR.PATCH');
