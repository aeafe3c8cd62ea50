import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BOOKS_FILE, PDF_DIR, PDF_MANIFEST, describePdf, formatBytes, type BookRecord, type BookSpec, type PdfManifest } from '../book-files.ts';
import { retitleOutline, savePacked } from './pdf-finish.ts';
import { openPdf, readPdfLayout, type Pdf } from './pdf-read.ts';
import { findBrowser, startBrowser, type BrowserChoice } from '../../../integrations/browser.ts';
import { startStaticServer } from '../../../integrations/static-server.ts';

/** The options every book is printed with: tagged, with a bookmark outline, page size from CSS. */
const PDF_OPTIONS = { format: 'A4', printBackground: true, outline: true, tagged: true, preferCSSPageSize: true } as const;
/** A first pass only measures where headings land: no tags or outline needed yet. */
const MEASURE_OPTIONS = { ...PDF_OPTIONS, outline: false, tagged: false } as const;
/** Page numbers in the contents can move the text after them; stop if they have not settled by then. */
const MAX_PASSES = 4;
/** Shown in place of page numbers in the first pass, as wide as a typical number. */
const PLACEHOLDER = '00';

/** Something that prints progress: Astro's logger, or console in scripts. */
interface Log {
  info(message: string): void;
}

/** What buildPdfBooks needs: the built site, its base path, where to log; `findBrowser` is replaceable for tests. */
export interface PdfBooksOptions {
  outDir: string;
  base: string;
  log: Log;
  findBrowser?: () => Promise<BrowserChoice>;
}

/**
 * The PDF build step: prints the books of the built site to PDF with Chromium once every page is
 * written: the whole guide and one book per module (the list comes from `print/books.json`), into
 * `dist/pdf/`, with their manifest, and puts their size on the pages that link to them. A missing
 * Chromium or a page that fails to render fails the build (src/integrations/guide-integration.ts runs it).
 */
export async function buildPdfBooks({ outDir, base, log, findBrowser: find = findBrowser }: PdfBooksOptions): Promise<PdfManifest> {
  const started = performance.now();
  const books = readBooks(outDir);
  let choice: BrowserChoice;
  try {
    choice = await find();
  } catch (cause) {
    throw new Error(
      `The PDFs need Chromium, and none was found. ${(cause as Error).message}\n` +
        'To build the site without PDFs, run: GUIDE_SKIP_PDF=1 npm run build',
      { cause },
    );
  }
  const { server, url } = await startStaticServer({ dir: outDir, base });
  let browser: Browser | undefined;
  try {
    browser = await startBrowser(choice);
    log.info(`Printing with Chromium ${browser.version()}: ${choice.source}`);
    const records: BookRecord[] = [];
    let pagesSoFar = 0;
    mkdirSync(join(outDir, PDF_DIR), { recursive: true });
    for (const book of books) {
      const record = await printBook(browser, book, new URL(book.route, url).href, join(outDir, PDF_DIR, book.file), log);
      records.push(record);
      pagesSoFar += record.pages;
      log.info(
        `${PDF_DIR}/${book.file}: ${record.pages} pages, ${formatBytes(record.bytes)}, ${record.passes} passes in ${record.seconds.toFixed(1)} s ` +
          `(${records.length} of ${books.length} PDFs, ${pagesSoFar} pages so far)`,
      );
    }
    const manifest: PdfManifest = { chromium: browser.version(), browser: choice.source, seconds: round((performance.now() - started) / 1000), books: records };
    writeFileSync(join(outDir, PDF_DIR, PDF_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const linked = fillPdfFacts(outDir, records);
    log.info(`${records.length} PDFs, ${pagesSoFar} pages in ${manifest.seconds.toFixed(1)} s; sizes shown on ${linked} pages`);
    return manifest;
  } finally {
    await browser?.close();
    server.close();
  }
}

function readBooks(outDir: string): BookSpec[] {
  try {
    return JSON.parse(readFileSync(join(outDir, BOOKS_FILE), 'utf8')) as BookSpec[];
  } catch (cause) {
    throw new Error(`The PDF step needs ${BOOKS_FILE} in the built site (written by src/pages/print/books.json.ts), and could not read it.`, { cause });
  }
}

/**
 * Prints one book. The contents and cross-references need the page each heading lands on, which only
 * a render can tell (Chromium has no `target-counter()`): render, read the page of every link target
 * from the PDF's named destinations, write the numbers into the page, render again until they hold.
 */
async function printBook(browser: Browser, book: BookSpec, url: string, path: string, log: Log): Promise<BookRecord> {
  const started = performance.now();
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const fail = (what: string, cause?: unknown) =>
    new Error(`PDF ${book.file}: ${what}\n  page: ${url}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`, { cause });
  try {
    const response = await page.goto(url, { waitUntil: 'load' }).catch((cause: unknown) => {
      throw fail('the print page could not be loaded.', cause);
    });
    if (!response?.ok()) throw fail(`the print page answered HTTP ${response?.status()} (was it built? see src/pages/print/).`);
    await page.evaluate(() => document.fonts.ready);
    if (problems.length > 0) throw fail('the print page did not render cleanly.');

    const { xrefs, anchors } = await linkTargets(page);
    let numbers = new Map(xrefs.map((target) => [target, PLACEHOLDER]));
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      await setPageNumbers(page, numbers);
      const passStarted = performance.now();
      const pdf = await page.pdf(pass === 1 ? MEASURE_OPTIONS : PDF_OPTIONS).catch((cause: unknown) => {
        throw fail(`Chromium could not print pass ${pass}.`, cause);
      });
      const opened = openPdf(pdf);
      const layout = readPdfLayout(opened);
      log.info(`${PDF_DIR}/${book.file}: pass ${pass}, ${layout.pageCount} pages in ${((performance.now() - passStarted) / 1000).toFixed(1)} s`);
      const missing = anchors.filter((anchor) => !layout.destinations.has(anchor));
      if (missing.length > 0) throw fail(`links point at anchors that nothing on the page has: #${missing.join(', #')}`);
      const found = new Map(xrefs.map((target) => [target, String(layout.destinations.get(target))]));
      if (pass > 1 && xrefs.every((target) => numbers.get(target) === found.get(target))) {
        if (problems.length > 0) throw fail('the print page reported problems while printing.');
        const packed = await finishPdf(page, opened);
        writeFileSync(path, packed);
        return { ...book, pages: layout.pageCount, bytes: packed.byteLength, seconds: round((performance.now() - started) / 1000), passes: pass };
      }
      opened.destroy();
      numbers = found;
    }
    throw fail(`page numbers in the contents had not settled after ${MAX_PASSES} passes (a page reference keeps moving text across a page break).`);
  } finally {
    await page.close();
  }
}

/**
 * The last steps on the final render: give every bookmark its heading's real text (Chromium joins
 * wrapped lines without a space), then pack the file's objects into compressed object streams.
 */
async function finishPdf(page: Page, pdf: Pdf): Promise<Buffer> {
  const headings = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.textContent ?? ''));
  try {
    retitleOutline(pdf, headings);
    return savePacked(pdf);
  } finally {
    pdf.destroy();
  }
}

