import type { InjectedRoute } from 'astro';
import { BOOKS_FILE, GUIDE_BOOK_ID, RUNNING_HEADS_FILE, bookRoute } from '../book-files.ts';

/** Astro's route pattern for a book's page: its route without the trailing slash. */
const bookPattern = (id: string) => `/${bookRoute(id).replace(/\/$/, '')}`;

/**
 * The print-first book pages and the two files they need. They exist only to be printed to PDF, so
 * the build adds them when it prints the books (src/integrations/guide-integration.ts): a build with
 * GUIDE_SKIP_PDF=1 spends nothing on them (at 12× content the whole-guide page alone is 20 MB of
 * HTML). The dev server always has them, to preview the print layout in a browser.
 */
export const PRINT_ROUTES: readonly InjectedRoute[] = [
  { pattern: bookPattern(GUIDE_BOOK_ID), entrypoint: new URL('./guide-book.astro', import.meta.url) },
  { pattern: bookPattern('[module]'), entrypoint: new URL('./module-book.astro', import.meta.url) },
  { pattern: `/${BOOKS_FILE}`, entrypoint: new URL('./books.json.ts', import.meta.url) },
  { pattern: `/${RUNNING_HEADS_FILE}`, entrypoint: new URL('./running-heads.css.ts', import.meta.url) },
];
