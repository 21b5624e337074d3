// Prints the whole handbook to one PDF per language (dist/pedoman-medsos-id.pdf and -en.pdf) with
// Debian's Chromium through playwright-core, as a document rather than a printed website: a cover
// naming the institution and the issuing instrument (marked CONTOH / EXAMPLE while it is the
// example), a table of contents with page numbers, every page in sidebar order, numbered pages
// with the document named in the footer, a PDF outline, tables that fit the page, internal links
// that become in-document links with a page reference, external links with their address, and
// the browser tools replaced by a note with their web address.
//
// Chromium has no target-counter(), so the document is printed more than once: each pass reads
// the previous PDF back (scripts/pdf-reading.ts: the named destination of every link target) and
// fills the page numbers in, until they no longer change (a number one digit longer may move a line).
//
// Run after `astro build`. Without Chromium it says so and exits 0, so `npm start` works on
// machines that have none; `npm test` always has it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { citeInstrument, isExampleInstrument, issuingInstrument } from '@pedoman-medsos/governance';
import { openHandbook } from '../tests/browser';
import { readPdf } from './pdf-reading';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executable)) {
  console.log(`print-pdf: skipped, no Chromium at ${executable} (apt-get install -y chromium).`);
  process.exit(0);
}

type Lang = 'id' | 'en';
const pick = <T>(text: { id: T; en: T }, lang: Lang): T => text[lang];

/** The guidelines' release version: the umbrella package's; 0.0.0 means nothing is released yet. */
const version = JSON.parse(readFileSync(new URL('../../../packages/guidelines/package.json', import.meta.url), 'utf8')).version as string;
const released = version !== '0.0.0';
const printedOn = new Date();
const dateIn = (lang: Lang, date: Date | string) =>
  new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date,
  );
const example = isExampleInstrument();
const instrument = issuingInstrument;

const words = {
  exampleMark: { id: 'CONTOH — belum ditetapkan', en: 'EXAMPLE — not yet issued' },
  exampleNote: {
    id: 'Instrumen di halaman ini adalah contoh. Instansi yang menerapkan pedoman ini mencantumkan peraturan atau keputusannya sendiri; sampai saat itu pedoman ini belum berlaku sebagai ketentuan resmi.',
    en: 'The instrument on this page is an example. An institution that adopts these guidelines names its own regulation or decree; until then the guidelines are not in force as an official rule.',
  },
  annexTo: { id: 'Lampiran', en: 'Annex to' },
  setOn: { id: 'Ditetapkan', en: 'Set on' },
  inForceFrom: { id: 'berlaku sejak', en: 'in force from' },
  replaces: { id: 'Menggantikan', en: 'Replaces' },
  version: released
    ? { id: `Versi pedoman ${version}`, en: `Guidelines version ${version}` }
    : { id: 'Versi pedoman: belum dirilis (rancangan)', en: 'Guidelines version: unreleased (draft)' },
  printed: { id: 'Dicetak', en: 'Printed' },
  online: { id: 'Versi daring', en: 'Online version' },
  contents: { id: 'Daftar isi', en: 'Contents' },
  page: { id: 'Halaman', en: 'Page' },
  of: { id: 'dari', en: 'of' },
  pageRef: { id: 'hlm.', en: 'p.' },
  toolNote: {
    id: 'Alat ini berjalan di peramban dan tidak dapat dipakai pada versi cetak. Buka alat ini di',
    en: 'This tool runs in the browser and cannot be used on paper. Open it at',
  },
} as const;

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Section {
  path: string;
  group: string | undefined;
  title: string;
  html: string;
}

/** Every page-number placeholder: a target id, filled with its page in each pass. */
const pageNumberBox = (target: string, pages: Map<string, number>) =>
  `<span class="pdf-page-number" data-pdf-target="${escapeHtml(target)}">${pages.get(target) ?? '000'}</span>`;

