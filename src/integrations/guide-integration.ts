import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { buildPdfBooks } from '../features/books/pdf/pdf-books.ts';
import { buildSearchIndex } from '../features/search/search-index.ts';
import { checkExpectedPages } from './expected-pages.ts';
import { writeSecurityHeaders } from './security-headers.ts';

/**
 * The guide's one Astro integration: once every page is written, it runs the features' build steps
 * in order: print the PDF books (GUIDE_SKIP_PDF=1 skips them), check that every page the content
 * promises was built (the PDFs among them, hence after), then index the site for search
 * (GUIDE_SKIP_SEARCH=1 skips it), and write the security headers (_headers) from the pages' policy.
 * Each step logs under its own label.
 */
export function guideIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'genai-guide',
    hooks: {
      'astro:config:done': ({ config: astroConfig }) => {
        base = astroConfig.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);

        const pdfLog = logger.fork('genai-guide:pdf-books');
        if (config.skipPdf) pdfLog.info('GUIDE_SKIP_PDF=1: PDFs not built');
        else await buildPdfBooks({ outDir, base, log: pdfLog });

        checkExpectedPages(outDir, logger.fork('genai-guide:expected-pages'), { withPdfs: !config.skipPdf });

        const searchLog = logger.fork('genai-guide:search-index');
        if (config.skipSearch) searchLog.info('GUIDE_SKIP_SEARCH=1: search index not built');
        else await buildSearchIndex(outDir, searchLog);

        writeSecurityHeaders(outDir, logger.fork('genai-guide:security-headers'));
      },
    },
  };
}
