import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addLocalizedIssue } from '../schema/localized-issue';
import { locateInYaml, readYamlSource } from './read-yaml-source';

const schema = z
  .object({
    name: z.string(),
    limits: z.array(z.object({ platform: z.string(), max: z.int() }).strict()),
  })
  .strict()
  .check((ctx) => {
    if (ctx.value.name === 'forbidden') addLocalizedIssue(ctx, { id: 'Nama terlarang.', en: 'Forbidden name.' }, ['name']);
  });

describe('readYamlSource', () => {
  it('returns the typed data of a valid file', () => {
    const result = readYamlSource('name: ok\nlimits:\n  - platform: x\n    max: 15\n', schema, 'f.yaml');
    expect(result).toEqual({ ok: true, data: { name: 'ok', limits: [{ platform: 'x', max: 15 }] } });
  });

  it('pins a wrong type to its line, column and field path, in both languages', () => {
    const text = 'name: ok\nlimits:\n  - platform: x\n    max: fifteen\n';
    const result = readYamlSource(text, schema, 'data/f.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    const [error] = result.errors;
    expect(error).toMatchObject({ file: 'data/f.yaml', line: 4, column: 10, path: ['limits', 0, 'max'] });
    expect(error!.message.en).toMatch(/expected number, received string/);
    expect(error!.message.id).toMatch(/diharapkan number/);
  });

  it('points an unknown key at the key itself', () => {
    const result = readYamlSource('name: ok\nlimits:\n  - platform: x\n    max: 1\n    maks: 2\n', schema, 'f.yaml');
    expect(result.ok ? [] : result.errors).toMatchObject([{ line: 5, column: 5, path: ['limits', 0, 'maks'] }]);
  });

  it('names unknown keys and says how to fix them, in both languages', () => {
    const result = readYamlSource('name: ok\nlimits: []\nnama: x\nbatas: y\n', schema, 'f.yaml');
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      {
        id: 'Kunci tidak dikenal: "nama", "batas". Periksa ejaannya, atau hapus bila tidak dipakai.',
        en: 'Unknown keys: "nama", "batas". Check the spelling, or remove them if unused.',
      },
    ]);
  });

  it('points a missing field at the object that lacks it, and names it', () => {
    const result = readYamlSource('name: ok\nlimits:\n  - platform: x\n', schema, 'f.yaml');
    expect(result.ok ? [] : result.errors).toMatchObject([
      {
        line: 3,
        column: 5,
        path: ['limits', 0, 'max'],
        message: { id: 'Kolom wajib "max" tidak ada: tambahkan (number).', en: 'Required field "max" is missing: add it (number).' },
      },
    ]);
  });

  it('keeps bilingual custom messages', () => {
    const result = readYamlSource('name: forbidden\nlimits: []\n', schema, 'f.yaml');
    expect(result.ok ? [] : result.errors).toMatchObject([
      { line: 1, column: 7, message: { id: 'Nama terlarang.', en: 'Forbidden name.' } },
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const result = readYamlSource('name: ok\nlimits: [\n', schema, 'f.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.message.id).toMatch(/^YAML tidak valid/);
    expect(result.errors[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports duplicate keys instead of keeping the last one silently', () => {
    expect(readYamlSource('name: a\nname: b\nlimits: []\n', schema, 'f.yaml').ok).toBe(false);
  });

  it('reports an alias to an anchor that was never set', () => {
    const result = readYamlSource('name: ok\nlimits: *missing\n', schema, 'f.yaml');
    expect(result.ok ? [] : result.errors).toMatchObject([{ line: 2, column: 9, message: { en: expect.stringMatching(/^Invalid YAML/) } }]);
  });

  it('never throws, and every error position lies inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), (text) => {
        const result = readYamlSource(text, schema, 'f.yaml');
        if (result.ok) return;
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const error of result.errors) {
          expect(error.line).toBeGreaterThanOrEqual(1);
          expect(error.line).toBeLessThanOrEqual(lines + 1);
          expect(error.message.id.length).toBeGreaterThan(0);
          expect(error.message.en.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('locateInYaml', () => {
  it('gives the line and column of a field path, and of the nearest parent for a path that does not exist', () => {
    const locate = locateInYaml('name: ok\nlimits:\n  - platform: x\n    max: 15\n');
    expect(locate(['limits', 0, 'max'])).toEqual({ line: 4, column: 10 });
    expect(locate(['limits', 0, 'min'])).toEqual({ line: 3, column: 5 });
    expect(locate(['limits', 3])).toEqual({ line: 3, column: 3 });
  });
});
