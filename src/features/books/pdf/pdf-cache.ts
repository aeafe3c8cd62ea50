// Reuses PDFs across builds. A book is printed again only when something it is printed from changed:
// its print page's HTML, the stylesheets, scripts, images and fonts that page loads, the browser, or
// the code that prints and post-processes it. Each book's key is a SHA-256 of all of these; the cache
// keeps the last PDF of each book with its key, its record and the page numbers its contents showed
// (a changed book starts from those numbers, so it usually needs one pass instead of two).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BookRecord, BookSpec } from '../book-files.ts';

/** What the cache keeps of a book besides its PDF. */
export interface CachedBook {
  /** The key the PDF was printed under (bookKey). */
  key: string;
  record: BookRecord;
  /** Cross-reference target → page number shown, as in the final render. */
  numbers: Record<string, string>;
}

/** This folder's source: the printing and post-processing code. A change here re-prints every book. */
const PRINTING_CODE = dirname(fileURLToPath(import.meta.url));

/**
 * What identifies the printer: the browser binary (real path, size, modification time: an upgrade
 * replaces the file), the versions of the libraries that drive it and rewrite its output, and the
 * source of this folder. Computed once per build, without starting the browser.
 */
export function printerFingerprint(executablePath: string): string {
  const hash = createHash('sha256');
  const binary = realpathSync(executablePath);
  const { size, mtimeMs } = statSync(binary);
  hash.update(`browser ${binary} ${size} ${mtimeMs}\n`);
  for (const name of ['playwright-core', 'mupdf']) {
    const manifest = join('node_modules', name, 'package.json');
    hash.update(`${name} ${existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : '-'}\n`);
  }
  for (const file of readdirSync(PRINTING_CODE).sort()) hash.update(file).update(readFileSync(join(PRINTING_CODE, file)));
  return hash.digest('hex');
}

/**
 * A book's key (undefined when its print page is missing): the printer's fingerprint, the print page's HTML and every same-site file it loads
 * (`href`/`src` attributes, and `url()` inside its stylesheets, for fonts and images).
 */
export function bookKey(outDir: string, base: string, book: BookSpec, printer: string): string | undefined {
  const page = join(outDir, book.route, 'index.html');
  if (!existsSync(page)) return undefined; // printing it fails with the reason
  const hash = createHash('sha256').update(printer).update(book.file);
  const html = readFileSync(page, 'utf8');
  hash.update(html);
  const seen = new Set<string>();
  const addFile = (path: string | undefined) => {
    if (path === undefined || seen.has(path)) return;
    seen.add(path);
    const file = join(outDir, path);
    const bytes = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    hash.update(`\0${path}\0`).update(bytes ?? 'missing');
    if (bytes && path.endsWith('.css')) {
      for (const [, url = ''] of bytes.toString('utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) addFile(sitePath(url, path, base));
    }
  };
  for (const [, url = ''] of html.matchAll(/<(?:link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]+)"/g)) addFile(sitePath(url, book.route, base));
  return hash.digest('hex');
}

/** A URL as written in a page or stylesheet → the file's path inside the built site, or undefined when it is elsewhere. */
function sitePath(url: string, from: string, base: string): string | undefined {
  if (/^(data:|#)/.test(url)) return undefined;
  const resolved = new URL(url, new URL(from, `https://site.invalid${base}`));
  if (resolved.origin !== 'https://site.invalid' || !resolved.pathname.startsWith(base)) return undefined;
  return decodeURIComponent(resolved.pathname.slice(base.length));
}

/** The cache folder: one `<book id>.pdf` and `<book id>.json` per book. */
export class PdfCache {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** What the cache holds for a book (whatever its key), or undefined. */
  read(bookId: string): CachedBook | undefined {
    try {
      const entry = JSON.parse(readFileSync(this.#entryFile(bookId), 'utf8')) as CachedBook;
      return existsSync(this.#pdfFile(bookId)) && statSync(this.#pdfFile(bookId)).size === entry.record.bytes ? entry : undefined;
    } catch {
      return undefined; // nothing cached yet, or an unreadable entry: print the book
    }
  }

  /** Copies the cached PDF of a book to `path`. */
  copyTo(bookId: string, path: string): void {
    copyFileSync(this.#pdfFile(bookId), path);
  }

  /** Keeps a freshly printed PDF (already written at `path`) and what is known about it. */
  store(bookId: string, path: string, entry: CachedBook): void {
    mkdirSync(this.#dir, { recursive: true });
    copyFileSync(path, this.#pdfFile(bookId));
    writeFileSync(this.#entryFile(bookId), `${JSON.stringify(entry)}\n`);
  }

  #entryFile = (bookId: string) => join(this.#dir, `${bookId}.json`);
  #pdfFile = (bookId: string) => join(this.#dir, `${bookId}.pdf`);
}
