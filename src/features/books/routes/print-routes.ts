import type { InjectedRoute } from 'astro';
import { BOOKS_FILE, PRINT_DIR } from '../book-files.ts';

/**
 * The print-first book pages and the two files they need. They exist only to be printed to PDF, so
 * the build adds them when it prints the books (src/integrations/guide-integration.ts): a build with
 * GUIDE_SKIP_PDF=1 spends nothing on them (at 12× content the whole-guide page alone is 20 MB of
 * HTML). The dev server always has them, to preview the print layout in a browser.
 */
export const PRINT_ROUTES: readonly InjectedRoute[] = [
  { pattern: `/${PRINT_DIR}/guide`, entrypoint: new URL('./guide-book.astro', import.meta.url) },
  { pattern: `/${PRINT_DIR}/modules/[module]`, entrypoint: new URL('./module-book.astro', import.meta.url) },
  { pattern: `/${BOOKS_FILE}`, entrypoint: new URL('./books.json.ts', import.meta.url) },
  { pattern: `/${PRINT_DIR}/running-heads.css`, entrypoint: new URL('./running-heads.css.ts', import.meta.url) },
];
