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
import { config } from './src/config.ts';
import { guideIntegration } from './src/integrations/guide-integration.ts';
import { themeScriptHash } from './src/integrations/security-headers.ts';

// Where the site is published (BASE_PATH, SITE_URL) and every other setting: src/config.ts.
const base = config.basePath;

export default defineConfig({
  site: config.siteUrl,
  base,
  trailingSlash: 'always',
  // Tests that build throwaway content point the cache elsewhere so they never disturb the real one.
  ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}),
  build: { format: 'directory' },
  // The print-first book pages (src/pages/print/) exist only to be printed to PDF, and the search page
  // is a tool, not content (noindex), like the offline page: none belongs in the sitemap.
  // guideIntegration runs the features' build steps (PDF books, expected pages, search index, offline app) after the sitemap.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(print|search|offline)\//.test(new URL(page).pathname) }), guideIntegration()],
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
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks every MDX entry's asset wrapper with its own "use astro:head-inject" directive, which
        // Astro reads before bundling; the bundler then warns once per concept page that it drops the
        // directive. Only that warning is silenced, so any other warning still shows in the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
