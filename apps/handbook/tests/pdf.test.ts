import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformFieldLabels, platforms, textKinds } from '@pedoman-medsos/core';
import { isExampleInstrument, issuingInstrument } from '@pedoman-medsos/governance';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PdfReading, readPdf } from '../scripts/pdf-reading';

// The printed handbook (dist/pedoman-medsos-{id,en}.pdf, written by scripts/print-pdf.ts during the
// build) read as a staff member would read it: pages rendered to images and to text with Debian's
// poppler-utils (pdftoppm, pdftotext, pdfinfo; `npm test` installs them), links and outline with pdf.js.
const dist = new URL('../dist/', import.meta.url).pathname;
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const words = {
  id: { mark: 'CONTOH — belum ditetapkan', page: 'Halaman', of: 'dari', contents: 'Daftar isi', toolNote: 'Buka alat ini di', ref: 'hlm.' },
  en: { mark: 'EXAMPLE — not yet issued', page: 'Page', of: 'of', contents: 'Contents', toolNote: 'Open it at', ref: 'p.' },
} as const;

/** The sidebar pages that hold a form (the tools), found in the built HTML. */
function toolPaths(lang: 'id' | 'en'): string[] {
  const root = lang === 'id' ? dist : join(dist, 'en');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'index.html')))
    .filter((entry) => {
      const html = readFileSync(join(root, entry.name, 'index.html'), 'utf8');
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      return /<(input|textarea|select)\b/.test(main);
    })
    .map((entry) => `${lang === 'id' ? '' : '/en'}/${entry.name}/`);
}

