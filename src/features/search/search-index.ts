import type { AstroIntegrationLogger } from 'astro';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import {
  NOT_INDEXED_SELECTORS,
  SEARCHABLE_KINDS,
  buildVocabulary,
  indexedText,
  pageKindOf,
  prepareForIndexing,
  searchablePart,
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
  const staging = mkdtempSync(join(tmpdir(), 'guide-search-'));
  try {
    const { index, errors } = await createIndex({
      excludeSelectors: [...NOT_INDEXED_SELECTORS],
      forceLanguage: 'en',
    });
    if (!index) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);

    // Pagefind reads a folder of pages in parallel, in its own process, faster than one message per
    // page (addHTMLFile). So each page's searchable part, readied, goes to a scratch folder laid out
    // like the site (the URLs stay the same). The typo vocabulary counts words page by page as they
    // pass: holding every page's text until the end cost about 100 MB at 5,000 pages.
    const kinds = new Map<string, number>();
    let pages = 0;
    const stagedTexts = function* () {
      for (const file of htmlFiles(outDir)) {
        const part = searchablePart(readFileSync(file));
        const kind = pageKindOf(part);
        if (!kind || !SEARCHABLE_KINDS.includes(kind)) continue;
        const content = prepareForIndexing(part);
        const copy = join(staging, relative(outDir, file));
        mkdirSync(dirname(copy), { recursive: true });
        writeFileSync(copy, content);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        pages += 1;
        yield indexedText(content);
      }
    };
    const vocabulary = buildVocabulary(stagedTexts());
    if (pages === 0) throw new Error(`No searchable page found in ${outDir} (none has <main data-page-kind="${SEARCHABLE_KINDS.join('|')}">).`);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the pages:\n${added.errors.join('\n')}`);
    if (added.page_count !== pages) throw new Error(`Pagefind indexed ${added.page_count} of the ${pages} searchable pages.`);

    const bundle = join(outDir, SEARCH_BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${bundle}:\n${written.errors.join('\n')}`);
    for (const file of readdirSync(bundle)) {
      if (UNUSED_BUNDLE_FILES.test(file)) rmSync(join(bundle, file));
    }
    writeFileSync(join(bundle, VOCABULARY_FILE), encodeWordList(vocabulary));

    const summary = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ');
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`indexed ${pages} pages (${summary}) in ${seconds} s`);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`The search index could not be built: ${reason}\n  To build without search: GUIDE_SKIP_SEARCH=1 npm run build`, { cause });
  } finally {
    await close();
    rmSync(staging, { recursive: true, force: true });
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
