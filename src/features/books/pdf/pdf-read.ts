// Reads a PDF back with MuPDF.js (Artifex's MuPDF compiled to WebAssembly; nothing to install beyond
// npm): the page count and the page of each named destination for the contents page numbers, and the
// outline, text and links that the tests and benchmarks check. Chromium writes a named destination for
// every element an in-document link points at (`<a href="#concept-x">` → `/concept-x`), so after a
// first render this says on which page each linked heading landed: the numbers a table of contents
// needs, since Chromium does not support CSS `target-counter()`.
import * as mupdf from 'mupdf';

/** An open PDF. */
export type Pdf = mupdf.PDFDocument;
/** One item of MuPDF's outline tree (the package does not export the type by name). */
export type OutlineItem = NonNullable<ReturnType<Pdf['loadOutline']>>[number];
/** MuPDF's structured-text options: none, i.e. its defaults. */
const TEXT_OPTIONS = '';

/** Opens a PDF from its bytes; throws a plain message when they are not a PDF. */
export function openPdf(bytes: Uint8Array): Pdf {
  let document: mupdf.Document;
  try {
    document = mupdf.Document.openDocument(bytes, 'application/pdf');
  } catch (cause) {
    throw new Error(`Not a readable PDF: ${(cause as Error).message}`, { cause });
  }
  const pdf = document.asPDF();
  if (!pdf || pdf.wasRepaired()) throw new Error('Not a readable PDF: MuPDF had to repair its structure');
  return pdf;
}

/** The layout facts of a rendered PDF. */
export interface PdfLayout {
  pageCount: number;
  /** Destination name → 1-based page number. */
  destinations: Map<string, number>;
}

/** The page count and the named destinations (from the catalog's /Dests, as Chromium writes them). */
export function readPdfLayout(pdf: Pdf): PdfLayout {
  const pageCount = pdf.countPages();
  const pageNumber = new Map(Array.from({ length: pageCount }, (_, index) => [pdf.findPage(index).asIndirect(), index + 1]));
  const destinations = new Map<string, number>();
  pdf.getTrailer().get('Root').get('Dests').forEach((value, name) => {
    // `/name [12 0 R /XYZ …]`, or `/name << /D [12 0 R …] >>`.
    const target = value.resolve();
    const array = target.isDictionary() ? target.get('D') : target;
    const page = array.isArray() ? pageNumber.get(array.get(0).asIndirect()) : undefined;
    if (page !== undefined) destinations.set(String(name), page);
  });
  return { pageCount, destinations };
}

/** One bookmark: its title, depth (1 = top level) and 1-based page. */
export interface OutlineEntry {
  title: string;
  depth: number;
  page: number;
}

/** The bookmark outline, depth first (the order of the headings it came from). */
export function readOutline(pdf: Pdf): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const visit = (items: readonly OutlineItem[], depth: number) => {
    for (const item of items) {
      entries.push({ title: item.title ?? '', depth, page: (item.page ?? -1) + 1 });
      visit(item.down ?? [], depth + 1);
    }
  };
  visit(pdf.loadOutline() ?? [], 1);
  return entries;
}

/** The text of pages `first` to `last` (1-based, inclusive), in the order it was drawn. */
export function pageText(pdf: Pdf, first = 1, last = pdf.countPages()): string {
  let text = '';
  for (let page = first; page <= last; page += 1) text += `${pdf.loadPage(page - 1).toStructuredText(TEXT_OPTIONS).asText()}\n`;
  return text;
}

/** The in-document links on a page: the destination each points at and the lines of text inside its box. */
export function pageLinks(pdf: Pdf, page: number): { destination: string; text: string }[] {
  const loaded = pdf.loadPage(page - 1);
  const { blocks } = JSON.parse(loaded.toStructuredText(TEXT_OPTIONS).asJSON()) as { blocks: { lines?: TextLine[] }[] };
  const lines = blocks.flatMap((block) => block.lines ?? []);
  return loaded.getLinks().flatMap((link) => {
    const destination = /^#nameddest=(.+)$/.exec(link.getURI())?.[1];
    if (destination === undefined) return [];
    const [x0, y0, x1, y1] = link.getBounds();
    const inside = lines.filter(({ bbox }) => {
      const [x, y] = [bbox.x + bbox.w / 2, bbox.y + bbox.h / 2];
      return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    });
    return [{ destination: decodeURIComponent(destination), text: inside.map((line) => line.text).join('\n') }];
  });
}

/** A line of text as MuPDF's structured-text JSON gives it. */
interface TextLine {
  bbox: { x: number; y: number; w: number; h: number };
  text: string;
}
