// What a web page pays for one function of a guideline package: each entry below imports one
// function, esbuild bundles it for the browser (minified, tree-shaken, as an app's bundler would),
// and the gzip size must stay within its budget (issue 22). Prints the table, fails on a budget
// exceeded. Run `pnpm build` first: the entries import the built packages.
//
// A budget a package cannot hold until another change lands is listed in `knownFailures` with the
// reason: it is printed as KNOWN and does not fail the run, and a known failure that starts to
// hold fails it, so the entry is removed once fixed.
//
//   node scripts/check-bundle-budgets.mjs

import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
// The umbrella depends on every area package, so the entries resolve them from there.
const resolveDir = `${root}packages/guidelines`;
const KB = 1024;

const entries = [
  { pkg: 'core', name: 'localize', budget: 2 * KB },
  { pkg: 'account-naming', name: 'checkHandle', budget: 25 * KB },
  { pkg: 'account-naming', name: 'auditAccounts', budget: 30 * KB },
  { pkg: 'prohibited-content', name: 'screen', budget: 45 * KB },
  { pkg: 'reply-templates', name: 'renderReply', budget: 30 * KB },
  { pkg: 'reply-templates', name: 'replyDueBy', budget: 30 * KB },
  { pkg: 'digital-agenda', name: 'checkHashtags', budget: 30 * KB },
  { pkg: 'profile-image', name: 'checkImagePixels', budget: 30 * KB },
  { pkg: 'governance', name: 'findProcedure', budget: 30 * KB },
];

/** Budgets that wait on another change, with the reason printed beside them. */
const knownFailures = {};

async function measure({ pkg, name }) {
  const result = await build({
    stdin: { contents: `export { ${name} } from '@pedoman-medsos/${pkg}';`, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  // The three biggest inputs say where the bytes come from when a budget breaks.
  const inputs = Object.entries(result.metafile.outputs)[0][1].inputs;
  const biggest = Object.entries(inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 3)
    .map(
      ([file, input]) =>
        `${file.replace(/^.*node_modules\//, '').replace(/^\.\.\/\.\.\//, '')} ${(input.bytesInOutput / KB).toFixed(0)} KB`,
    );
  return { raw: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, biggest, loads: await loadsInABrowser(pkg, name) };
}

// What a browser offers and Node's own globals (Buffer, process, require) it lacks: a bundle that
// loads only in Node breaks the handbook's tools at their first line.
const browserGlobals = {
  TextEncoder,
  TextDecoder,
  URL,
  Intl,
  console,
  queueMicrotask,
  setTimeout,
  clearTimeout,
  structuredClone,
  atob,
  btoa,
};

/** Whether the entry's bundle loads where only browser globals exist (`undefined`), or the error it throws. */
async function loadsInABrowser(pkg, name) {
  const result = await build({
    stdin: { contents: `import { ${name} } from '@pedoman-medsos/${pkg}'; globalThis.loaded = typeof ${name};`, resolveDir, loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const context = { ...browserGlobals };
  context.globalThis = context;
  try {
    runInNewContext(result.outputFiles[0].text, context);
    return context.loaded === 'function' ? undefined : `${name} is not a function`;
  } catch (error) {
    return String(error?.message ?? error);
  }
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const rows = [];
let failures = 0;
for (const entry of entries) {
  const label = `${entry.pkg} ${entry.name}`;
  const size = await measure(entry);
  if (size.loads !== undefined) {
    failures++;
    rows.push([label, kb(size.raw), kb(size.gzip), kb(entry.budget), 'BREAKS', `does not load in a browser: ${size.loads}`]);
    continue;
  }
  const holds = size.gzip <= entry.budget;
  const known = knownFailures[label];
  const status = holds ? (known ? 'FIXED: remove from knownFailures' : 'ok') : known ? 'KNOWN' : 'OVER';
  if ((!holds && !known) || (holds && known)) failures++;
  rows.push([label, kb(size.raw), kb(size.gzip), kb(entry.budget), status, holds ? '' : known ? known : size.biggest.join(', ')]);
}

const header = ['entry', 'raw', 'gzip', 'budget', 'status', 'note'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ');
process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
process.stdout.write(
  failures === 0 ? 'bundle budgets: ok\n' : `bundle budgets: ${failures} failed (OVER: the note names the biggest inputs)\n`,
);
process.exit(failures === 0 ? 0 : 1);