describe.each(['id', 'en'] as const)('the printed handbook (%s)', (lang) => {
  const file = join(dist, `pedoman-medsos-${lang}.pdf`);
  const text = words[lang];
  let reading: PdfReading;
  let pages: string[];
  let images: string;
  beforeAll(async () => {
    reading = await readPdf(file);
    // pdftotext separates pages with a form feed.
    pages = poppler('pdftotext', '-layout', file, '-').split('\f');
    images = mkdtempSync(join(tmpdir(), 'pedoman-pdf-'));
  });
  afterAll(() => rmSync(images, { recursive: true, force: true }));

  const render = (page: number) => {
    poppler('pdftoppm', '-r', '50', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, join(images, `page-${page}`));
    return join(images, `page-${page}.png`);
  };

  it('opens with a cover naming the institution, the instrument and, while it is an example, the CONTOH mark', async () => {
    const cover = pages[0] ?? '';
    expect(cover.toUpperCase()).toContain(issuingInstrument.institution[lang].toUpperCase());
    expect(cover.replace(/\s+/g, ' ')).toContain(issuingInstrument.number);
    expect(cover).not.toMatch(/Versi 0\.0\.0|Version 0\.0\.0/);
    if (isExampleInstrument()) expect(cover).toContain(text.mark);
    // Rendered: the page is not blank, and the mark is printed in red.
    const { data, info } = await sharp(await render(1))
      .raw()
      .toBuffer({ resolveWithObject: true });
    let ink = 0;
    let red = 0;
    for (let index = 0; index < data.length; index += info.channels) {
      const [r, g, b] = [data[index]!, data[index + 1]!, data[index + 2]!];
      if (r + g + b < 600) ink += 1;
      if (r > 140 && g < 60 && b < 80) red += 1;
    }
    expect(ink).toBeGreaterThan(1000);
    if (isExampleInstrument()) expect(red).toBeGreaterThan(200);
  });

  it('numbers every page, and marks every page as an example while the instrument is one', () => {
    expect(pages.filter((page) => page.trim()).length).toBe(reading.pageCount);
    pages.slice(0, reading.pageCount).forEach((page, index) => {
      expect(page).toContain(`${text.page} ${index + 1} ${text.of} ${reading.pageCount}`);
      if (isExampleInstrument()) expect(page).toContain(text.mark);
    });
    expect(poppler('pdfinfo', file)).toMatch(/Pages:\s+\d+/);
  });

  it('has an outline and a table of contents whose page numbers are where the sections start', () => {
    expect(poppler('pdfinfo', file)).toMatch(/Tagged:\s+yes/);
    expect(reading.outline.length).toBeGreaterThan(5);
    const tocPage = pages.findIndex((page) => page.includes(text.contents));
    expect(tocPage).toBeGreaterThan(-1);
    const sectionStarts = [...reading.destinations].filter(([name]) => /^pdf-\d+$/.test(name));
    const entries = (pages[tocPage] ?? '')
      .split('\n')
      .map((line) => line.match(/^\s*(\S.*?)\s{2,}(\d+)\s*$/))
      .filter((match): match is RegExpMatchArray => match !== null)
      .map((match) => ({ title: match[1]!.trim(), page: Number(match[2]) }));
    expect(entries.length).toBe(sectionStarts.length);
    entries.forEach((entry, index) => {
      expect(reading.destinations.get(`pdf-${index}`)).toBe(entry.page);
      // The section's title is printed on that page, and the outline opens it there.
      expect(pages[entry.page - 1]).toContain(entry.title);
      expect(reading.outline.some((item) => item.title.replace(/\s+/g, ' ').includes(entry.title) && item.page === entry.page)).toBe(true);
    });
  });

  it('prints the whole platform table, up to its last column', () => {
    const lastKind = textKinds.at(-1)!;
    const x = platforms.find((platform) => platform.id === 'x') ?? platforms.at(-1)!;
    const lastValue = x.textLimits[lastKind];
    const number = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB');
    const tablePage = pages.find(
      (page) => page.includes(platformFieldLabels.handleCharacters[lang]) && page.includes(platformFieldLabels.platform[lang]),
    );
    expect(tablePage).toBeDefined();
    const row = tablePage!.split('\n').find((line) => line.trim().startsWith(x.name));
    expect(row).toBeDefined();
    // The last cell: the figure (a footnote mark may follow it), or — where there is none.
    const cells = row!.trim().split(/\s{2,}/);
    expect(cells.length).toBe(3 + textKinds.length);
    expect(cells.at(-1)).toMatch(lastValue ? new RegExp(`^${number.format(lastValue.value).replace('.', '\\.')}\\d*$`) : /^—$/);
    // In the naming tables, every platform has its column, X's included.
    const namingHeader = pages
      .flatMap((page) => page.split('\n'))
      .find((line) => platforms.every((platform) => line.includes(platform.name.split(' ')[0]!)));
    expect(namingHeader).toBeDefined();
  });

  it('prints no form controls: each tool page is a note with its web address', () => {
    expect(poppler('pdfinfo', file)).toMatch(/Form:\s+none/);
    // Without white space: pdftotext breaks a long address where the line wraps.
    const all = pages.join('').replace(/\s+/g, '');
    const tools = toolPaths(lang);
    expect(tools.length).toBeGreaterThan(0);
    const noted = (path: string) =>
      new RegExp(`${text.toolNote.replace(/\s+/g, '')}https?://[^/]+${path.replaceAll('/', '\\/')}`).test(all);
    expect(tools.filter((path) => !noted(path))).toEqual([]);
  });

  it('turns internal links into links inside the document with a page reference, and prints external addresses', () => {
    expect(reading.links.filter((link) => link.url && /127\.0\.0\.1|localhost/.test(link.url))).toEqual([]);
    const inside = reading.links.filter((link) => link.dest);
    expect(inside.length).toBeGreaterThan(20);
    for (const link of inside) expect(reading.destinations.has(link.dest!), link.dest).toBe(true);
    const all = pages.join('\n');
    const references = [...all.matchAll(new RegExp(`\\(${text.ref.replace('.', '\\.')}\\s(\\d+)\\)`, 'g'))].map((match) =>
      Number(match[1]),
    );
    expect(references.length).toBeGreaterThan(5);
    for (const page of references) {
      expect(page).toBeGreaterThan(0);
      expect(page).toBeLessThanOrEqual(reading.pageCount);
    }
  });
});
