// Search figures for the built site: relevance (precision@1, recall@3 over the learner queries of
// src/features/search/relevance-set.mjs), time from keystroke to results, index size on disk, and what the
// first search costs a learner who has never opened it (bytes fetched, time to first results).
// Usage, after a build: node scripts/bench/search.mjs [dist] [--verbose]
// (BASE_PATH=/guide/ node scripts/bench/search.mjs dist-subpath for a sub-path build)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { config } from '../../src/config.ts';
import { launchBrowser } from '../../src/local-site/browser.ts';
import { startStaticServer } from '../../src/local-site/static-server.ts';
import { RELEVANCE_SET, resultPages, scoreParts, scoreRelevance } from '../../src/features/search/relevance-set.mjs';

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? (process.env.DIST || 'dist');
const base = config.basePath;
const bundle = join(dir, 'pagefind');
const FIRST_QUERY = 'rag';
const TYPED_QUERIES = ['hallucination', 'chinese room', 'lora', 'temperature', 'diffusion models', 'overfitting', 'transfomer', 'rlhf'];

try {
  statSync(join(bundle, 'pagefind.js'));
} catch {
  console.error(`No search index in ${bundle}/. Build the site first (npm run build), then run this again.`);
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const percent = (share) => `${(share * 100).toFixed(1)}%`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)] ?? 0;

/** Bytes on disk of every file under a folder (recursively), optionally only matching names. */
function sizeOf(path, test = () => true) {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && test(entry.name, entry.parentPath)) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

const { server, url } = await startStaticServer({ dir, base });
const { browser, choice } = await launchBrowser();
console.log(`Browser: ${choice.source}`);
const figures = {};
try {
  // 1. Index size on disk.
  figures.indexBytes = sizeOf(bundle, (name) => /\.pf_(index|fragment|filter|meta)$/.test(name));
  figures.runtimeBytes = sizeOf(bundle, (name) => /^(pagefind\.js|pagefind-worker\.js|wasm\.en\.pagefind|pagefind-entry\.json)$/.test(name));
  figures.vocabularyBytes = sizeOf(bundle, (name) => name === 'guide-vocabulary.txt');
  figures.bundleBytes = sizeOf(bundle);

  // 2. A first search in a fresh browser profile (nothing cached), three times: open with "/", type
  // the query, wait for the results. Timed in the page, from the key press to the results in place.
  const concept = readdirSync(join(dir, 'concepts'))[0];
  const firstRuns = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const coldPage = await context.newPage();
    await coldPage.goto(`${url}concepts/${concept}/`, { waitUntil: 'networkidle' });
    const fetched = [];
    coldPage.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => undefined);
      fetched.push({ url: request.url(), bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0) });
    });
    await coldPage.evaluate((query) => {
      const timing = (window.__searchTiming = {});
      document.addEventListener('keydown', (event) => { if (event.key === '/') timing.opened ??= performance.now(); }, { capture: true });
      const results = document.getElementById('search-dialog-results');
      new MutationObserver(() => {
        if (results.dataset.query === query) timing.shown ??= performance.now();
      }).observe(results, { attributes: true, attributeFilter: ['data-query'] });
    }, FIRST_QUERY);
    await coldPage.keyboard.press('/');
    await coldPage.keyboard.type(FIRST_QUERY);
    await coldPage.locator(`#search-dialog-results[data-query="${FIRST_QUERY}"]`).waitFor({ state: 'attached' });
    const timing = await coldPage.evaluate(() => window.__searchTiming);
    await coldPage.waitForLoadState('networkidle');
    firstRuns.push({ ms: timing.shown - timing.opened, fetched: [...fetched] });
    await context.close();
  }
  figures.firstResultsMs = median(firstRuns.map((run) => run.ms));
  figures.firstResultsRunsMs = firstRuns.map((run) => Math.round(run.ms));
  const sample = firstRuns[0].fetched;
  figures.firstQueryBytes = sample.reduce((sum, request) => sum + request.bytes, 0);
  figures.firstQueryRequests = sample.length;
  // Our own client code for search (the dialog's controller and engine), apart from Pagefind's files.
  figures.searchClientJsBytes = sample.filter((request) => /\/_astro\/.*\.js$/.test(new URL(request.url).pathname)).reduce((sum, request) => sum + request.bytes, 0);
  figures.firstQueryFiles = sample.map((request) => `${new URL(request.url).pathname} ${kb(request.bytes)}`);
  // The same files as a host that compresses text would send them (Pagefind's own files are already compressed).
  figures.firstQueryGzipBytes = sample.reduce((sum, request) => {
    const path = new URL(request.url).pathname.slice(base.length - 1);
    try {
      return sum + gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
    } catch {
      return sum + request.bytes;
    }
  }, 0);

  // 3. Relevance over the learner queries, and keystroke-to-results while typing (search loaded).
  const page = await browser.newPage();
  await page.goto(`${url}concepts/${concept}/`);
  await page.keyboard.press('/');
  await page.locator('search-dialog[data-search-state="idle"], search-dialog[data-search-state="ready"]').waitFor({ state: 'attached' });
  const rows = [];
  for (const entry of RELEVANCE_SET) rows.push({ ...entry, pages: await resultPages(page, entry.query) });
  const relevance = scoreRelevance(rows, base);
  figures.queries = rows.length;
  figures.precisionAt1 = relevance.precisionAt1;
  figures.recallAt3 = relevance.recallAt3;
  figures.parts = scoreParts(rows, base).map(({ name, queries, precisionAt1, recallAt3, failures }) => ({ name, queries, precisionAt1, recallAt3, missed: failures.length }));
  figures.emptyQueries = relevance.empty.length;
  // The unseen part is held out of tuning: its misses are counted, never listed.
  const tuning = relevance.rows.filter((row) => !row.unseen);
  figures.failures = tuning.filter((row) => !row.passed).map((row) => `${row.query} → ${row.slugs.join(' | ')} at rank ${row.rank || 'none'} (needs top ${row.top}); got ${row.pages.slice(0, 3).join(', ') || 'nothing'}`);
  figures.notFirst = tuning.filter((row) => row.rank !== 1).map((row) => `${row.query} → ${row.slugs.join(' | ')} at rank ${row.rank || 'none'}; first: ${row.pages[0] ?? 'nothing'}`);

  const latencies = [];
  const box = page.getByRole('combobox', { name: 'Search the guide' });
  for (const query of TYPED_QUERIES) {
    await box.fill('');
    await page.locator('#search-dialog-results[data-query=""]').waitFor({ state: 'attached' });
    await page.evaluate(() => performance.clearMeasures('guide-search:keystroke-to-results'));
    await box.pressSequentially(query, { delay: 60 });
    await page.locator(`#search-dialog-results[data-query="${query}"]`).waitFor({ state: 'attached' });
    const last = await page.evaluate(() => performance.getEntriesByName('guide-search:keystroke-to-results').at(-1)?.duration ?? NaN);
    latencies.push(last);
  }
  figures.keystrokeToResultsMedianMs = median(latencies);
  figures.keystrokeToResultsP95Ms = p95(latencies);
} finally {
  await browser.close();
  server.close();
}

