import { z } from 'zod';

/**
 * The normative level of a provision, as an Indonesian pedoman words it: what staff must do, must
 * never do, or are advised to do or not to do. The area packages' rules carry the same levels.
 */
export const normativeLevelSchema = z
  .enum(['wajib', 'dilarang', 'dianjurkan', 'tidak-dianjurkan'])
  .describe('Tingkat ketentuan: wajib, dilarang, dianjurkan, tidak-dianjurkan.');
export type NormativeLevel = z.output<typeof normativeLevelSchema>;
