// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { z } from 'zod';
import { isoDateSchema } from './dates';
import { addDuplicateIdIssues, addLocalizedIssue } from './localized-issue';
import { localizedTextSchema } from './localized-text';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `uu-1-2023`: kind, number and year of an instrument, lower case with dashes. */
export const instrumentIdSchema = /* @__PURE__ */ (() =>
  z.string().regex(slug, { error: 'lower-case-with-dashes, e.g. "uu-1-2023"' }).describe('ID instrumen, mis. "uu-1-2023".'))();

/** `uu-1-2023/243`: the instrument's id, a slash, then the article (and paragraph) in short form. */
export const provisionIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'instrument-id/article, e.g. "uu-1-2023/243"' })
    .describe('ID ketentuan: ID instrumen/pasal, mis. "uu-1-2023/243".'))();
export type ProvisionId = z.output<typeof provisionIdSchema>;

/**
 * How the text behind a legal citation was read. `official`: the government's own publication
 * (JDIH, peraturan.go.id, the gazette). `faithful-copy`: a transcription or OCR of the official
 * *salinan*. `secondary`: news, a summary or a citation by someone else; the text itself was not read.
 */
export const textProvenanceSchema = /* @__PURE__ */ (() => z.enum(['official', 'faithful-copy', 'secondary']))();
export type TextProvenance = z.output<typeof textProvenanceSchema>;

/** Where the wording of an instrument was read, and when. */
export const instrumentTextSchema = /* @__PURE__ */ (() =>
  z
    .object({
      provenance: textProvenanceSchema,
      /** The copy that was read: a title, a repository path, a news article. */
      title: z.string().min(1),
      url: z.url().optional(),
      /** When someone read the text there. */
      readAt: isoDateSchema,
    })
    .strict())();
export type InstrumentText = z.output<typeof instrumentTextSchema>;

/**
 * How exactly a date is known: `day` (the default), or only the `year` (the day was not found in any
 * copy read; the date is then written as 1 January and shown as the year alone).
 */
export const datePrecisionSchema = /* @__PURE__ */ (() => z.enum(['day', 'year']))();
export type DatePrecision = z.output<typeof datePrecisionSchema>;

/** The kinds of Indonesian legal instrument the guidelines cite, highest first. */
export const instrumentKindSchema = /* @__PURE__ */ (() =>
  z.enum([
    'undang-undang',
    'peraturan-pemerintah',
    'peraturan-presiden',
    'instruksi-presiden',
    'peraturan-menteri',
    'surat-keputusan-bersama',
    'surat-edaran',
    'peraturan-lembaga',
  ]))();
export type InstrumentKind = z.output<typeof instrumentKindSchema>;

/** A statute or regulation the guidelines rely on. */
export const legalInstrumentSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: instrumentIdSchema,
      kind: instrumentKindSchema,
      /** How it is cited in running text, e.g. `UU 1/2023` or `KUHP`. */
      citation: z.string().min(1).describe('Sebutan singkat, mis. "UU 1/2023 (KUHP)".'),
      /** Title as promulgated (Indonesian). */
      title: z.string().min(1),
      /** Day it was signed or promulgated (diundangkan / ditetapkan). */
      promulgated: isoDateSchema.optional(),
      /** First day it applies. */
      inForceFrom: isoDateSchema,
      /** Last day it applied, when it has been repealed as a whole. */
      inForceUntil: isoDateSchema.optional(),
      /** `year` when only the year of its dates is known (they are then shown as the year alone). */
      datePrecision: datePrecisionSchema.optional(),
      /** Instruments that amended it (ids in this file). */
      amendedBy: z.array(instrumentIdSchema).optional(),
      /** What a reader must know about its state: partly repealed, contested, not yet read. */
      note: localizedTextSchema.optional(),
      /** Where its wording was read; absent when nobody here has read it (the handbook says so). */
      text: instrumentTextSchema.optional(),
    })
    .strict())();
export type LegalInstrument = z.output<typeof legalInstrumentSchema>;

