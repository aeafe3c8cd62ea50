import { expect, test } from '@playwright/test';
import { RELEVANCE_SET, resultPages, scoreRelevance } from '../src/features/search/relevance-set.mjs';

// The relevance gate: learner queries (acronyms, terms, questions, typos) typed into the search
// dialog of the built site, each with the concept page it must find. `npm run bench` prints the
// same figures (scripts/bench/search.mjs).
test('learner queries find their page: recall@3 ≥ 95% and precision@1 ≥ 80%', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(50);
  await page.goto('/concepts/fine-tuning/');
  await page.keyboard.press('/');
  await expect(page.locator('search-dialog')).toHaveAttribute('data-search-state', /ready|idle/);

  const rows = [];
  for (const entry of RELEVANCE_SET) rows.push({ ...entry, pages: await resultPages(page, entry.query) });
  const { precisionAt1, recallAt3, failures, rows: ranked } = scoreRelevance(rows);

  const report = ranked.map((row) => `${row.passed ? 'ok  ' : 'MISS'} rank ${row.rank || '-'} (needs ${row.top})  ${row.query} → ${row.slug}`).join('\n');
  await testInfo.attach('relevance.txt', {
    body: `precision@1 ${(precisionAt1 * 100).toFixed(1)}%, recall@3 ${(recallAt3 * 100).toFixed(1)}%\n\n${report}\n`,
    contentType: 'text/plain',
  });
  const missed = failures.map((row) => `${row.query} → ${row.slug}: rank ${row.rank || 'not found'}, needs top ${row.top}; got ${row.pages.slice(0, 3).join(', ')}`);
  expect(recallAt3, `recall@3 too low. Missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  expect(precisionAt1, `precision@1 too low. Missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.8);
});

test('every expected page of the relevance set exists, so a renamed concept fails here first', async ({ request }) => {
  for (const slug of new Set(RELEVANCE_SET.map((entry) => entry.slug))) {
    expect((await request.get(`/concepts/${slug}/`)).status(), slug).toBe(200);
  }
});
