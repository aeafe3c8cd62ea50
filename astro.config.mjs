// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeBaseLinks } from './src/markdown/rehype-base-links.mjs';
import { remarkConceptComponents } from './src/markdown/remark-concept-components.mjs';
import { rehypeTables } from './src/markdown/rehype-tables.mjs';
import { rehypeCodeBlocks } from './src/markdown/rehype-code-blocks.mjs';
import { expectedPages } from './src/integrations/expected-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { pdfBooks } from './src/integrations/pdf-books.ts';
import { securityHeaders, themeScriptHash } from './src/integrations/security-headers.ts';

// Where the site is published. BASE_PATH serves it under a sub-path (e.g. /guide/);
// SITE_URL is the public origin used for canonical URLs, Open Graph and the sitemap.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || 'https://genai-study-guide.example';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Tests that build throwaway content point the cache elsewhere so they never disturb the real one.
  ...(process.env.GUIDE_CACHE_DIR ? { cacheDir: process.env.GUIDE_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // The print-first book pages (src/pages/print/) exist only to be printed to PDF, and the search page
  // is a tool, not content (noindex): neither belongs in the sitemap.
  // The PDF step runs before expectedPages so that the PDFs are among the files it checks.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(print|search)\//.test(new URL(page).pathname) }), pdfBooks(), expectedPages(), searchIndex(), securityHeaders()],
  markdown: {
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkConceptComponents], rehypePlugins: [[rehypeBaseLinks, { base }], rehypeTables, rehypeCodeBlocks] }),
    // Prism emits classes, not inline styles, so it works under the content security policy.
    syntaxHighlight: 'prism',
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind runs WebAssembly; GFM table alignment writes style attributes. The inline theme script
      // is hashed, so this policy also works as an HTTP header (dist/_headers, src/integrations/security-headers.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeScriptHash()] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
