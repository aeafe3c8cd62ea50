// PDF figures for the built site: for each printed book, render time, page count and size, read from
// the manifest the build's PDF step writes (dist/pdf/manifest.json). `--render` prints the books again
// first (same code as the build), to time them on this machine now.
// Usage, after a build: node scripts/bench/pdf.mjs [--render]   (DIST=… BASE_PATH=… for another build)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../../src/config.ts';
import { openPdf } from '../../src/features/books/pdf/pdf-read.ts';

const dir = process.env.DIST || 'dist';
const base = config.basePath;
const manifestPath = join(dir, 'pdf', 'manifest.json');
const BUDGET = { seconds: 60, bytes: 5_000_000 };

if (process.argv.includes('--render')) {
  const { buildPdfBooks } = await import('../../src/features/books/pdf/pdf-books.ts');
  await buildPdfBooks({ outDir: dir, base, log: { info: (message) => console.log(`  ${message}`) } });
} else if (!existsSync(manifestPath)) {
  console.error(`No ${manifestPath}: build the site with PDFs first (npm run build, without GUIDE_SKIP_PDF), then run this again.`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const mb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
/** Pages as MuPDF counts them in the file on disk: a check on the manifest's own count. */
function pagesOnDisk(file) {
  const pdf = openPdf(readFileSync(file));
  try {
    return pdf.countPages();
  } finally {
    pdf.destroy();
  }
}

console.log(`PDF books in ${dir}/pdf/ (Chromium ${manifest.chromium}${manifest.browser ? `, ${manifest.browser}` : ''}; all books printed in ${manifest.seconds.toFixed(1)} s)`);
console.log(`${'book'.padEnd(34)} ${'pages'.padStart(6)} ${'size'.padStart(10)} ${'render'.padStart(8)} ${'passes'.padStart(7)}  ms/page`);
let pages = 0;
let bytes = 0;
for (const book of manifest.books) {
  const file = join(dir, 'pdf', book.file);
  const onDisk = statSync(file).size;
  const counted = pagesOnDisk(file);
  const mismatch = (onDisk !== book.bytes ? ' (size differs from manifest!)' : '') + (counted !== book.pages ? ` (the file has ${counted} pages!)` : '');
  console.log(
    `${book.file.padEnd(34)} ${String(book.pages).padStart(6)} ${mb(onDisk).padStart(10)} ${`${book.seconds.toFixed(1)} s`.padStart(8)} ${String(book.passes).padStart(7)}  ${Math.round((book.seconds * 1000) / book.pages)}${mismatch}`,
  );
  pages += book.pages;
  bytes += onDisk;
}
console.log(`${'all books'.padEnd(34)} ${String(pages).padStart(6)} ${mb(bytes).padStart(10)} ${`${manifest.seconds.toFixed(1)} s`.padStart(8)}`);
const guide = manifest.books[0];
const within = (ok) => (ok ? 'within budget' : 'OVER BUDGET');
console.log(`whole guide: ${guide.seconds.toFixed(1)} s to render (budget ${BUDGET.seconds} s: ${within(guide.seconds < BUDGET.seconds)}), ${mb(guide.bytes)} (budget 5 MB: ${within(guide.bytes < BUDGET.bytes)})`);
