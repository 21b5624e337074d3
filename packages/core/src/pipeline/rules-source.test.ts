import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileDataSources } from './compile-data-sources';
import { rulesSource } from './rules-source';

const rule = (id: string) => [
  `  - id: ${id}`,
  '    severity: warning',
  '    title: { id: Uji, en: Test }',
  '    rationale: { id: Uji, en: Test }',
  '    legalBasis:',
  '      - kind: institutional-policy',
  '    status: active',
  '    since: 0.1.0',
  '    effectiveFrom: 2026-01-01',
  '    level: wajib',
];

/** An area package in a temporary folder: its rules.yaml and a validator reporting two rules. */
function areaPackage(ruleIds: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pedoman-rules-source-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'data', 'rules.yaml'), ['rules:', ...ruleIds.flatMap(rule), ''].join('\n'));
  // The generated module's type, kept to what the fixture needs.
  writeFileSync(join(dir, 'src', 'rules-file.ts'), 'export type RulesFile = { rules: Record<string, unknown>[] };\n');
  writeFileSync(
    join(dir, 'src', 'validator.ts'),
    [
      "import type { RuleIdInRulesYaml } from './generated/rules';",
      'declare function report(ruleId: RuleIdInRulesYaml): void;',
      "report('agenda.cadence');",
      "report('agenda.hashtag-case');",
      '',
    ].join('\n'),
  );
  return dir;
}

// Each program reuses the previous one's parsed standard library: reading it is most of the time.
let previous: ts.Program | undefined;

/** The type errors of the fixture package, as `file:line: message`. */
function typeErrors(dir: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
  };
  const program = ts.createProgram([join(dir, 'src', 'validator.ts')], options, undefined, previous);
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const { line } = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0) ?? { line: -1 };
    return `${diagnostic.file?.fileName.slice(dir.length + 1)}:${line + 1}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('rulesSource', () => {
  it('generates the union of the rule ids the file defines', () => {
    const dir = areaPackage(['agenda.hashtag-case', 'agenda.cadence']);
    expect(compileDataSources({ packageDir: dir, sources: [rulesSource('../rules-file')] })).toBe(true);
    const generated = readFileSync(join(dir, 'src', 'generated', 'rules.ts'), 'utf8');
    expect(generated).toContain("export type RuleIdInRulesYaml =\n  | 'agenda.hashtag-case'\n  | 'agenda.cadence';\n");
    expect(typeErrors(dir)).toEqual([]);
  });

  it('makes code that still reports a rule deleted from rules.yaml fail the type-check at its line', () => {
    const dir = areaPackage(['agenda.cadence']);
    expect(compileDataSources({ packageDir: dir, sources: [rulesSource('../rules-file')] })).toBe(true);
    expect(typeErrors(dir)).toEqual([
      `src/validator.ts:4: Argument of type '"agenda.hashtag-case"' is not assignable to parameter of type '"agenda.cadence"'.`,
    ]);
  });

  it('fails the build of a rules.yaml that lists one id twice, at the line of each copy', () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = areaPackage(['agenda.cadence', 'agenda.hashtag-case', 'agenda.cadence']);
    expect(compileDataSources({ packageDir: dir, sources: [rulesSource('../rules-file')] })).toBe(false);
    const printed = stderr.mock.calls.map((call) => String(call[0])).join('');
    expect(printed).toContain('data/rules.yaml:2:9  rules[0].id');
    expect(printed).toContain('data/rules.yaml:22:9  rules[2].id');
    expect(printed).toContain(
      'en: Id "agenda.cadence" is listed 2 times; also at rules[2].id. Ids must be unique: delete the copy, or give it another id.',
    );
    expect(printed).toContain('id: ID "agenda.cadence" tercantum 2 kali; juga di rules[0].id.');
  });
});
