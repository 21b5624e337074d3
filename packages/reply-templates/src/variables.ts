import { isoDateSchema, parseIsoDate } from '@pedoman-medsos/core';
import { z } from 'zod';
import type { Template } from './schema/template';
import type { VariableSpec } from './schema/variable';

/** What each variable type accepts, for messages: "a date as YYYY-MM-DD"… */
export const variableTypeLabels: Record<VariableSpec['type'], { id: string; en: string }> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'bilangan bulat ≥ 0', en: 'a whole number ≥ 0' },
  date: { id: 'tanggal YYYY-MM-DD', en: 'a date as YYYY-MM-DD' },
  url: { id: 'alamat https://', en: 'an https:// address' },
  enum: { id: 'salah satu nilai yang tersedia', en: 'one of the listed values' },
};

const isHttpsUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
};

/**
 * One variable's value as the template formats it, or `undefined` when it is not of the variable's
 * type: what {@link variableSchema} accepts, written without zod because `renderReply` runs in web
 * pages (a test holds the two together).
 */
export function readVariable(spec: VariableSpec, raw: unknown): string | number | undefined {
  switch (spec.type) {
    case 'string': {
      if (typeof raw !== 'string') return undefined;
      const text = raw.trim();
      return text.length >= 1 && text.length <= spec.maxLength ? text : undefined;
    }
    case 'number':
      if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined;
      return typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : undefined;
    case 'date':
      return typeof raw === 'string' && parseIsoDate(raw).ok ? raw : undefined;
    case 'url':
      return typeof raw === 'string' && isHttpsUrl(raw) ? raw : undefined;
    case 'enum':
      return typeof raw === 'string' && spec.values.includes(raw) ? raw : undefined;
  }
}

/** The zod schema of one variable. Numbers may come as text (from the CLI or a form). */
export function variableSchema(spec: VariableSpec): z.ZodType<string | number> {
  switch (spec.type) {
    case 'string':
      return z.string().trim().min(1).max(spec.maxLength);
    case 'number':
      return z.union([z.int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]);
    case 'date':
      return isoDateSchema;
    case 'url':
      return z.url({ protocol: /^https$/ });
    case 'enum':
      return z.enum(spec.values as [string, ...string[]]);
  }
}

/** The zod schema of a template's variables: every declared variable required, nothing else. */
export function templateVariablesSchema(template: Template) {
  return z.strictObject(Object.fromEntries(Object.entries(template.variables).map(([name, spec]) => [name, variableSchema(spec)])));
}