function documentHtml(lang: Lang, sections: Section[], pages: Map<string, number>, site: string): string {
  const t = (text: { id: string; en: string }) => escapeHtml(pick(text, lang));
  const mark = example ? `<p class="pdf-example-mark">${t(words.exampleMark)}</p>` : '';
  const signatory = [pick(instrument.signatory.office, lang), instrument.signatory.name].filter(Boolean).join(', ');
  const cover = `
    <section class="pdf-cover">
      ${mark}
      <p class="pdf-institution">${escapeHtml(pick(instrument.institution, lang))}</p>
      <p class="pdf-title">${escapeHtml(pick(instrument.title, lang))}</p>
      <p class="pdf-instrument">${t(words.annexTo)} ${escapeHtml(pick(citeInstrument(), lang))}</p>
      <p class="pdf-dates">${t(words.setOn)} ${escapeHtml(dateIn(lang, instrument.setOn))}, ${t(words.inForceFrom)} ${escapeHtml(dateIn(lang, instrument.inForceFrom))}</p>
      <p class="pdf-signatory">${escapeHtml(signatory)}</p>
      ${instrument.replaces ? `<p>${t(words.replaces)} ${escapeHtml(pick(instrument.replaces, lang))}</p>` : ''}
      <div class="pdf-edition">
        <p class="pdf-version">${t(words.version)}</p>
        <p>${t(words.printed)} ${escapeHtml(dateIn(lang, printedOn))} · ${t(words.online)}: ${escapeHtml(site)}</p>
        ${example ? `<p class="pdf-example-note">${t(words.exampleNote)}</p>` : ''}
      </div>
    </section>`;
  let lastGroup: string | undefined;
  const entries = sections
    .map((section, index) => {
      const heading = section.group && section.group !== lastGroup ? `<li class="pdf-toc-group">${escapeHtml(section.group)}</li>` : '';
      lastGroup = section.group;
      return `${heading}<li class="pdf-toc-entry${section.group ? ' pdf-toc-in-group' : ''}"><a href="#pdf-${index}"><span class="pdf-toc-title">${escapeHtml(section.title)}</span><span class="pdf-toc-leader"></span>${pageNumberBox(`pdf-${index}`, pages)}</a></li>`;
    })
    .join('');
  const toc = `<nav class="pdf-toc" aria-labelledby="pdf-toc-heading"><h1 id="pdf-toc-heading">${t(words.contents)}</h1><ol>${entries}</ol></nav>`;
  const body = sections
    .map(
      (section, index) =>
        `<article class="pdf-section sl-markdown-content" id="pdf-${index}">${section.group ? `<p class="pdf-section-group">${escapeHtml(section.group)}</p>` : ''}<h1>${escapeHtml(section.title)}</h1>${section.html}</article>`,
    )
    .join('');
  return cover + toc + body;
}

