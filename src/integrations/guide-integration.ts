import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { PRINT_ROUTES } from '../features/books/routes/print-routes.ts';
import { checkExpectedPages } from './expected-pages.ts';
import { writeSecurityHeaders } from './security-headers.ts';

/**
 * The guide's one Astro integration. It adds the print-first book pages when the build prints PDFs
 * (and always in dev). Once every page is written, it runs the features' build steps
 * in order: print the PDF books (GUIDE_SKIP_PDF=1 skips them), check that every page the content
 * promises was built (the PDFs among them, hence after), then index the site for search
 * (GUIDE_SKIP_SEARCH=1 skips it), write the security headers (_headers) from the pages' policy, and
 * last the offline app, whose service worker precaches all of that (GUIDE_OFFLINE=0 leaves it out).
 * Each step logs under its own label. The three heavy steps are imported when they run, not when
 * Astro loads its config (MuPDF's WebAssembly and the rest cost about 150 ms on every start).
 */
export function guideIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'genai-guide',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev' || !config.skipPdf) for (const route of PRINT_ROUTES) injectRoute(route);
      },
      'astro:config:done': ({ config: astroConfig }) => {
        base = astroConfig.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);

        const pdfLog = logger.fork('genai-guide:pdf-books');
        if (config.skipPdf) pdfLog.info('GUIDE_SKIP_PDF=1: PDFs not built');
        else await (await import('../features/books/pdf/pdf-books.ts')).buildPdfBooks({ outDir, base, log: pdfLog });

        checkExpectedPages(outDir, logger.fork('genai-guide:expected-pages'), { withPdfs: !config.skipPdf });

        const searchLog = logger.fork('genai-guide:search-index');
        if (config.skipSearch) searchLog.info('GUIDE_SKIP_SEARCH=1: search index not built');
        else await (await import('../features/search/search-index.ts')).buildSearchIndex(outDir, searchLog);

        writeSecurityHeaders(outDir, logger.fork('genai-guide:security-headers'));

        const offlineLog = logger.fork('genai-guide:offline');
        if (!config.offline) offlineLog.info('GUIDE_OFFLINE=0: no service worker or web app manifest');
        else await (await import('../features/offline/service-worker.ts')).buildOfflineApp({ outDir, base, log: offlineLog });
      },
    },
  };
}
