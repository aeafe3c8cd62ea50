import { expect, test, type Page } from '@playwright/test';

// Search in a learner's own words (issue 16), with queries of the learner relevance set
// (src/features/search/relevance-learner-set.mjs), typed into the search dialog like a person.
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the guide' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const status = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' }).getByRole('status');
const pageOptions = (page: Page) => results(page).locator('[role="option"]:not(.search-hit--section, .search-hit--all)');
/** Result pages (not their sections), as paths, in order. */
const resultPages = (page: Page) => pageOptions(page).evaluateAll((options) => options.map((option) => new URL((option as HTMLAnchorElement).href).pathname));

async function search(page: Page, query: string) {
  await searchBox(page).fill(query);
  await expect(page.locator('#search-dialog-results')).toHaveAttribute('data-query', query);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/concepts/fine-tuning/');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
});

test('a question in plain language finds its page though no page holds every word, and the status says so', async ({ page }) => {
  // "what", "when", "the" need not match; no page holds "happens", "fools", "generator" and "discriminator" together.
  await search(page, 'what happens when the generator fools the discriminator');
  expect((await resultPages(page))[0]).toBe('/concepts/generative-adversarial-networks/');
  await expect(status(page)).toContainText('No page holds every word: these hold most of them, the rarest words counting most.');

  // Where some page holds every word, the status says nothing of the kind.
  await search(page, 'generator discriminator');
  await expect(status(page)).not.toContainText('No page holds every word');
  expect((await resultPages(page)).slice(0, 3)).toContain('/concepts/generative-adversarial-networks/');
});

test('question words need not match: "is my company data used to train copilot" finds data protection', async ({ page }) => {
  await search(page, 'is my company data used to train copilot');
  expect((await resultPages(page)).slice(0, 3)).toContain('/concepts/enterprise-data-protection/');
  await search(page, 'what are AI agents');
  expect((await resultPages(page))[0]).toBe('/concepts/ai-agents-and-tool-use/');
});

test('a rare term beats a common one: "LISA framework" leads with the LISA page', async ({ page }) => {
  await search(page, 'LISA framework');
  const pages = await resultPages(page);
  expect(pages[0]).toBe('/concepts/building-trust-lisa/');
  // The page of the common word still shows, below.
  expect(pages.slice(0, 3)).toContain('/concepts/ethical-ai-framework/');
});

test('a stemming collision is kept apart: "accountability" is not "account", "agent" is not "agency"', async ({ page }) => {
  await search(page, 'accountability');
  const pages = await resultPages(page);
  expect(pages[0]).toBe('/concepts/six-responsible-ai-principles/');
  // Pages about Copilot accounts hold "account", never "accountability": none is listed.
  expect(pages).not.toContain('/concepts/enterprise-data-protection/');
  await expect(results(page)).not.toContainText(/work account|Microsoft account/i);

  await search(page, 'agent');
  expect((await resultPages(page))[0]).toBe('/concepts/ai-agents-and-tool-use/');
});

test('a two-meaning word is decided by the other words: bias as unfairness or as statistics', async ({ page }) => {
  await search(page, 'how to stop AI being biased');
  let pages = await resultPages(page);
  expect(pages[0]).toBe('/concepts/bias-and-fairness/');
  expect(pages.indexOf('/concepts/bias-and-fairness/')).toBeLessThan(pages.indexOf('/concepts/bias-variance-overfitting/'));

  await search(page, 'bias variance trade-off');
  pages = await resultPages(page);
  expect(pages[0]).toBe('/concepts/bias-variance-overfitting/');
});

test('distinct pages come first, each with its best sections beneath it', async ({ page }) => {
  await search(page, 'LISA framework');
  const options = results(page).locator('[role="option"]');
  const rows = await options.evaluateAll((all) =>
    all.map((option) => ({ section: option.classList.contains('search-hit--section'), path: new URL((option as HTMLAnchorElement).href).pathname })),
  );
  const pages = rows.filter((row) => !row.section).map((row) => row.path);
  // The first three results are three different pages, and the second shows by the fourth option.
  expect(new Set(pages.slice(0, 3)).size).toBe(3);
  expect(rows.findIndex((row) => !row.section && row.path === pages[1])).toBeLessThanOrEqual(3);
  // Every section sits beneath its own page, and says which page it is in.
  let current = '';
  for (const row of rows) {
    if (!row.section) current = row.path;
    else expect(row.path).toBe(current);
  }
  const firstSection = results(page).locator('[role="option"].search-hit--section').first();
  await expect(firstSection).toHaveAccessibleName(/in Building trust with customers/);
});
