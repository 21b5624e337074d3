// Every ```ts block of a package README is code a developer copies first, so each one is
// type-checked under `strict` (nodenext, as an outside ESM project would) against the built
// packages and then run with Node. A block whose first line is `// type-check only: <reason>` is
// checked but not run (it needs a file or a network, and says so to the reader too).
//
// The blocks are written into `packages/<name>/.readme-examples/`, inside the package itself, so
// `@pedoman-medsos/<name>` resolves to the package by self-reference (its `exports`, its dist) and
// its other imports to the package's own dependencies. Run `pnpm build` first.
//
//   node scripts/check-readme-examples.mjs [package-name…]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const packagesDir = join(root, 'packages');
const checkOnlyMark = /^\/\/ type-check only: \S/;
const wanted = process.argv.slice(2);

/** The ```ts blocks of a README with the README line each starts on (1-based, first code line). */
export function extractTsBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i])) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

function writeBlocks() {
  const files = [];
  for (const name of readdirSync(packagesDir)) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    const readme = join(packagesDir, name, 'README.md');
    if (!existsSync(readme)) continue;
    const outDir = join(packagesDir, name, '.readme-examples');
    rmSync(outDir, { recursive: true, force: true });
    const blocks = extractTsBlocks(readFileSync(readme, 'utf8'));
    if (blocks.length === 0) continue;
    mkdirSync(outDir, { recursive: true });
    blocks.forEach((block, index) => {
      const file = join(outDir, `example-${index + 1}.ts`);
      // `export {}` keeps every block a module of its own, even one without imports.
      writeFileSync(file, `${block.code}\nexport {};\n`);
      files.push({ file, readme, line: block.line, run: !checkOnlyMark.test(block.code.split('\n')[0] ?? '') });
    });
  }
  return files;
}

/** Where a diagnostic points, as README.md:line (the block's line plus the line inside it). */
function readmeLocation(files, diagnostic) {
  const entry = files.find((f) => f.file === diagnostic.file?.fileName);
  if (!entry || diagnostic.start === undefined) return diagnostic.file?.fileName ?? '(no file)';
  const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${relative(root, entry.readme)}:${entry.line + line}`;
}

function typeCheck(files) {
  const program = ts.createProgram(
    files.map((f) => f.file),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      // The block files sit outside any tsconfig, so @types/node is looked up where core has it.
      types: ['node'],
      typeRoots: [join(packagesDir, 'core', 'node_modules', '@types')],
      skipLibCheck: true,
    },
  );
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  for (const d of errors) {
    process.stderr.write(`${readmeLocation(files, d)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n  ')}\n`);
  }
  return errors.length;
}

function runBlocks(files) {
  let failures = 0;
  for (const entry of files.filter((f) => f.run)) {
    const result = spawnSync(process.execPath, ['--no-warnings', entry.file], {
      cwd: dirname(entry.file),
      encoding: 'utf8',
      timeout: 30_000,
    });
    if (result.status === 0) continue;
    failures++;
    const output = `${result.stderr}${result.stdout}`.trim().split('\n').slice(0, 12).join('\n  ');
    process.stderr.write(`${relative(root, entry.readme)}:${entry.line}: the example failed when run\n  ${output}\n`);
  }
  return failures;
}

const files = writeBlocks();
const typeErrors = typeCheck(files);
const runFailures = typeErrors === 0 ? runBlocks(files) : 0;
const checkOnly = files.filter((f) => !f.run).length;
process.stderr.write(
  `README examples: ${files.length} blocks, ${typeErrors} type errors, ${runFailures} failed runs` +
    `${typeErrors > 0 ? ' (not run: fix the type errors first)' : ''}${checkOnly ? `, ${checkOnly} type-check only` : ''}\n`,
);
process.exit(typeErrors + runFailures > 0 ? 1 : 0);
