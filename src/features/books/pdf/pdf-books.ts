import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BOOKS_FILE, PDF_DIR, PDF_MANIFEST, describePdf, formatBytes, type BookRecord, type BookSpec, type PdfManifest } from '../book-files.ts';
import { availableParallelism } from 'node:os';
import { config } from '../../../config.ts';
import { PdfCache, bookKey, printerFingerprint, type CachedBook } from './pdf-cache.ts';
import { retitleOutline, savePacked } from './pdf-finish.ts';
import { openPdf, readPdfLayout, type Pdf } from './pdf-read.ts';
import { findBrowser, startBrowser, type BrowserChoice } from '../../../local-site/browser.ts';
import { startStaticServer } from '../../../local-site/static-server.ts';

/** The options every book is printed with: tagged, with a bookmark outline, page size from CSS. */
const PDF_OPTIONS = { format: 'A4', printBackground: true, outline: true, tagged: true, preferCSSPageSize: true } as const;
/** A first pass only measures where headings land: no tags or outline needed yet. */
const MEASURE_OPTIONS = { ...PDF_OPTIONS, outline: false, tagged: false } as const;
/** Page numbers in the contents can move the text after them; stop if they have not settled by then. */
const MAX_PASSES = 4;
/** The class book.css reads during a measuring render. */
const MEASURING_CLASS = 'book-measuring';
/** Shown in place of page numbers in the first pass, as wide as a typical number. */
const PLACEHOLDER = '00';

/** Something that prints progress: Astro's logger, or console in scripts. */
interface Log {
  info(message: string): void;
}

/** What buildPdfBooks needs: the built site, its base path, where to log; the browser and the cache folder are replaceable for tests. */
export interface PdfBooksOptions {
  outDir: string;
  base: string;
  log: Log;
  findBrowser?: () => Promise<BrowserChoice>;
  cacheDir?: string;
}

/** A book to print, with what the cache knows of it. */
interface PrintJob {
  book: BookSpec;
  key: string | undefined;
  /** The page numbers of the book's last render, if any: the first guess for this one. */
  previous: CachedBook | undefined;
}

/**
 * The PDF build step: prints the books of the built site to PDF with Chromium once every page is
 * written: the whole guide and one book per module (the list comes from `print/books.json`), into
 * `dist/pdf/`, with their manifest, and puts their size on the pages that link to them. A book whose
 * print page, styles and printer are unchanged since a build that printed it is copied from the cache
 * (pdf-cache.ts) instead; the others print concurrently, one browser page per core. A missing
 * Chromium or a page that fails to render fails the build (src/integrations/guide-integration.ts runs it).
 */
