// Reads a printed PDF back: on which page each link target (a named destination) starts, and the
// outline. print-pdf.ts uses it between its passes to number the table of contents and the page
// references; tests/pdf.test.ts uses it to check them. pdf.js, without a worker, in Node.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface OutlineEntry {
  title: string;
  /** 1-based page the entry opens, when pdf.js can resolve it. */
  page: number | undefined;
  items: OutlineEntry[];
}

export interface PdfReading {
  pageCount: number;
  /** Named destination → 1-based page number. Chromium names one after every `#id` a link points to. */
  destinations: Map<string, number>;
  outline: OutlineEntry[];
  /** Every link: its page, and where it goes (a named destination inside, or an address outside). */
  links: { page: number; dest?: string; url?: string }[];
}

type Destination = unknown[] | null;

export async function readPdf(source: string | Uint8Array): Promise<PdfReading> {
  const data = typeof source === 'string' ? new Uint8Array(readFileSync(source)) : source;
  const loading = getDocument({ data, useSystemFonts: false, verbosity: 0 });
  const document = await loading.promise;
  try {
    const pageOf = async (destination: Destination | string): Promise<number | undefined> => {
      const resolved = typeof destination === 'string' ? await document.getDestination(destination) : destination;
      const reference = resolved?.[0];
      if (reference === undefined || reference === null) return undefined;
      if (typeof reference === 'number') return reference + 1;
      try {
        return (await document.getPageIndex(reference as Parameters<typeof document.getPageIndex>[0])) + 1;
      } catch {
        return undefined;
      }
    };
    // The names come from the links that point to them (pdf.js does not list Chromium's /Dests).
    const names = new Set<string>();
    const links: PdfReading['links'] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const annotations = (await (await document.getPage(number)).getAnnotations()) as { subtype?: string; dest?: unknown; url?: string }[];
      for (const annotation of annotations) {
        if (typeof annotation.dest === 'string') names.add(annotation.dest);
        if (annotation.subtype === 'Link') {
          links.push({
            page: number,
            ...(typeof annotation.dest === 'string' ? { dest: annotation.dest } : {}),
            ...(annotation.url ? { url: annotation.url } : {}),
          });
        }
      }
    }
    const destinations = new Map<string, number>();
    for (const name of names) {
      const page = await pageOf(name);
      if (page !== undefined) destinations.set(name, page);
    }
    type RawOutline = { title: string; dest: Destination | string; items: RawOutline[] };
    const walk = async (items: RawOutline[]): Promise<OutlineEntry[]> =>
      Promise.all(items.map(async (item) => ({ title: item.title, page: await pageOf(item.dest), items: await walk(item.items ?? []) })));
    const outline = await walk(((await document.getOutline()) ?? []) as RawOutline[]);
    return { pageCount: document.numPages, destinations, outline, links };
  } finally {
    await loading.destroy();
  }
}
