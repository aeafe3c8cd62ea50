// Names shared by the print pages, the PDF build step and the benchmark: which PDF files exist,
// where their print-first pages are, and how their facts are shown to learners.

/** The folder of the PDFs inside the built site. */
export const PDF_DIR = 'pdf';
/** The PDF step records what it wrote here (inside PDF_DIR), for the bench and the tests. */
export const PDF_MANIFEST = 'manifest.json';
/** The folder of the print-first book pages inside the built site (routes/print-routes.ts). */
const PRINT_DIR = 'print';
/** The list of books, written by the print pages (inside the built site), read by the PDF step. */
export const BOOKS_FILE = `${PRINT_DIR}/books.json`;
/** The printed books' running headers, a stylesheet the print pages load (routes/running-heads.css.ts). */
export const RUNNING_HEADS_FILE = `${PRINT_DIR}/running-heads.css`;
/** The whole guide's PDF, without `.pdf`. */
export const GUIDE_BOOK_ID = 'genai-study-guide';

/** One book to print: a print-first route of the site and the PDF made from it. */
export interface BookSpec {
  /** `genai-study-guide`, or a module id. */
  id: string;
  /** The PDF's file name inside PDF_DIR. */
  file: string;
  /** The print-first page, relative to the site's base ("print/guide/"). */
  route: string;
  title: string;
}

/** What the PDF step measured for one book. */
export interface BookRecord extends BookSpec {
  pages: number;
  bytes: number;
  /** Wall-clock seconds for every pass of this book. */
  seconds: number;
  passes: number;
  /** The browser that printed it ("156.0.8078.129"). */
  chromium?: string;
  /** True when this build copied it from the PDF cache instead of printing it. */
  reused?: boolean;
}

/** The manifest the PDF step writes. */
export interface PdfManifest {
  chromium: string;
  /** Which Chromium printed them (see src/local-site/browser.ts). */
  browser: string;
  seconds: number;
  books: BookRecord[];
}

export const bookFile = (id: string) => `${id}.pdf`;

/** A book's print-first page, relative to the site's base: `print/guide/` or `print/modules/<id>/`. */
export const bookRoute = (id: string) => (id === GUIDE_BOOK_ID ? `${PRINT_DIR}/guide/` : `${PRINT_DIR}/modules/${id}/`);

/** "2.4 MB", "380 KB": sizes as a learner deciding whether to download reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** "PDF, 312 pages, 2.4 MB": what a download link says about its file. */
export function describePdf(record: Pick<BookRecord, 'pages' | 'bytes'>): string {
  return `PDF, ${record.pages} ${record.pages === 1 ? 'page' : 'pages'}, ${formatBytes(record.bytes)}`;
}
