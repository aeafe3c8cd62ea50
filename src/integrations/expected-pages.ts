import type { AstroIntegrationLogger } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { collectionFiles, collectionFolder } from '../guide/content-layout.ts';
import { GUIDE_BOOK_ID, PDF_DIR, bookFile, bookRoute } from '../features/books/book-files.ts';

/** Pages that exist whatever the content. */
const FIXED_PAGES = ['index.html', '404.html', 'glossary/index.html', 'questions/index.html', 'practice/index.html', 'progress/index.html', 'review/index.html', 'question-bank/index.json'];

/**
 * Fails the build when a page the content promises was not written: a concept or module dropped
 * silently (for example, MDX support missing only warns) must never reach learners. `withPdfs`:
 * whether the build printed the books (not under GUIDE_SKIP_PDF=1).
 */
export function checkExpectedPages(outDir: string, logger: AstroIntegrationLogger, { withPdfs }: { withPdfs: boolean }): void {
  const expected = [...FIXED_PAGES, ...modulePages(), ...conceptPages(), ...questionPages(), ...printedBooks(withPdfs)];
  const missing = expected.filter((page) => !existsSync(join(outDir, page)));
  if (missing.length > 0) {
    throw new Error(
      `${missing.length} of ${expected.length} expected pages were not built:\n  ${missing.join('\n  ')}\n` +
        'Check the build log above for skipped files (is the MDX integration in astro.config.mjs?).',
    );
  }
  logger.info(`all ${expected.length} expected pages built`);
}

function modulePages(): string[] {
  return collectionFiles('modules').map((file) => `modules/${basename(file, '.yaml')}/index.html`);
}

/** When the build printed the books: each one's print-first page and its PDF. */
function printedBooks(withPdfs: boolean): string[] {
  if (!withPdfs) return [];
  const ids = [GUIDE_BOOK_ID, ...modulePages().map((page) => page.split('/')[1]!)];
  return ids.flatMap((id) => [`${bookRoute(id)}index.html`, `${PDF_DIR}/${bookFile(id)}`]);
}

function conceptPages(): string[] {
  return collectionFiles('concepts').map((file) => `concepts/${basename(file, '.mdx')}/index.html`);
}

/** A page per question id, at questions/<id>/ (ids read straight from the YAML, so a dropped page is caught). */
function questionPages(): string[] {
  const folder = collectionFolder('questions');
  return collectionFiles('questions').flatMap((file) => {
    const data = parseYaml(readFileSync(join(folder, file), 'utf8')) as { questions?: { id?: unknown }[] } | null;
    return (data?.questions ?? []).flatMap((question) => (typeof question.id === 'string' ? [`questions/${question.id}/index.html`] : []));
  });
}
