import { isoDateSchema } from '@pedoman-medsos/core';
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
