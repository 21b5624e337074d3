import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import ts from 'typescript';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];
/** The part of an esbuild message this plugin fills in. */
interface PartialMessage {
  text: string;
  location?: { file: string; line: number; column: number; lineText: string; length: number };
  notes?: { text: string }[];
}

// The type error broken data causes (code reporting a rule data/rules.yaml no longer defines): say
// where the ids come from and what to do.
const ruleIdNotes = [
  {
    text: 'id: RuleIdInRulesYaml dibuat dari data/rules.yaml. Tambahkan aturannya di sana, atau — bila aturannya dicabut — catat di packages/core/data/removed-rules.yaml dan hapus laporannya dari kode ini.',
  },
  {
    text: 'en: RuleIdInRulesYaml is generated from data/rules.yaml. Add the rule there, or — if it was removed — record it in packages/core/data/removed-rules.yaml and stop reporting it here.',
  },
];

/** A type error as esbuild reports a build error: the message at its file, line and column. */
function asBuildError(diagnostic: ts.Diagnostic): PartialMessage {
  const text = `${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')} [TS${diagnostic.code}]`;
  const file = diagnostic.file;
  const notes = text.includes('RuleIdInRulesYaml') ? ruleIdNotes : [];
  if (!file || diagnostic.start === undefined) return { text, notes };
  const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
  const lineText = file.text.split('\n')[line] ?? '';
  return { text, notes, location: { file: file.fileName, line: line + 1, column: character, lineText, length: diagnostic.length ?? 0 } };
}

/**
 * Type-checks the code the package ships (its entry points and all they import) before bundling.
 * Neither esbuild nor tsup's declaration step reports a type error inside a function, so without
 * this `pnpm build` would ship code that `tsc` refuses — such as a validator still reporting a rule
 * deleted from data/rules.yaml (each area's rule-id type is generated from that file). Tests and
 * benches stay with `pnpm typecheck`: benches read the built package.
 */
function typeCheck(entries: readonly string[]): Plugin {
  return {
    name: 'type-check',
    setup(build) {
      build.onStart(() => {
        const configFile = ts.findConfigFile(process.cwd(), ts.sys.fileExists);
        const config = configFile
          ? ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })
          : undefined;
        const program = ts.createProgram(
          entries.map((entry) => resolve(entry)),
          { ...config?.options, noEmit: true },
        );
        return {
          errors: ts
            .getPreEmitDiagnostics(program)
            .filter((d) => d.category === ts.DiagnosticCategory.Error)
            .map(asBuildError),
        };
      });
    },
  };
}

/**
 * The build every published package shares: ESM only, declarations, source maps, and a type-check
 * of what it bundles. A package passes its entry points, and Node-only ones (the CLI) pass
 * `platform: 'node'`.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    esbuildPlugins: [typeCheck(Object.values(entry))],
    ...overrides,
  });
}
