// Prints the whole handbook to one PDF per language (dist/pedoman-medsos-id.pdf and -en.pdf) with
// Debian's Chromium through playwright-core: a cover with the version and date, a table of
// contents, then every page in sidebar order. Run after `astro build`. Without Chromium it says so
// and exits 0, so `npm start` works on machines that have none; `npm test` always has it.
import { existsSync, readFileSync } from 'node:fs';
import { openHandbook } from '../tests/browser';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executable)) {
  console.log(`print-pdf: skipped, no Chromium at ${executable} (apt-get install -y chromium).`);
  process.exit(0);
}

const version = JSON.parse(readFileSync(new URL('../../../packages/core/package.json', import.meta.url), 'utf8')).version as string;
const today = new Date().toISOString().slice(0, 10);
const handbook = await openHandbook();
try {
  const page = await (await handbook.browser.newContext()).newPage();
  for (const [lang, prefix] of [
    ['id', '/'],
    ['en', '/en/'],
  ] as const) {
    await page.goto(handbook.baseUrl + prefix);
    // The sidebar lists every page in reading order: the PDF follows it.
    const paths = await page
      .locator('nav.sidebar a[href]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
    const sections: { title: string; html: string }[] = [];
    for (const path of paths) {
      await page.goto(handbook.baseUrl + path);
      sections.push({
        title: (await page.locator('main h1').first().textContent())?.trim() ?? path,
        html: await page.locator('main .sl-markdown-content').first().innerHTML(),
      });
    }
    const text =
      lang === 'id'
        ? { title: 'Pedoman Media Sosial', contents: 'Daftar isi', edition: `Versi ${version} · ${today}` }
        : { title: 'Social Media Guidelines', contents: 'Contents', edition: `Version ${version} · ${today}` };
    await page.goto(handbook.baseUrl + prefix);
    const escapeHtml = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const body = `
      <section class="pdf-cover"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(text.edition)}</p></section>
      <section class="pdf-toc"><h2>${escapeHtml(text.contents)}</h2><ol>${sections.map((s, i) => `<li><a href="#pdf-${i}">${escapeHtml(s.title)}</a></li>`).join('')}</ol></section>
      ${sections.map((s, i) => `<article class="pdf-page sl-markdown-content" id="pdf-${i}"><h1>${escapeHtml(s.title)}</h1>${s.html}</article>`).join('')}`;
    const css = `
      body { padding: 0 2rem; } .pdf-cover { height: 90vh; display: flex; flex-direction: column; justify-content: center; }
      .pdf-toc, .pdf-page { break-before: page; } .screen-tool, .handle-tool, .hashtag-tool { display: none; }`;
    // Only plain data crosses into the page (the callback defines no functions of its own).
    await page.evaluate(
      ([html, style]) => {
        document.body.innerHTML = html;
        const element = document.createElement('style');
        element.textContent = style;
        document.head.append(element);
      },
      [body, css] as const,
    );
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: new URL(`../dist/pedoman-medsos-${lang}.pdf`, import.meta.url).pathname,
      format: 'A4',
      printBackground: true,
      margin: { top: '2cm', bottom: '2cm', left: '1.5cm', right: '1.5cm' },
    });
    console.log(`print-pdf: dist/pedoman-medsos-${lang}.pdf (${sections.length} pages of the handbook)`);
  }
} finally {
  await handbook.close();
}