const css = `
  @page { size: A4 portrait; }
  @page pdf-landscape { size: A4 landscape; }
  .pdf-landscape { page: pdf-landscape; }
  .sl-markdown-content caption { caption-side: top; text-align: left; font-weight: 700; padding-bottom: 0.3rem; }
  html, body { background: #fff !important; color: #111 !important; }
  body { margin: 0; padding: 0; font-size: 10.5pt; line-height: 1.45; }
  .sl-markdown-content { --sl-content-width: 100%; }
  .sl-markdown-content a { color: #1a4f8b; }
  .pdf-cover { height: 250mm; display: flex; flex-direction: column; justify-content: center; gap: 0; }
  .pdf-cover p { margin: 0.3rem 0; }
  .pdf-example-mark { align-self: flex-start; border: 3px solid #b00020; color: #b00020; font-weight: 700; font-size: 16pt; letter-spacing: 0.05em; padding: 0.3rem 0.8rem; margin-bottom: 2rem !important; }
  .pdf-institution { font-size: 15pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
  .pdf-title { font-size: 26pt; font-weight: 700; line-height: 1.15; margin: 0.8rem 0 1.2rem !important; }
  .pdf-toc > h1 { font-size: 20pt; }
  .pdf-instrument { font-size: 12pt; }
  .pdf-edition { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid #888; font-size: 10pt; }
  .pdf-version { font-weight: 700; }
  .pdf-example-note { color: #b00020; max-width: 40em; }
  .pdf-toc, .pdf-section { break-before: page; }
  .pdf-toc ol { list-style: none; padding: 0; margin: 0; }
  .pdf-toc li { margin: 0; }
  .pdf-toc-group { font-weight: 700; margin-top: 0.8rem !important; }
  .pdf-toc-in-group { padding-left: 1.2rem; }
  .pdf-toc a { display: flex; align-items: baseline; color: inherit; text-decoration: none; padding: 0.15rem 0; }
  .pdf-toc-leader { flex: 1; border-bottom: 1px dotted #888; margin: 0 0.4rem; }
  .pdf-page-number { display: inline-block; min-width: 2.2em; text-align: right; font-variant-numeric: tabular-nums; }
  .pdf-page-ref { white-space: nowrap; color: #444; }
  .pdf-page-ref .pdf-page-number { min-width: 0; }
  .pdf-url { overflow-wrap: anywhere; color: #444; font-size: 0.9em; }
  .pdf-section-group { margin: 0 0 0.2rem; color: #555; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.05em; }
  .pdf-section > h1 { font-size: 20pt; margin-top: 0; }
  .pdf-tool { border: 1px solid #888; border-left: 4px solid #1a4f8b; padding: 0.6rem 0.8rem; margin: 1rem 0; }
  .sl-markdown-content h2, .sl-markdown-content h3 { break-after: avoid; }
  .sl-markdown-content h2 { font-size: 15pt; }
  .sl-markdown-content h3 { font-size: 12.5pt; }
  /* Tables fit the page: a cell may wrap anywhere (so no column is wider than the page can give),
     the columns share the width by their content, and the more columns, the smaller the type. */
  .sl-markdown-content table { display: table !important; table-layout: auto; width: 100% !important; max-width: 100%; overflow: visible !important; border-collapse: collapse; font-size: 9pt; }
  .sl-markdown-content table.pdf-wide { font-size: 7.5pt; }
  .pdf-landscape table { font-size: 7.5pt; }
  .pdf-landscape tr > :first-child { width: 16%; }
  .sl-markdown-content th, .sl-markdown-content td { overflow-wrap: anywhere; word-break: normal; hyphens: auto; white-space: normal !important; padding: 0.2rem 0.3rem; vertical-align: top; border: 1px solid #bbb; }
  .sl-markdown-content table code { white-space: normal; overflow-wrap: anywhere; font-size: inherit; padding: 0; }
  .sl-markdown-content thead { display: table-header-group; }
  .sl-markdown-content tr { break-inside: avoid; }
  .sl-markdown-content pre { white-space: pre-wrap !important; overflow-wrap: anywhere; }
  .sl-markdown-content .expressive-code pre > code { white-space: pre-wrap !important; }
  .sl-markdown-content img { max-width: 100%; break-inside: avoid; }
  button, .copy, .sl-anchor-link, input, select, textarea, form { display: none !important; }
`;

/** The footer of every page: the document, the example mark while the instrument is an example, the page number. */
function footerTemplate(lang: Lang): string {
  const t = (text: { id: string; en: string }) => escapeHtml(pick(text, lang));
  return `<div style="font-size:7.5pt;width:100%;margin:0 1.5cm;display:flex;justify-content:space-between;gap:1em;color:#444;font-family:sans-serif">
    <span>${escapeHtml(`${pick(instrument.title, lang)} — ${pick(instrument.institution, lang)}`)}</span>
    ${example ? `<span style="color:#b00020;font-weight:700">${t(words.exampleMark)}</span>` : ''}
    <span style="white-space:nowrap">${t(words.page)} <span class="pageNumber"></span> ${t(words.of)} <span class="totalPages"></span></span>
  </div>`;
}