export async function buildPdfBooks({ outDir, base, log, findBrowser: find = findBrowser, cacheDir = config.pdfCacheDir }: PdfBooksOptions): Promise<PdfManifest> {
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
  const { chromium } = await import('playwright-core');
  const printer = printerFingerprint(choice.executablePath ?? chromium.executablePath());
  const cache = new PdfCache(cacheDir);
  mkdirSync(join(outDir, PDF_DIR), { recursive: true });

  const records = new Map<string, BookRecord>();
  const jobs: PrintJob[] = [];
  for (const book of books) {
    const key = bookKey(outDir, base, book, printer);
    const cached = cache.read(book.id);
    if (key !== undefined && cached?.key === key) {
      cache.copyTo(book.id, join(outDir, PDF_DIR, book.file));
      records.set(book.id, { ...cached.record, reused: true });
    } else jobs.push({ book, key, previous: cached });
  }
  if (records.size > 0) log.info(`reused ${pdfs(records.size)} (unchanged) from ${cacheDir}: ${[...records.values()].map((record) => record.file).join(', ')}`);

  let chromiumVersion = books.map((book) => records.get(book.id)?.chromium).find(Boolean) ?? '';
  if (jobs.length > 0) {
    const workers = Math.min(availableParallelism(), jobs.length);
    log.info(`printing ${pdfs(jobs.length)} (changed: ${jobs.map((job) => job.book.file).join(', ')}), ${workers} at a time`);
    const { server, url } = await startStaticServer({ dir: outDir, base });
    let browser: Browser | undefined;
    try {
      browser = await startBrowser(choice);
      chromiumVersion = browser.version();
      log.info(`Printing with Chromium ${chromiumVersion}: ${choice.source}`);
      const queue = [...jobs];
      const printNext = async (open: Browser): Promise<void> => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const path = join(outDir, PDF_DIR, job.book.file);
          const { record, numbers } = await printBook(open, job.book, new URL(job.book.route, url).href, path, log, job.previous?.numbers);
          const full = { ...record, chromium: chromiumVersion };
          if (job.key !== undefined) cache.store(job.book.id, path, { key: job.key, record: full, numbers });
          records.set(job.book.id, full);
          log.info(
            `${PDF_DIR}/${job.book.file}: ${record.pages} pages, ${formatBytes(record.bytes)}, ${record.passes} ${record.passes === 1 ? 'pass' : 'passes'} in ${record.seconds.toFixed(1)} s ` +
              `(${records.size} of ${books.length} PDFs ready)`,
          );
        }
      };
      await Promise.all(Array.from({ length: workers }, () => printNext(browser!)));
    } finally {
      await browser?.close();
      server.close();
    }
  }

  const ordered = books.map((book) => records.get(book.id)!);
  const manifest: PdfManifest = { chromium: chromiumVersion, browser: choice.source, seconds: round((performance.now() - started) / 1000), books: ordered };
  writeFileSync(join(outDir, PDF_DIR, PDF_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const linked = fillPdfFacts(outDir, ordered);
  const pages = ordered.reduce((sum, record) => sum + record.pages, 0);
  log.info(`${ordered.length} PDFs (${jobs.length} printed, ${ordered.length - jobs.length} reused), ${pages} pages in ${manifest.seconds.toFixed(1)} s; sizes shown on ${linked} pages`);
  return manifest;
}

function readBooks(outDir: string): BookSpec[] {
  try {
    return JSON.parse(readFileSync(join(outDir, BOOKS_FILE), 'utf8')) as BookSpec[];
  } catch (cause) {
    throw new Error(`The PDF step needs ${BOOKS_FILE} in the built site (written by src/features/books/routes/books.json.ts), and could not read it.`, { cause });
  }
}

/**
 * Prints one book. The contents and cross-references need the page each heading lands on, which only
 * a render can tell (Chromium has no `target-counter()`): render, read the page of every link target
 * from the PDF's named destinations, write the numbers into the page, render again until they hold.
 * The first render starts from the numbers of the book's last print when there is one (usually still
 * right, so one pass is enough), else from placeholders in a quicker measuring render.
 */
async function printBook(
  browser: Browser,
  book: BookSpec,
  url: string,
  path: string,
  log: Log,
  previous: Record<string, string> | undefined,
): Promise<{ record: BookRecord; numbers: Record<string, string> }> {
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
    if (!response?.ok()) throw fail(`the print page answered HTTP ${response?.status()} (was it built? see src/features/books/routes/print-routes.ts).`);
    await page.evaluate(() => document.fonts.ready);
    if (problems.length > 0) throw fail('the print page did not render cleanly.');

    const { xrefs, anchors } = await linkTargets(page);
    // A render is final when its numbers were measured before: the last print's, or an earlier pass's.
    const guessed = previous !== undefined && xrefs.every((target) => previous[target] !== undefined);
    let numbers = new Map(xrefs.map((target) => [target, guessed ? previous[target]! : PLACEHOLDER]));
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      await setPageNumbers(page, numbers);
      const passStarted = performance.now();
      const final = pass > 1 || guessed || xrefs.length === 0;
      await setMeasuring(page, !final);
      const pdf = await page.pdf(final ? PDF_OPTIONS : MEASURE_OPTIONS).catch((cause: unknown) => {
        throw fail(`Chromium could not print pass ${pass}.`, cause);
      });
      const opened = openPdf(pdf);
      const layout = readPdfLayout(opened);
      log.info(`${PDF_DIR}/${book.file}: pass ${pass}, ${layout.pageCount} pages in ${((performance.now() - passStarted) / 1000).toFixed(1)} s`);
      const missing = anchors.filter((anchor) => !layout.destinations.has(anchor));
      if (missing.length > 0) throw fail(`links point at anchors that nothing on the page has: #${missing.join(', #')}`);
      const found = new Map(xrefs.map((target) => [target, String(layout.destinations.get(target))]));
      if (final && xrefs.every((target) => numbers.get(target) === found.get(target))) {
        if (problems.length > 0) throw fail('the print page reported problems while printing.');
        const packed = await finishPdf(page, opened);
        writeFileSync(path, packed);
        const record = { ...book, pages: layout.pageCount, bytes: packed.byteLength, seconds: round((performance.now() - started) / 1000), passes: pass };
        return { record, numbers: Object.fromEntries(found) };
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

/** Marks a measuring render: book.css then paints only link targets (same layout, less to print). */
async function setMeasuring(page: Page, measuring: boolean): Promise<void> {
  await page.evaluate(([name, on]) => document.documentElement.classList.toggle(name, on), [MEASURING_CLASS, measuring] as const);
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
    // Most pages link no PDF: look for the attribute in the bytes before decoding the whole page.
    const bytes = readFileSync(file);
    if (bytes.indexOf('data-pdf-') === -1) continue;
    const html = bytes.toString('utf8');
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
const pdfs = (count: number) => `${count} ${count === 1 ? 'PDF' : 'PDFs'}`;
