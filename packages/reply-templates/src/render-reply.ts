// Top-level values are wrapped `/* @__PURE__ */ (() => …)()` so that a bundler drops those a page does
// not use: a browser bundle of one function pays neither for zod nor for data it never reads
// (budgets: scripts/check-bundle-budgets.mjs).
import { type Finding, findPlatform, type IsoDate, type KnownId, type Locale, type PlatformId } from '@pedoman-medsos/core';
import { findPersonalData } from '@pedoman-medsos/prohibited-content/personal-data';
import { IntlMessageFormat } from 'intl-messageformat';
import { findTemplate, templates } from './data';
import type { TemplateIdInTemplatesYaml, TemplateVariablesInTemplatesYaml } from './generated/templates';
import { ReplyFindings } from './rules';
import type { Channel } from './schema/procedure';
import type { Template } from './schema/template';
import type { VariableSpec } from './schema/variable';
import { textLength } from './text-length';
import { readVariable, variableTypeLabels } from './variables';

/** Options of {@link renderReply}. */
export interface RenderOptions {
  /** Language of the reply; default `id`. */
  locale?: Locale;
  /** Platform the reply is posted on: its reply limit applies. */
  platform?: PlatformId;
  /** Where the reply goes; default the template's own channel. */
  channel?: Channel;
  /** The date the rules are applied as of, `YYYY-MM-DD`; default today. No real day: one `input.invalid-option` finding, and no text. */
  asOf?: IsoDate;
}

/** The id of a reply template of data/templates.yaml (`question.answer`…). */
export type TemplateId = TemplateIdInTemplatesYaml;

/**
 * The variables of a template named literally: each declared variable, with its type (`number`,
 * an enum's values, text for `string`, `url` and `date` as `YYYY-MM-DD`). For an id read at run time
 * (`string`) any record is accepted and checked when rendering.
 */
export type TemplateVariables<Id extends string> = Id extends TemplateId
  ? Readonly<TemplateVariablesInTemplatesYaml[Id]>
  : Readonly<Record<string, unknown>>;

/** A rendered reply: the text when the variables allowed one, and every finding. */
export interface RenderedReply {
  text?: string;
  template?: Template;
  /** The channel the reply was judged for. */
  channel?: Channel;
  findings: Finding[];
}

