// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use (see term-list.ts).
import { z } from 'zod';
import { termListSchema } from './term-list';

const contactSchema = /* @__PURE__ */ (() => z.string().trim().min(3))();

/**
 * The institution's own contacts (`ScreenerConfig.officialContacts`): e-mail domains, service phone
 * and WhatsApp numbers, and office addresses its drafts publish on purpose — not personal data.
 */
export const officialContactsSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** E-mail domains, subdomains included (`kemenkeu.go.id`); `go.id` always counts. */
      emailDomains: z.array(contactSchema).optional(),
      /** Service and WhatsApp numbers in any common form (`0811-5000-123`, `+62 811 5000 123`). */
      phones: z.array(contactSchema).optional(),
      /** Office addresses as on the letterhead, RT/RW included where they are written. */
      addresses: z.array(contactSchema).optional(),
    })
    .strict())();

/**
 * An institution's screener configuration as a YAML file (`pedoman screen --config FILE`): its own
 * term lists, its official contacts, or both.
 */
export const screenerConfigFileSchema = /* @__PURE__ */ (() =>
  z
    .object({
      lists: z.array(termListSchema).default([]),
      officialContacts: officialContactsSchema.optional(),
    })
    .strict())();
export type ScreenerConfigFile = z.output<typeof screenerConfigFileSchema>;
