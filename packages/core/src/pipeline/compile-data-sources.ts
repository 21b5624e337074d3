import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlSource } from './read-yaml-source';
import { type DataProblem, formatSourceErrors, type SourceError } from './source-error';

/** One YAML file of guideline data and how it becomes a typed export. */
export interface DataSource {
  /** The YAML file, relative to the package folder, e.g. `data/platforms.yaml`. */
  file: string;
  /** The zod schema the file must satisfy; its output type is the export's type. */
  schema: z.ZodType;
  /** Name of the constant the generated module exports, e.g. `platformRegistry`. */
  exportName: string;
  /** The exported constant's type: its name and the module exporting it, relative to `src/generated/`. */
  type: { name: string; from: string };
  /**
   * Name of the JSON Schema written to `schemas/` (without `.schema.json`); defaults to the YAML
   * file's name. Files of the same kind share one, e.g. every institution profile.
   */
  schemaName?: string;
  /**
   * Checks that need data from elsewhere (the legal registry, the rules the code emits): run after
   * the schema accepts the file; each problem fails the build at its field's line.
   */
  check?: (data: never) => DataProblem[];
  /**
   * More TypeScript for the generated module, written from the validated data: e.g. the union of
   * the rule ids a rules file defines, so code naming a rule the data lost fails the type-check.
   */
  declarations?: (data: never) => string;
}

/** Options of {@link compileDataSources}. */
export interface CompileOptions {
  /** The package folder (`new URL('..', import.meta.url)` from a script in `scripts/`). */
  packageDir: string | URL;
  sources: readonly DataSource[];
}

function repoRelative(file: string): string {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return relative(dir, file);
    dir = dirname(dir);
  }
  return file;
}

function writeIfChanged(file: string, content: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** The JSON Schema editors use to autocomplete and check a source file (input shape: defaults optional). */
export function jsonSchemaFor(schema: z.ZodType): object {
  return z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
}

/** The TypeScript module written for a valid source: its typed data, then any declarations drawn from it. */
function generatedModule(source: DataSource, data: unknown): string {
  const declarations = (source.declarations as ((data: unknown) => string) | undefined)?.(data);
  return (
    `// Dibuat dari ${source.file} oleh \`pnpm generate\`. Jangan diedit: ubah berkas YAML-nya.\n` +
    `// Generated from ${source.file} by \`pnpm generate\`. Do not edit: change the YAML file.\n` +
    `import type { ${source.type.name} } from '${source.type.from}';\n\n` +
    `export const ${source.exportName}: ${source.type.name} = ${JSON.stringify(data, null, 2)};\n` +
    (declarations ? `\n${declarations}` : '')
  );
}

/**
 * The build step every area package shares: validates each YAML source against its zod schema,
 * then writes `src/generated/<name>.ts` (typed data, browser-safe) and `schemas/<name>.schema.json`
 * (referenced from the YAML file for editor autocompletion). On any error it writes nothing for
 * that source, prints every error with file:line:column, field path and the reason in Indonesian
 * and English, and returns false so the calling script can exit 1 — no stack trace.
 */
export function compileDataSources(options: CompileOptions): boolean {
  const packageDir = typeof options.packageDir === 'string' ? options.packageDir : fileURLToPath(options.packageDir);
  const errors: SourceError[] = [];
  for (const source of options.sources) {
    const absolute = resolve(packageDir, source.file);
    const name = basename(source.file).replace(/\.ya?ml$/, '');
    writeIfChanged(
      join(packageDir, 'schemas', `${source.schemaName ?? name}.schema.json`),
      `${JSON.stringify(jsonSchemaFor(source.schema), null, 2)}\n`,
    );
    if (!existsSync(absolute)) {
      errors.push({
        file: repoRelative(absolute),
        line: 1,
        column: 1,
        path: [],
        message: { id: 'Berkas sumber tidak ditemukan.', en: 'Source file not found.' },
      });
      continue;
    }
    const result = readYamlSource(readFileSync(absolute, 'utf8'), source.schema, repoRelative(absolute), {
      check: source.check as ((data: unknown) => DataProblem[]) | undefined,
    });
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    writeIfChanged(join(packageDir, 'src', 'generated', `${name}.ts`), generatedModule(source, result.data));
  }
  if (errors.length > 0) process.stderr.write(formatSourceErrors(errors));
  return errors.length === 0;
}
