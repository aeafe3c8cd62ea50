import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { config } from '../config.ts';
import { PRINT_ROUTES } from '../features/books/routes/print-routes.ts';
import { checkExpectedPages } from './expected-pages.ts';
import { writeSecurityHeaders } from './security-headers.ts';

/**
 * The guide's one Astro integration. It adds the print-first book pages when the build prints PDFs
 * (and always in dev). Once every page is written, it runs the features' build steps: the PDF books
 * (GUIDE_SKIP_PDF=1 skips them) and the search index (GUIDE_SKIP_SEARCH=1 skips it) side by side,
 * then the check that every page the content promises was built (the PDFs among them), the security
 * headers (_headers) from the pages' policy, and last the offline app, whose service worker precaches
 * all of that (GUIDE_OFFLINE=0 leaves it out). Each step logs under its own label. The three heavy
 * steps are imported when they run, not when Astro loads its config (MuPDF's WebAssembly and the rest
 * cost about 150 ms on every start).
 *
 * Why the index can be built while the books print: the only change the PDF step makes to pages is
 * the PDF facts it writes into them at its end ("PDF, 62 pages, 610 KB"), and those sit inside
 * `data-pagefind-ignore` (PdfLinks.astro, PageMeta.astro; e2e/pdf-books.spec.ts checks it), so the
 * index is the same before or after. Both the search step's reading of pages and the PDF step's
 * writing of facts are synchronous loops, so neither ever sees a page half written by the other.
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
        const searchLog = logger.fork('genai-guide:search-index');
        const steps = await Promise.allSettled([
          config.skipPdf
            ? pdfLog.info('GUIDE_SKIP_PDF=1: PDFs not built')
            : import('../features/books/pdf/pdf-books.ts').then(({ buildPdfBooks }) => buildPdfBooks({ outDir, base, log: pdfLog })),
          config.skipSearch
            ? searchLog.info('GUIDE_SKIP_SEARCH=1: search index not built')
            : import('../features/search/search-index.ts').then(({ buildSearchIndex }) => buildSearchIndex(outDir, searchLog)),
        ]);
        for (const step of steps) if (step.status === 'rejected') throw step.reason;

        checkExpectedPages(outDir, logger.fork('genai-guide:expected-pages'), { withPdfs: !config.skipPdf });

        writeSecurityHeaders(outDir, logger.fork('genai-guide:security-headers'));

        const offlineLog = logger.fork('genai-guide:offline');
        if (!config.offline) offlineLog.info('GUIDE_OFFLINE=0: no service worker or web app manifest');
        else await (await import('../features/offline/service-worker.ts')).buildOfflineApp({ outDir, base, log: offlineLog });
      },
    },
  };
}
