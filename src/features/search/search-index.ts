import type { AstroIntegrationLogger } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  NOT_INDEXED_SELECTORS,
  SEARCHABLE_KINDS,
  buildVocabulary,
  indexedText,
  pageKindOf,
  prepareForIndexing,
  urlOfPage,
} from './engine/search-html.ts';
import { SEARCH_BUNDLE_DIR, VOCABULARY_FILE } from './engine/search-bundle.ts';
import { encodeWordList } from './engine/search-spelling.ts';

/** Pagefind writes its own UIs too; the guide has its own dialog, so these are removed after writing. */
const UNUSED_BUNDLE_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * The search build step, once the site is written: every concept, module, glossary and question page
 * goes through Pagefind's Node API into `dist/pagefind/`, with the vocabulary for typo correction
 * (src/integrations/guide-integration.ts runs it).
 */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex({
      excludeSelectors: [...NOT_INDEXED_SELECTORS],
      forceLanguage: 'en',
    });
    if (!index) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);

    const kinds = new Map<string, number>();
    const texts: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const kind = pageKindOf(html);
      if (!kind || !SEARCHABLE_KINDS.includes(kind)) continue;
      const content = prepareForIndexing(html);
      const url = urlOfPage(relative(outDir, file));
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}:\n${added.errors.join('\n')}`);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      texts.push(indexedText(content));
    }
    if (texts.length === 0) throw new Error(`No searchable page found in ${outDir} (none has <main data-page-kind="${SEARCHABLE_KINDS.join('|')}">).`);

    const bundle = join(outDir, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${bundle}:\n${written.errors.join('\n')}`);
    for (const file of readdirSync(bundle)) {
      if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(bundle, file));
    }
    writeFileSync(join(bundle, VOCABULARY_FILE), encodeWordList(buildVocabulary(texts)));

    const summary = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ');
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`indexed ${texts.length} pages (${summary}) in ${seconds} s`);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`The search index could not be built: ${reason}\n  To build without search: GUIDE_SKIP_SEARCH=1 npm run build`, { cause });
  } finally {
    await close();
  }
}

/** Every HTML file under `dir`, except the search bundle and Astro's assets. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !/^(pagefind|_astro)[\\/]/.test(relative(dir, file)))
    .sort();
}
