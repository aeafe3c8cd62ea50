// Reads where things landed in a PDF that Chromium (Skia) wrote: the page count and the page of each
// named destination. Chromium writes a named destination for every element that an in-document link
// points at (`<a href="#concept-x">` → `/concept-x`), so after a first render this says on which page
// each linked heading is: the numbers a table of contents needs, since CSS `target-counter()` is not
// supported in Chromium.
import { PdfObjects } from './pdf-objects.ts';

/** The layout facts of a rendered PDF. */
export interface PdfLayout {
  pageCount: number;
  /** Destination name → 1-based page number. */
  destinations: Map<string, number>;
}

/** Reads the page count and named destinations of a PDF written by Chromium (packed or not). */
export function readPdfLayout(pdf: Uint8Array): PdfLayout {
  const objects = new PdfObjects(pdf);
  const root = PdfObjects.ref(objects.trailer, 'Root');
  if (root === undefined) throw new Error('PDF trailer has no /Root');
  const catalog = objects.object(root);

  const pages: number[] = [];
  const walk = (ref: number, depth: number) => {
    if (depth > 32) throw new Error('PDF page tree is too deep');
    const node = objects.object(ref);
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
      for (const [, kid] of kids.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(kid), depth + 1);
    } else pages.push(ref);
  };
  const pagesRoot = PdfObjects.ref(catalog, 'Pages');
  if (pagesRoot === undefined) throw new Error('PDF catalog has no /Pages');
  walk(pagesRoot, 0);
  const pageNumber = new Map(pages.map((ref, index) => [ref, index + 1]));

  const destinations = new Map<string, number>();
  const dests = PdfObjects.ref(catalog, 'Dests');
  if (dests !== undefined) {
    // `/name [12 0 R /XYZ …]`, or `/name << /D [12 0 R …] >>`.
    const entries = /\/([^\s/[\]<>()%]+)\s*(?:\[|<<\s*\/D\s*\[)\s*(\d+)\s+\d+\s+R/g;
    for (const [, name = '', ref = ''] of objects.object(dests).matchAll(entries)) {
      const page = pageNumber.get(Number(ref));
      if (page !== undefined) destinations.set(decodeName(name), page);
    }
  }
  return { pageCount: pages.length, destinations };
}

/** PDF names escape bytes as `#xx`; ids are UTF-8. */
function decodeName(name: string): string {
  const bytes = name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