/** The targets of in-book links: those that show a page number (`data-xref`), and all of them. */
function linkTargets(page: Page): Promise<{ xrefs: string[]; anchors: string[] }> {
  return page.evaluate(() => {
    const targetOf = (link: Element) => decodeURIComponent((link.getAttribute('href') ?? '#').slice(1));
    const links = [...document.querySelectorAll('a[href^="#"]')];
    return {
      xrefs: [...new Set(links.filter((link) => link.hasAttribute('data-xref')).map(targetOf))],
      anchors: [...new Set(links.map(targetOf))].filter(Boolean),
    };
  });
}

/** Writes page numbers into `data-page` of every cross-reference; book.css shows them. */
async function setPageNumbers(page: Page, numbers: Map<string, string>): Promise<void> {
  await page.evaluate((entries) => {
    const byTarget = new Map(entries);
    for (const link of document.querySelectorAll('a[data-xref]')) {
      const target = decodeURIComponent((link.getAttribute('href') ?? '#').slice(1));
      link.setAttribute('data-page', byTarget.get(target) ?? '');
    }
  }, [...numbers]);
}

/**
 * Fills the placeholders that pages put next to links to a PDF, now that its size is known:
 * `data-pdf-facts="<file>"` gets "PDF, N pages, X MB", `data-pdf-size="<file>"` gets " (X MB)".
 * Returns how many pages had one.
 */
function fillPdfFacts(outDir: string, records: BookRecord[]): number {
  const facts = new Map(
    records.flatMap((record) => [
      [`facts:${record.file}`, describePdf(record)],
      [`size:${record.file}`, ` (${formatBytes(record.bytes)})`],
    ]),
  );
  let pages = 0;
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    if (/^(print|pagefind|_astro)[\\/]/.test(relative(outDir, file))) continue;
    const html = readFileSync(file, 'utf8');
    if (!/data-pdf-(facts|size)=/.test(html)) continue;
    const filled = html.replace(/(data-pdf-(facts|size)="([^"]+)"[^>]*>)[^<]*(<)/g, (whole, open: string, kind: string, file: string, close: string) => {
      const text = facts.get(`${kind}:${file}`);
      return text ? `${open}${text}${close}` : whole;
    });
    if (filled !== html) writeFileSync(file, filled);
    pages += 1;
  }
  return pages;
}

const round = (value: number) => Math.round(value * 10) / 10;