const handbook = await openHandbook();
try {
  const context = await handbook.browser.newContext();
  // tsx names every function it compiles with a `__name` helper the browser does not have.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  const page = await context.newPage();
  for (const lang of ['id', 'en'] as const) {
    const prefix = lang === 'id' ? '/' : '/en/';
    await page.goto(handbook.baseUrl + prefix);
    // The sidebar lists every page in reading order, with the group each belongs to: the PDF follows it.
    const entries = await page.locator('nav.sidebar a[href]').evaluateAll((links) =>
      links.map((a) => ({
        path: new URL(a.getAttribute('href') ?? '', location.href).pathname,
        group: a.closest('details')?.querySelector('summary')?.textContent?.trim() || undefined,
      })),
    );
    const seen = new Set<string>();
    const pages = entries.filter((entry) => !seen.has(entry.path) && seen.add(entry.path));
    const paths = pages.map((entry) => entry.path);
    const site =
      (await page
        .locator('link[rel="canonical"]')
        .first()
        .getAttribute('href')
        .catch(() => null)) ?? 'https://pedoman-medsos.example.go.id/';
    const siteOrigin = new URL(site).origin;
    const sections: Section[] = [];
    for (const [index, entry] of pages.entries()) {
      await page.goto(handbook.baseUrl + entry.path);
      const extracted = await page.evaluate(
        ({ index, paths, siteOrigin, toolNote, pageRef }) => {
          const main = document.querySelector('main');
          const content = main?.querySelector('.sl-markdown-content');
          const title = main?.querySelector('h1')?.textContent?.trim() ?? location.pathname;
          if (!content) return { title, html: '' };
          const onSite = (path: string) => `${siteOrigin}${path}`;
          // Tools: a note with the tool's web address in place of its form.
          for (const control of [...content.querySelectorAll('input, textarea, select')]) {
            if (!content.contains(control)) continue;
            let tool: Element | null = control.closest('[data-text], form');
            if (!tool || !content.contains(tool)) {
              tool = control;
              while (tool.parentElement && tool.parentElement !== content) tool = tool.parentElement;
            }
            const note = document.createElement('aside');
            note.className = 'pdf-tool';
            const address = onSite(location.pathname);
            note.innerHTML = `<p>${toolNote} <a href="${address}">${address}</a>.</p>`;
            tool.replaceWith(note);
          }
          for (const anchor of [...content.querySelectorAll('.sl-anchor-link')]) anchor.remove();
          for (const details of [...content.querySelectorAll('details')]) details.setAttribute('open', '');
          // Ids are prefixed with the section, so that two pages' footnotes never share one.
          for (const element of [...content.querySelectorAll('[id]')]) element.id = `s${index}-${element.id}`;
          for (const label of [...content.querySelectorAll('[for]')]) label.setAttribute('for', `s${index}-${label.getAttribute('for')}`);
          for (const link of [...content.querySelectorAll<HTMLAnchorElement>('a[href]')]) {
            if (link.classList.contains('pdf-tool') || link.closest('.pdf-tool')) continue;
            const raw = link.getAttribute('href') ?? '';
            let url: URL;
            try {
              url = new URL(raw, location.href);
            } catch {
              continue;
            }
            if (url.origin === location.origin) {
              const target = paths.indexOf(url.pathname);
              const fragment = decodeURIComponent(url.hash.slice(1));
              if (target >= 0) {
                const id = fragment ? `s${target}-${fragment}` : `pdf-${target}`;
                link.setAttribute('href', `#${id}`);
                link.dataset.pdfSection = `pdf-${target}`;
                // Footnote marks and back-references stay as they are: the note is on the same page.
                const inPage =
                  target === index &&
                  (link.closest('sup, .footnotes, [data-footnotes], section.sources') || /^\W*\d+\W*$/.test(link.textContent ?? ''));
                if (!inPage) {
                  const ref = document.createElement('span');
                  ref.className = 'pdf-page-ref';
                  ref.innerHTML = ` (${pageRef}\u00a0<span class="pdf-page-number" data-pdf-target="${id}">00</span>)`;
                  link.after(ref);
                }
              } else {
                // A file of the site (the .ics calendar, an image): its address on the published site.
                const address = onSite(url.pathname + url.search + url.hash);
                link.setAttribute('href', address);
                const printed = document.createElement('span');
                printed.className = 'pdf-url';
                printed.textContent = ` (${address})`;
                link.after(printed);
              }
            } else if (/^https?:$/.test(url.protocol)) {
              const text = (link.textContent ?? '').trim();
              if (text !== url.href && text !== raw && !url.href.startsWith(text)) {
                const printed = document.createElement('span');
                printed.className = 'pdf-url';
                printed.textContent = ` (${url.href})`;
                link.after(printed);
              }
            }
          }
          // Wide tables get smaller type (print CSS); the count is the widest row's cells. The widest
          // go on a landscape page of their own, named by their caption (or label).
          for (const table of [...content.querySelectorAll('table')]) {
            const columns = Math.max(0, ...[...table.rows].map((row) => [...row.cells].reduce((sum, cell) => sum + cell.colSpan, 0)));
            if (columns >= 8) {
              const label = table.getAttribute('aria-label');
              if (label && !table.caption) table.createCaption().textContent = label;
              const landscape = document.createElement('div');
              landscape.className = 'pdf-landscape';
              table.replaceWith(landscape);
              landscape.append(table);
            } else if (columns >= 6) table.classList.add('pdf-wide');
          }
          return { title, html: content.innerHTML };
        },
        { index, paths, siteOrigin, toolNote: pick(words.toolNote, lang), pageRef: pick(words.pageRef, lang) },
      );
      sections.push({ path: entry.path, group: entry.group, ...extracted });
    }

    await page.goto(handbook.baseUrl + prefix);
    await page.evaluate(
      ([style, lang, title]) => {
        document.title = title;
        document.documentElement.dataset.theme = 'light';
        document.documentElement.lang = lang;
        const element = document.createElement('style');
        element.textContent = style;
        document.head.append(element);
      },
      [css, lang, `${pick(instrument.title, lang)} — ${pick(instrument.institution, lang)}`] as const,
    );
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const output = new URL(`../dist/pedoman-medsos-${lang}.pdf`, import.meta.url).pathname;
    let pageMap = new Map<string, number>();
    let passes = 0;
    let pdf: Buffer;
    const started = Date.now();
    // Print, read where every target landed, fill the numbers in; again until nothing moves.
    for (;;) {
      passes += 1;
      const html = documentHtml(lang, sections, pageMap, site);
      await page.evaluate(
        ([body, numbers]) => {
          document.body.innerHTML = body;
          // A link to a heading that is not there (renamed, or on a page left out) goes to its page.
          for (const link of [...document.querySelectorAll<HTMLAnchorElement>('a[data-pdf-section]')]) {
            const id = (link.getAttribute('href') ?? '').slice(1);
            if (document.getElementById(id)) continue;
            link.setAttribute('href', `#${link.dataset.pdfSection}`);
            const box = link.nextElementSibling?.querySelector<HTMLElement>(`.pdf-page-number[data-pdf-target="${CSS.escape(id)}"]`);
            if (box) box.dataset.pdfTarget = link.dataset.pdfSection;
          }
          for (const box of [...document.querySelectorAll<HTMLElement>('.pdf-page-number')]) {
            const found = numbers[box.dataset.pdfTarget ?? ''];
            box.textContent = found === undefined ? '00' : String(found);
          }
        },
        [html, Object.fromEntries(pageMap)] as const,
      );
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      pdf = await page.pdf({
        format: 'A4',
        // The CSS page sizes: the widest tables are printed on landscape pages.
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(lang),
        margin: { top: '1.8cm', bottom: '2cm', left: '1.8cm', right: '1.8cm' },
        outline: true,
        tagged: true,
      });
      const reading = await readPdf(new Uint8Array(pdf));
      const unchanged = reading.destinations.size === pageMap.size && [...reading.destinations].every(([id, n]) => pageMap.get(id) === n);
      pageMap = reading.destinations;
      if ((unchanged && passes > 1) || passes >= 4) break;
    }
    writeFileSync(output, pdf);
    const missing = sections.filter((_, index) => !pageMap.has(`pdf-${index}`)).map((section) => section.path);
    if (missing.length > 0) throw new Error(`print-pdf: no page found for ${missing.join(', ')}`);
    console.log(
      `print-pdf: dist/pedoman-medsos-${lang}.pdf (${sections.length} pages of the handbook, ${passes} passes, ${Math.round((Date.now() - started) / 1000)} s)`,
    );
  }
} finally {
  await handbook.close();
}
