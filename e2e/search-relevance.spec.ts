import { expect, test } from '@playwright/test';
import { RELEVANCE_SET, resultPages, scoreParts, scoreRelevance } from '../src/features/search/relevance-set.mjs';

// The relevance gate: learner queries (questions, terms and acronyms, misspellings and synonyms) typed
// into the search dialog of the built site, each with the concept page(s) that answer it. `npm run
// bench` prints the same figures (scripts/bench/search.mjs). The unseen part is held out of tuning,
// so only its aggregate is asserted and its misses are not listed.
test('learner queries find their page: recall@3 ≥ 98% overall and ≥ 95% on the unseen part', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(240);
  await page.goto('/concepts/fine-tuning/');
  await page.keyboard.press('/');
  await expect(page.locator('search-dialog')).toHaveAttribute('data-search-state', /ready|idle/);

  const rows = [];
  for (const entry of RELEVANCE_SET) rows.push({ ...entry, pages: await resultPages(page, entry.query) });
  const whole = scoreRelevance(rows);
  const parts = Object.fromEntries(scoreParts(rows).map((part) => [part.name, part]));
  const figures = Object.values(parts).map((part) => `${part.name}: ${part.queries} queries, recall@3 ${(part.recallAt3 * 100).toFixed(1)}%, precision@1 ${(part.precisionAt1 * 100).toFixed(1)}%`);
  const tuningMisses = whole.failures.filter((row) => !row.unseen);
  const report = tuningMisses.map((row) => `MISS rank ${row.rank || '-'} (needs ${row.top})  ${row.query} → ${row.slugs.join(' | ')}; got ${row.pages.slice(0, 3).join(', ')}`);
  await testInfo.attach('relevance.txt', { body: `${figures.join('\n')}\n\n${report.join('\n')}\n`, contentType: 'text/plain' });

  expect(whole.empty.map((row) => row.query), 'queries with no result at all').toEqual([]);
  expect(whole.recallAt3, `recall@3 too low. Missed (tuning part):\n${report.join('\n')}`).toBeGreaterThanOrEqual(0.98);
  expect(parts['unseen (held out)']!.recallAt3, 'recall@3 on the unseen part').toBeGreaterThanOrEqual(0.95);
  const original = parts['original set']!;
  expect(original.failures.length, `original set: pages not at their rank:\n${report.join('\n')}`).toBeLessThanOrEqual(Math.floor(original.queries * 0.02));
  expect(original.precisionAt1, 'precision@1 on the original set').toBeGreaterThanOrEqual(0.8);
});

test('every expected page of the relevance set exists, so a renamed concept fails here first', async ({ request }) => {
  for (const slug of new Set(RELEVANCE_SET.flatMap((entry) => entry.slugs))) {
    expect((await request.get(`/concepts/${slug}/`)).status(), slug).toBe(200);
  }
});
