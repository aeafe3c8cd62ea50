import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../content-dir.ts';
import { GUIDE_BOOK_ID, PDF_DIR, bookFile } from '../lib/book-files.ts';

/** Pages that exist whatever the content. */
const FIXED_PAGES = ['index.html', '404.html', 'glossary/index.html', 'questions/index.html', 'practice/index.html', 'progress/index.html', 'review/index.html', 'question-bank/index.json'];

/**
 * Fails the build when a page the content promises was not written: a concept or module dropped
 * silently (for example, MDX support missing only warns) must never reach learners.
 */
export function expectedPages(): AstroIntegration {
  return {
    name: 'genai-guide:expected-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const expected = [...FIXED_PAGES, ...modulePages(), ...conceptPages(), ...questionPages(), ...printedBooks()];
        const missing = expected.filter((page) => !existsSync(join(out, page)));
        if (missing.length > 0) {
          throw new Error(
            `${missing.length} of ${expected.length} expected pages were not built:\n  ${missing.join('\n  ')}\n` +
              'Check the build log above for skipped files (is the MDX integration in astro.config.mjs?).',
          );
        }
        logger.info(`all ${expected.length} expected pages built`);
      },
    },
  };
}

function modulePages(): string[] {
  return readdirSync(join(contentDir, 'modules'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => `modules/${basename(file, '.yaml')}/index.html`);
}

/** The print-first page of each book, and its PDF unless the build skips them (GUIDE_SKIP_PDF=1). */
function printedBooks(): string[] {
  const moduleIds = modulePages().map((page) => page.split('/')[1]!);
  const pages = ['print/guide/index.html', ...moduleIds.map((id) => `print/modules/${id}/index.html`)];
  if (process.env['GUIDE_SKIP_PDF'] === '1') return pages;
  return [...pages, ...[GUIDE_BOOK_ID, ...moduleIds].map((id) => `${PDF_DIR}/${bookFile(id)}`)];
}

function conceptPages(): string[] {
  return readdirSync(join(contentDir, 'concepts'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) => readdirSync(join(contentDir, 'concepts', folder.name)))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `concepts/${basename(file, '.mdx')}/index.html`);
}

/** A page per question id, at questions/<id>/ (ids read straight from the YAML, so a dropped page is caught). */
function questionPages(): string[] {
  const folder = join(contentDir, 'questions');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const data = parseYaml(readFileSync(join(folder, file), 'utf8')) as { questions?: { id?: unknown }[] } | null;
      return (data?.questions ?? []).flatMap((question) => (typeof question.id === 'string' ? [`questions/${question.id}/index.html`] : []));
    });
}