// Dates are calendar days: formatting them in UTC keeps "24 Desember 2026" whatever the machine's zone.
const formats = { date: { long: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' } } } as const;
const compiled = /* @__PURE__ */ (() => new Map<string, IntlMessageFormat>())();

function messageFormat(template: Template, locale: Locale): IntlMessageFormat {
  const key = `${template.id}/${locale}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(template.text[locale], locale === 'id' ? 'id-ID' : 'en-GB', formats);
    compiled.set(key, format);
  }
  return format;
}

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? String(value) : typeof value);

function reportUnknownTemplate(findings: ReplyFindings, id: string): void {
  findings.add('reply.unknown-template', {
    id: `Templat "${id}" tidak ada. Templat yang tersedia: ${templates.map((t) => t.id).join(', ')}.`,
    en: `Template "${id}" does not exist. Available templates: ${templates.map((t) => t.id).join(', ')}.`,
  });
}

function reportMissingVariable(findings: ReplyFindings, name: string, spec: VariableSpec): void {
  findings.add(
    'reply.missing-variable',
    {
      id: `Variabel {${name}} (${variableTypeLabels[spec.type].id}: ${spec.description.id}) belum diisi.`,
      en: `Variable {${name}} (${variableTypeLabels[spec.type].en}: ${spec.description.en}) is missing.`,
    },
    { location: { kind: 'field', path: [name] } },
  );
}

function reportInvalidVariable(findings: ReplyFindings, name: string, spec: VariableSpec, raw: unknown): void {
  const expected =
    spec.type === 'enum'
      ? { id: `salah satu dari ${spec.values.join(', ')}`, en: `one of ${spec.values.join(', ')}` }
      : spec.type === 'string'
        ? { id: `teks 1–${spec.maxLength} karakter`, en: `text of 1–${spec.maxLength} characters` }
        : variableTypeLabels[spec.type];
  findings.add(
    'reply.invalid-variable',
    {
      id: `Variabel {${name}} harus ${expected.id}; diterima ${shown(raw)}.`,
      en: `Variable {${name}} must be ${expected.en}; got ${shown(raw)}.`,
    },
    { location: { kind: 'field', path: [name] } },
  );
}

/**
 * The declared variables as the message format takes them, each missing or ill-typed one reported.
 * Checked with `readVariable`, not zod: `renderReply` runs in web pages (bundle budget).
 */
function readTemplateVariables(
  template: Template,
  given: Record<string, unknown>,
  findings: ReplyFindings,
): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const [name, spec] of Object.entries(template.variables)) {
    const raw = given[name];
    if (raw === undefined || raw === null || raw === '') {
      reportMissingVariable(findings, name, spec);
      continue;
    }
    const value = readVariable(spec, raw);
    if (value === undefined) {
      reportInvalidVariable(findings, name, spec, raw);
      continue;
    }
    // Dates are calendar days: midnight UTC, formatted in UTC (see `formats`).
    values[name] = spec.type === 'date' ? new Date(`${value}T00:00:00Z`) : value;
  }
  return values;
}

function reportExtraVariables(template: Template, given: Record<string, unknown>, findings: ReplyFindings): void {
  for (const name of Object.keys(given)) {
    if (!(name in template.variables)) {
      findings.add(
        'reply.extra-variable',
        {
          id: `Variabel {${name}} tidak dikenal templat ${template.id}; yang tersedia: ${Object.keys(template.variables).join(', ')}.`,
          en: `Template ${template.id} has no variable {${name}}; it has: ${Object.keys(template.variables).join(', ')}.`,
        },
        { location: { kind: 'field', path: [name] } },
      );
    }
  }
}

function reportChannelMismatch(findings: ReplyFindings, template: Template, channel: Channel): void {
  if (channel === template.channel) return;
  findings.add('reply.channel-mismatch', {
    id: `Templat ${template.id} untuk kanal ${template.channel === 'public' ? 'publik' : 'pesan langsung'}, dipakai untuk ${channel === 'public' ? 'publik' : 'pesan langsung'}.`,
    en: `Template ${template.id} is for ${template.channel === 'public' ? 'public replies' : 'direct messages'}, used for ${channel === 'public' ? 'a public reply' : 'a direct message'}.`,
  });
}

/** The platform's reply limit, counted as the platform counts (a link on X is 23 characters). */
function reportOverReplyLimit(findings: ReplyFindings, text: string, platformId: PlatformId | undefined): void {
  const platform = platformId ? findPlatform(platformId) : undefined;
  const limit = platform?.textLimits.reply;
  if (!platform || !limit) return;
  const length = textLength(text, platformId);
  if (length <= limit.value) return;
  findings.add('reply.too-long', {
    id: `Balasan ${length} karakter, melebihi batas ${platform.name} ${limit.value} karakter (kelebihan ${length - limit.value}).`,
    en: `The reply is ${length} characters, over the ${platform.name} limit of ${limit.value} (${length - limit.value} too many).`,
  });
}

/** Personal data is refused in a public reply and only masked in a direct message, where it may be needed. */
function reportPersonalData(findings: ReplyFindings, text: string, channel: Channel): void {
  for (const hit of findPersonalData(text)) {
    const where = { kind: 'span' as const, start: hit.start, end: hit.end };
    if (channel === 'public') {
      findings.add(
        'reply.personal-data-public',
        {
          id: `Balasan publik memuat ${hit.label.id} "${text.slice(hit.start, hit.end)}".`,
          en: `The public reply contains a ${hit.label.en} "${text.slice(hit.start, hit.end)}".`,
        },
        {
          location: where,
          suggestion: {
            message: {
              id: 'Hapus data pribadi dan pakai templat yang memindahkan percakapan ke pesan langsung (complaint.move-to-private).',
              en: 'Remove the personal data and use the template that moves the conversation to a direct message (complaint.move-to-private).',
            },
          },
        },
      );
    } else {
      findings.add(
        'reply.personal-data-private',
        {
          id: `Pesan langsung memuat ${hit.label.id}; tampilkan sebagian saja.`,
          en: `The direct message contains a ${hit.label.en}; show only part of it.`,
        },
        {
          location: where,
          suggestion: { message: { id: `Tulis ${hit.redacted}.`, en: `Write ${hit.redacted}.` }, replacement: hit.redacted },
        },
      );
    }
  }
}

/**
 * Renders a reply template with its variables, as ICU MessageFormat (FormatJS), and judges the
 * result: missing, extra or ill-typed variables, the platform's reply limit, and personal data —
 * refused in a public reply. Never throws on user input.
 */
export function renderReply<Id extends string>(
  id: KnownId<Id, TemplateId>,
  templateVars: TemplateVariables<Id>,
  options: RenderOptions = {},
): RenderedReply {
  const vars: unknown = templateVars;
  const findings = new ReplyFindings(options.asOf);
  // An asOf that is no date: which rules the reply must meet is unknown.
  if (findings.hasOptionProblem) return { findings: findings.findings };
  const template = findTemplate(id);
  if (!template) {
    reportUnknownTemplate(findings, id);
    return { findings: findings.findings };
  }
  // JavaScript callers may pass anything: a value that is no record has no variables.
  const given: Record<string, unknown> = typeof vars === 'object' && vars !== null ? (vars as Record<string, unknown>) : {};
  const values = readTemplateVariables(template, given, findings);
  reportExtraVariables(template, given, findings);
  const channel = options.channel ?? template.channel;
  if (findings.findings.some((finding) => finding.severity === 'error')) return { template, channel, findings: findings.findings };

  const text = String(messageFormat(template, options.locale ?? 'id').format(values));
  reportChannelMismatch(findings, template, channel);
  reportOverReplyLimit(findings, text, options.platform);
  reportPersonalData(findings, text, channel);
  return { text, template, channel, findings: findings.findings };
}
