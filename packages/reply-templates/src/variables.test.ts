import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VariableSpec } from './schema/variable';
import { readVariable, variableSchema } from './variables';

const description = { id: 'x', en: 'x' };
const specs: VariableSpec[] = [
  { type: 'string', maxLength: 5, description },
  { type: 'number', description },
  { type: 'date', description },
  { type: 'url', description },
  { type: 'enum', values: ['fire', 'police'], description },
];
const edgeCases = [
  '',
  ' ',
  ' ab ',
  'abcdef',
  '12',
  '-1',
  '1.5',
  '2026-02-29',
  '2028-02-29',
  '2026-12-24',
  'http://a.go.id',
  'https://a.go.id/x',
  'https://',
  'fire',
  'Fire',
];

describe('readVariable', () => {
  it('accepts and reads exactly what variableSchema does', () => {
    const values = fc.oneof(fc.constantFrom<unknown>(...edgeCases, 0, 3, -2, 1.5, null, true), fc.string(), fc.integer());
    fc.assert(
      fc.property(fc.constantFrom(...specs), values, (spec, raw) => {
        const parsed = variableSchema(spec).safeParse(raw);
        expect(readVariable(spec, raw)).toEqual(parsed.success ? parsed.data : undefined);
      }),
      { numRuns: 2000 },
    );
  });
});