console.log(`  queries in the relevance set     ${figures.queries} (${figures.emptyQueries} with no result at all)`);
console.log(`  ${'part'.padEnd(30)} ${'queries'.padStart(7)}  ${'recall@3'.padStart(8)}  ${'precision@1'.padStart(11)}`);
// While tuning (SEARCH_TUNING=1), only figures of the tuning part are shown: the unseen part stays unseen.
const tuningOnly = process.env.SEARCH_TUNING === '1';
for (const part of figures.parts.filter((part) => !tuningOnly || part.name.startsWith('tuning'))) {
  console.log(`  ${part.name.padEnd(30)} ${String(part.queries).padStart(7)}  ${percent(part.recallAt3).padStart(8)}  ${percent(part.precisionAt1).padStart(11)}`);
}
for (const failure of figures.failures) console.log(`    missed: ${failure}`);
console.log(`  keystroke to results (typing)    median ${ms(figures.keystrokeToResultsMedianMs)}, p95 ${ms(figures.keystrokeToResultsP95Ms)}`);
console.log(`  first search: time to results    ${ms(figures.firstResultsMs)} median of ${figures.firstResultsRunsMs.join(', ')} ms (press "/", type "${FIRST_QUERY}", nothing cached)`);
console.log(`  first search: bytes fetched      ${kb(figures.firstQueryBytes)} in ${figures.firstQueryRequests} requests (${kb(figures.firstQueryGzipBytes)} gzipped)`);
console.log(`  search client JS (first search)   ${kb(figures.searchClientJsBytes)} (the guide's own scripts under _astro/ fetched when search opens)`);
console.log(`  index on disk                    ${kb(figures.indexBytes)} (index, fragments, filters, metadata)`);
console.log(`  search runtime on disk           ${kb(figures.runtimeBytes)} (pagefind.js, worker, WebAssembly)`);
console.log(`  typo vocabulary on disk          ${kb(figures.vocabularyBytes)} (fetched with the search, for typo correction)`);
console.log(`  whole bundle on disk             ${kb(figures.bundleBytes)} (${bundle}/)`);
if (process.argv.includes('--verbose')) {
  for (const row of figures.notFirst) console.log(`    not first: ${row}`);
  for (const file of figures.firstQueryFiles) console.log(`    fetched: ${file}`);
}

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/search.json', `${JSON.stringify(figures, null, 2)}\n`);
