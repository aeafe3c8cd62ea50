import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPdfBooks } from '../../../src/features/books/pdf/pdf-books.ts';
import { openPdf, pageText, readOutline, readPdfLayout } from '../../../src/features/books/pdf/pdf-read.ts';

// The PDF step on tiny hand-made sites: the two-pass page numbers, the repaired bookmarks, and the
// messages a build fails with. Uses the real Chromium (as the build does).
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(pages: Record<string, string>, books = [{ id: 'tiny', file: 'tiny.pdf', route: 'print/tiny/', title: 'Tiny' }]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-books-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries({ 'print/books.json': JSON.stringify(books), ...pages })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
const quiet = { info: () => {} };
const filler = (n: number) => `<p>${'Words that fill the page. '.repeat(n)}</p>`;

const BOOK = `<!doctype html><html lang="en"><head><title>Tiny book</title><link rel="icon" href="data:,">
<style>a[data-page]::after { content: ' ' attr(data-page); } section { break-before: page; } body { width: 12cm; }</style></head>
<body><h1>Tiny book</h1>
<nav><a href="#first" data-xref>First</a> <a href="#late" data-xref>A heading that is long enough to wrap onto a second line in the outline</a></nav>
<section><h1 id="first">First</h1>${filler(400)}</section>
<section><h1 id="late">A heading that is long enough to wrap onto a second line in the outline</h1>${filler(20)}</section>
<p><a href="/tiny/">A link to the site page on the site</a></p>
<p><a href="#first">Back to the start</a></p></body></html>`;

describe('printing a book', () => {
  it('fills in page numbers from a first render, prints again, repairs the bookmarks and packs the file', async () => {
    const dir = site({ 'print/tiny/index.html': BOOK, 'index.html': '<p>Get it: <span data-pdf-facts="tiny.pdf">PDF</span><span data-pdf-size="tiny.pdf"></span></p>' });
    const manifest = await buildPdfBooks({ outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache') });
    const pdf = readFileSync(join(dir, 'pdf/tiny.pdf'));
    const book = openPdf(pdf);
    const layout = readPdfLayout(book);
    expect(manifest.books).toEqual([expect.objectContaining({ file: 'tiny.pdf', pages: layout.pageCount, bytes: pdf.length, passes: 2 })]);
    expect(layout.destinations.get('first')).toBe(2);
    const late = layout.destinations.get('late')!;
    expect(late).toBeGreaterThan(2);
    // The contents on page 1 name the pages the headings landed on.
    const contents = pageText(book, 1, 1).replace(/\s+/g, ' ');
    expect(contents).toContain('First 2');
    expect(contents).toContain(`second line in the outline ${late}`);
    const outline = readOutline(book);
    expect(outline.map((item) => item.title)).toEqual(['Tiny book', 'First', 'A heading that is long enough to wrap onto a second line in the outline']);
    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.5');
    expect(JSON.parse(readFileSync(join(dir, 'pdf/manifest.json'), 'utf8')).books[0].pages).toBe(layout.pageCount);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toMatch(
      new RegExp(`data-pdf-facts="tiny.pdf">PDF, ${layout.pageCount} pages, \\d+ KB</span><span data-pdf-size="tiny.pdf"> \\(\\d+ KB\\)</span>`),
    );
  }, 60_000);
});

describe('printing again', () => {
  it('copies an unchanged book from the cache, and prints a changed one in one pass from its last page numbers', async () => {
    const dir = site({ 'print/tiny/index.html': BOOK });
    const options = { outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache') };
    const first = await buildPdfBooks(options);
    expect(first.books[0]).toMatchObject({ passes: 2 });
    expect(first.books[0]!.reused).toBeUndefined();

    const unchanged = await buildPdfBooks(options);
    expect(unchanged.books[0]).toMatchObject({ reused: true, pages: first.books[0]!.pages, bytes: first.books[0]!.bytes });

    // A change that moves no heading: the last print's page numbers still hold, so one render is final.
    writeFileSync(join(dir, 'print/tiny/index.html'), BOOK.replace('<h1>Tiny book</h1>', '<h1>Tiny book, revised</h1>'));
    const changed = await buildPdfBooks(options);
    expect(changed.books[0]).toMatchObject({ passes: 1 });
    expect(changed.books[0]!.reused).toBeUndefined();
    const contents = pageText(openPdf(readFileSync(join(dir, 'pdf/tiny.pdf'))), 1, 1).replace(/\s+/g, ' ');
    expect(contents).toContain('Tiny book, revised');
    expect(contents).toContain('First 2');
  }, 90_000);
});

describe('the build fails with a message that says what to do', () => {
  it('when there is no Chromium', async () => {
    const dir = site({ 'print/tiny/index.html': BOOK });
    const missing = () => Promise.reject(new Error('No Chromium found. Install one.'));
    await expect(buildPdfBooks({ outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache'), findBrowser: missing })).rejects.toThrow(
      /The PDFs need Chromium, and none was found\. No Chromium found\. Install one\.\nTo build the site without PDFs, run: GUIDE_SKIP_PDF=1 npm run build/,
    );
  });

  it('when the browser it found cannot start', async () => {
    const dir = site({ 'print/tiny/index.html': BOOK });
    const broken = async () => ({ executablePath: '/bin/false', args: [], source: 'CHROMIUM_PATH (/bin/false)' });
    await expect(buildPdfBooks({ outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache'), findBrowser: broken })).rejects.toThrow(
      /Chromium could not start: CHROMIUM_PATH \(\/bin\/false\)\.[\s\S]*Point CHROMIUM_PATH at another Chromium or Chrome binary, or set GUIDE_BROWSER=bundled/,
    );
  }, 60_000);

  it('when a print page was not built', async () => {
    const dir = site({});
    await expect(buildPdfBooks({ outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache') })).rejects.toThrow(/PDF tiny\.pdf: the print page answered HTTP 404/);
  }, 60_000);

  it('when a page links to an anchor that does not exist', async () => {
    const dir = site({ 'print/tiny/index.html': BOOK.replace('<a href="#first">Back', '<a href="#nowhere">Back') });
    await expect(buildPdfBooks({ outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache') })).rejects.toThrow(/PDF tiny\.pdf: links point at anchors that nothing on the page has: #nowhere/);
  }, 60_000);

  it('when a page fails to load what it needs', async () => {
    const dir = site({ 'print/tiny/index.html': BOOK.replace('</head>', '<link rel="stylesheet" href="/missing.css"></head>') });
    await expect(buildPdfBooks({ outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache') })).rejects.toThrow(/did not render cleanly[\s\S]*HTTP 404: .*\/missing\.css/);
  }, 60_000);

  it('when the site has no list of books', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-books-'));
    dirs.push(dir);
    await expect(buildPdfBooks({ outDir: dir, base: '/', log: quiet, cacheDir: join(dir, 'pdf-cache') })).rejects.toThrow('The PDF step needs print/books.json');
  });
});
