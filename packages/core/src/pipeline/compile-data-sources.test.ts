import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { platformRegistrySchema } from '../schema/platform-registry';
import { compileDataSources } from './compile-data-sources';

const packageRoot = new URL('../..', import.meta.url).pathname;
const source = {
  file: 'data/platforms.yaml',
  schema: platformRegistrySchema,
  exportName: 'platformRegistry',
  type: { name: 'PlatformRegistry', from: '../schema/platform-registry' },
};

function packageWith(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pedoman-compile-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'platforms.yaml'), yaml);
  return dir;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('compileDataSources', () => {
  it('writes typed data and the JSON Schema for a valid source', () => {
    const dir = packageWith(readFileSync(join(packageRoot, 'data', 'platforms.yaml'), 'utf8'));
    expect(compileDataSources({ packageDir: dir, sources: [source] })).toBe(true);
    const generated = readFileSync(join(dir, 'src', 'generated', 'platforms.ts'), 'utf8');
    expect(generated).toContain('export const platformRegistry: PlatformRegistry = {');
    const jsonSchema = JSON.parse(readFileSync(join(dir, 'schemas', 'platforms.schema.json'), 'utf8'));
    expect(jsonSchema.properties.platforms.type).toBe('array');
  });

  it('fails with file:line:column, field path and both languages, and writes no data', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const yaml = readFileSync(join(packageRoot, 'data', 'platforms.yaml'), 'utf8').replace(
      'minLength: { value: 5, source: meta-help-username',
      'minLength: { value: five, source: meta-help-username',
    );
    const dir = packageWith(yaml);
    expect(compileDataSources({ packageDir: dir, sources: [source] })).toBe(false);
    const printed = stderr.mock.calls.map((call) => String(call[0])).join('');
    const line = yaml.split('\n').findIndex((l) => l.includes('value: five')) + 1;
    expect(printed).toContain(`data/platforms.yaml:${line}:`);
    expect(printed).toContain('platforms[1].handle.minLength.value');
    expect(printed).toMatch(/id: .*diharapkan number/);
    expect(printed).toMatch(/en: .*expected number/);
    expect(printed).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, 'src', 'generated', 'platforms.ts'))).toBe(false);
  });

  it('keeps the committed JSON Schema in step with the zod schema', () => {
    const committed = readFileSync(join(packageRoot, 'schemas', 'platforms.schema.json'), 'utf8');
    const dir = packageWith(readFileSync(join(packageRoot, 'data', 'platforms.yaml'), 'utf8'));
    compileDataSources({ packageDir: dir, sources: [source] });
    expect(readFileSync(join(dir, 'schemas', 'platforms.schema.json'), 'utf8'), 'run `pnpm generate` and commit schemas/').toBe(committed);
  });
});
