// Prints the JavaScript each built page loads up front (gzip), and fails when a page is over its
// budget: content pages 15 KB, tool pages 150 KB. Counted: the page's inline module scripts and
// every file they and its <script src> import statically; dynamic imports (the search UI, opened on
// demand) are not loaded with the page and not counted. Run after `astro build`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const budgets = { content: 15_000, tool: 150_000 };
const isTool = (page) => /-tool\/index\.html$/.test(page);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_astro' || name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const staticImports = (code) =>
  [...code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((match) => match[1]);

function reachable(code, base, seen) {
  let bytes = 0;
  for (const specifier of staticImports(code)) {
    const file = specifier.startsWith('/') ? join(dist, specifier) : resolve(base, specifier);
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    bytes += gzipSync(source).length + reachable(source, dirname(file), seen);
  }
  return bytes;
}

let failed = false;
const rows = [];
for (const page of htmlFiles(dist).sort()) {
  const html = readFileSync(page, 'utf8');
  const seen = new Set();
  let bytes = 0;
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/type="module"/.test(attributes)) continue;
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    const code = src ? `import "${src}";` : body;
    if (!src) bytes += gzipSync(body).length;
    bytes += reachable(code, dirname(page), seen);
  }
  const budget = isTool(page) ? budgets.tool : budgets.content;
  const over = bytes > budget;
  failed ||= over;
  rows.push(`${over ? '✗' : ' '} ${(bytes / 1000).toFixed(1).padStart(6)} KB / ${budget / 1000} KB  ${relative(dist, page)}`);
}
console.log(`JavaScript loaded with each page (gzip):\n${rows.join('\n')}`);
if (failed) {
  console.error('\nA page is over its JavaScript budget (content 15 KB, tools 150 KB): trim what it imports.');
  process.exit(1);
}
