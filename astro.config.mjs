// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './src/markdown/base-links.ts';
import { conceptComponents } from './src/markdown/concept-components.ts';
import { tables } from './src/markdown/tables.ts';
import { codeBlocks } from './src/markdown/code-blocks.ts';
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
  // The print-first book pages (src/features/books/routes/) exist only to be printed to PDF, and the search page
  // is a tool, not content (noindex), like the offline page: none belongs in the sitemap.
  // guideIntegration runs the features' build steps (PDF books, expected pages, search index, offline app) after the sitemap.
  // `optimize` compiles each page's static Markdown to HTML strings, leaving only the components as
  // JSX: less code to bundle and to run per page (at 12× content, page generation 20 s → 15.5 s).
  integrations: [mdx({ optimize: true }), sitemap({ filter: (page) => !/\/(print|search|offline)\//.test(new URL(page).pathname) }), guideIntegration()],
  markdown: {
    // Astro's own Markdown processor (Sätteri: parsing, GFM and smart punctuation in Rust), with our
    // steps as HAST plugins; `tables` is a factory so each page numbers its tables from 1.
    processor: satteri({ features: { gfm: true }, hastPlugins: [conceptComponents, baseLinks(base), () => tables(), codeBlocks] }),
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