/** An article (or paragraph) of an instrument, with the window in which it applies. */
export const provisionSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: provisionIdSchema,
      /** `Pasal 243 ayat (1)`, as a lawyer would cite it. */
      article: z.string().min(1),
      /** What it prohibits or requires, in a line. */
      subject: localizedTextSchema,
      /** First day this wording applies. */
      inForceFrom: isoDateSchema,
      /** Last day it applied; absent while it is in force. */
      inForceUntil: isoDateSchema.optional(),
      /** `year` when only the year of its dates is known. */
      datePrecision: datePrecisionSchema.optional(),
      /** Why it stopped applying (the repealing or sunset provision). Required with `inForceUntil`. */
      endedBy: localizedTextSchema.optional(),
      /** Provisions that took over (ids in this file). */
      replacedBy: z.array(provisionIdSchema).optional(),
      /** Instruments that changed its wording (ids in this file). */
      amendedBy: z.array(instrumentIdSchema).optional(),
      /** Set when its validity or reading is disputed: what is disputed and what the guideline assumes. */
      contested: localizedTextSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .strict())();
export type Provision = z.output<typeof provisionSchema>;

type Ctx = { issues: z.core.$ZodRawIssue[]; value: unknown };

function checkProvision(ctx: Ctx, provision: Provision, index: number, instruments: ReadonlySet<string>, provisions: ReadonlySet<string>) {
  const at = (field: string) => ['provisions', index, field];
  const instrument = provision.id.split('/')[0] ?? '';
  if (!instruments.has(instrument)) {
    addLocalizedIssue(
      ctx,
      {
        id: `Instrumen "${instrument}" (bagian pertama ID) tidak ada di daftar \`instruments\`.`,
        en: `Instrument "${instrument}" (the first part of the id) is not in the \`instruments\` list.`,
      },
      at('id'),
    );
  }
  if (provision.inForceUntil !== undefined && provision.endedBy === undefined) {
    addLocalizedIssue(
      ctx,
      {
        id: 'Ketentuan yang berakhir wajib menyebut `endedBy`: apa yang mengakhirinya.',
        en: 'A provision that ended needs `endedBy`: what ended it.',
      },
      at('endedBy'),
    );
  }
  if (provision.inForceUntil !== undefined && provision.inForceUntil < provision.inForceFrom) {
    addLocalizedIssue(
      ctx,
      { id: '`inForceUntil` sebelum `inForceFrom`.', en: '`inForceUntil` is before `inForceFrom`.' },
      at('inForceUntil'),
    );
  }
  requireListed(ctx, provision.amendedBy, instruments, ['provisions', index, 'amendedBy'], {
    id: 'Instrumen pengubah',
    en: 'Amending instrument',
    list: 'instruments',
  });
  requireListed(ctx, provision.replacedBy, provisions, ['provisions', index, 'replacedBy'], {
    id: 'Ketentuan pengganti',
    en: 'Replacing provision',
    list: 'provisions',
  });
}

/** Reports every id of `ids` that is not in `known`, at `[...path, position]`, naming what it is. */
function requireListed(
  ctx: Ctx,
  ids: readonly string[] | undefined,
  known: ReadonlySet<string>,
  path: (string | number)[],
  what: { id: string; en: string; list: string },
): void {
  ids?.forEach((id, position) => {
    if (known.has(id)) return;
    addLocalizedIssue(
      ctx,
      {
        id: `${what.id} "${id}" tidak ada di daftar \`${what.list}\`.`,
        en: `${what.en} "${id}" is not in the \`${what.list}\` list.`,
      },
      [...path, position],
    );
  });
}

/** The `data/legal-instruments.yaml` file: instruments and the provisions the rules cite. */
export const legalRegistrySchema = /* @__PURE__ */ (() =>
  z
    .object({ instruments: z.array(legalInstrumentSchema).min(1), provisions: z.array(provisionSchema).min(1) })
    .strict()
    .check((ctx) => {
      addDuplicateIdIssues(ctx, ctx.value.instruments, 'instruments');
      addDuplicateIdIssues(ctx, ctx.value.provisions, 'provisions');
      const instruments = new Set(ctx.value.instruments.map((instrument) => instrument.id));
      const provisions = new Set(ctx.value.provisions.map((provision) => provision.id));
      ctx.value.provisions.forEach((provision, index) => {
        checkProvision(ctx, provision, index, instruments, provisions);
      });
      ctx.value.instruments.forEach((instrument, index) => {
        requireListed(ctx, instrument.amendedBy, instruments, ['instruments', index, 'amendedBy'], {
          id: 'Instrumen pengubah',
          en: 'Amending instrument',
          list: 'instruments',
        });
      });
    }))();
export type LegalRegistry = z.output<typeof legalRegistrySchema>;
