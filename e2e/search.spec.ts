import { expect, test, type Page } from '@playwright/test';
import { inlineMarkdownToText } from '../src/markdown/inline-markdown.ts';
import { axeViolations, loadBank } from './helpers.ts';

// The search dialog and the search page, used like a person: keyboard first, by role and name.
const CONCEPT = '/concepts/fine-tuning/';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the guide' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const status = (page: Page) => dialog(page).getByRole('status');
/** Result pages (not their sections), as paths, in order. */
const resultPages = (page: Page) =>
  results(page)
    .locator('[role="option"]:not(.search-hit--section, .search-hit--all)')
    .evaluateAll((options) => options.map((option) => new URL((option as HTMLAnchorElement).href).pathname));

/** Collects script errors and content-security-policy violations, which must stay empty. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return problems;
}

async function typeQuery(page: Page, query: string) {
  await searchBox(page).fill(query);
  // The list is hidden when nothing matched, so wait on the element itself.
  await expect(page.locator('#search-dialog-results')).toHaveAttribute('data-query', query);
}

test('nothing of search loads until the dialog opens; "/" opens it and Escape gives focus back', async ({ page }) => {
  const problems = watchForProblems(page);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(CONCEPT, { waitUntil: 'networkidle' });
  expect(requested.filter((path) => path.includes('/pagefind/') || path.includes('search-controller'))).toEqual([]);

  // The header button shows its shortcuts and says what it opens.
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await expect(button).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(button).toContainText('/');
  await expect(button).toContainText(/(Ctrl|⌘)\s*K/);

  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await expect(page.locator('search-dialog')).toHaveAttribute('data-search-state', /ready|idle/);
  expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  // Before typing, the dialog suggests terms to try.
  await expect(dialog(page).getByRole('list', { name: 'Try searching for' }).getByRole('button')).not.toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // Opened from the header button with the keyboard, Escape puts focus back on the button.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  expect(problems).toEqual([]);
});

test('Ctrl+K opens search from anywhere and gives focus back to where it was', async ({ page }) => {
  await page.goto(CONCEPT);
  const link = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').first();
  await link.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Control+k'); // the same keys close it again
  await expect(dialog(page)).toBeHidden();
  await expect(link).toBeFocused();
});

test('keyboard only: type, arrow to a result, Enter lands on that page', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/glossary/');
  await page.keyboard.press('/');
  await page.keyboard.type('LoRA');
  await expect(results(page)).toHaveAttribute('data-query', 'LoRA');
  // The first result is active: Enter would open it.
  const box = searchBox(page);
  const active = async () => page.locator(`[id="${await box.getAttribute('aria-activedescendant')}"]`);
  await expect(await active()).toHaveAttribute('href', '/concepts/fine-tuning/');
  await expect(box).toHaveAttribute('aria-expanded', 'true');

  // Down to the second result: a section of the same page.
  await page.keyboard.press('ArrowDown');
  const second = await active();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  const target = (await second.getAttribute('href'))!;
  expect(target).toMatch(/^\/concepts\/fine-tuning\/#.+/);
  // Up and down again: Up from the first wraps to the last, then back.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(await active()).toHaveAttribute('href', target);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(dialog(page)).toBeHidden();
  const section = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
  expect(problems).toEqual([]);
});

test('results show title, kind, module and a highlighted excerpt, with sections and practice questions', async ({ page }) => {
  await page.goto(CONCEPT);
  await page.keyboard.press('/');
  await typeQuery(page, 'chinese room');
  const first = results(page).getByRole('option').first();
  await expect(first).toHaveAttribute('href', '/concepts/turing-test-and-chinese-room/');
  await expect(first).toContainText('The Turing test and the Chinese Room');
  await expect(first).toContainText('Concept');
  await expect(first).toContainText('AI foundations');
  await expect(first.locator('mark').first()).toHaveText(/chinese|room/i);
  // Sections of the page follow it, named with their page.
  await expect(results(page).getByRole('option', { name: / in The Turing test and the Chinese Room$/ }).first()).toBeVisible();
  // Practice questions come as a group of their own, after the pages.
  const questions = results(page).getByRole('group', { name: 'Practice questions' });
  await expect(questions.getByRole('option').first()).toHaveAttribute('href', /^\/questions\/.+\/$/);
  await expect(status(page)).toContainText(/\d+ pages? and \d+ practice questions? for “chinese room”/);
});

test('a filter narrows the results, and "Show all practice questions" switches the kind', async ({ page }) => {
  await page.goto(CONCEPT);
  await page.keyboard.press('/');
  await typeQuery(page, 'bias');
  const everywhere = await resultPages(page);
  const unfiltered = (await status(page).textContent())!;
  expect(everywhere.length).toBeGreaterThan(3);

  const modules = dialog(page).getByRole('combobox', { name: 'Module' });
  await modules.selectOption({ label: '6. Ethics in the age of generative AI' });
  // The first page may be an Ethics page either way: wait until the status tells the new count.
  await expect(status(page)).not.toHaveText(unfiltered);
  await expect(results(page).locator('.search-hit-module').first()).toHaveText('Ethics in the age of generative AI');
  const pages = await resultPages(page);
  expect(pages.length).toBeLessThan(everywhere.length);
  for (const module of await results(page).locator('.search-hit-module').allTextContents()) expect(module).toBe('Ethics in the age of generative AI');

  // Filters combine: Ethics pages that are introductory.
  const difficulty = dialog(page).getByRole('combobox', { name: 'Difficulty' });
  await difficulty.selectOption('introductory');
  await expect(results(page).locator('.search-hit-difficulty').first()).toHaveText('introductory');
  for (const level of await results(page).locator('.search-hit-difficulty').allTextContents()) expect(level).toBe('introductory');
  await difficulty.selectOption('');
  await modules.selectOption('');
  await expect(status(page)).toHaveText(unfiltered);

  // The link under the questions group narrows to questions only, in the dialog.
  await searchBox(page).focus();
  const showAll = results(page).getByRole('option', { name: /^Show all \d+ practice questions$/ });
  await showAll.click();
  await expect(dialog(page).getByRole('combobox', { name: 'Kind' })).toHaveValue('question');
  await expect(searchBox(page)).toBeFocused();
  await expect(results(page).getByRole('group', { name: 'Practice questions' })).toBeVisible();
  for (const href of await resultPages(page)) expect(href).toMatch(/^\/questions\//);
});

test('acronyms, spelling variants and typos find the page, and the status says what was searched', async ({ page }) => {
  await page.goto(CONCEPT);
  await page.keyboard.press('/');
  await typeQuery(page, 'halucination');
  expect((await resultPages(page))[0]).toBe('/concepts/hallucinations-and-knowledge-cutoff/');
  await expect(status(page)).toContainText('Showing results for “hallucination”');

  await typeQuery(page, 'xyzzyq');
  await expect(status(page)).toHaveText('No results for “xyzzyq”. No page contains “xyzzyq”.');
  await expect(results(page)).toBeHidden();
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(dialog(page).getByText('Check the spelling')).toBeVisible();
});

test('no answer or explanation is indexed, so none can appear in an excerpt', async ({ page, request }) => {
  test.setTimeout(90_000);
  const bank = await loadBank(request);
  // Eight words from the middle of every explanation: long enough to be unmistakable.
  const plain = (text: string) => inlineMarkdownToText(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const fingerprints = bank.questions.flatMap((question) =>
    [question.explanation, ...question.options.map((option) => option.explanation)].map((text) => {
      const words = plain(text).split(' ');
      const start = Math.max(0, Math.floor(words.length / 2) - 4);
      return { id: question.id, words: words.slice(start, start + 8).join(' ') };
    }),
  ).filter((fingerprint) => fingerprint.words.split(' ').length === 8);
  expect(fingerprints.length).toBeGreaterThan(bank.questions.length * 4);

  // Every indexed page, read straight from the index (in a tab of its own, so the dialog below
  // starts its own search).
  const reader = await page.context().newPage();
  await reader.goto(CONCEPT);
  const contents = await reader.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle);
    const all = await pagefind.search(null);
    return Promise.all(all.results.map(async (result: { data(): Promise<{ url: string; content: string }> }) => {
      const data = await result.data();
      return { url: data.url, content: data.content };
    }));
  });
  expect(contents.length).toBeGreaterThan(bank.questions.length);
  // A fingerprint in the index is a leak unless the page also says it outside its answers (an
  // explanation may repeat a sentence of the page it tests).
  const found: { url: string; words: string; id: string }[] = [];
  for (const { url, content } of contents) {
    const text = plain(content);
    for (const fingerprint of fingerprints) if (text.includes(fingerprint.words)) found.push({ url, ...fingerprint });
  }
  const leaks: string[] = [];
  for (const { url, words, id } of found) {
    await reader.goto(url);
    const outsideAnswers = await reader.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.option-feedback, .question-overall, .answer-reveal, .answer-key, [data-pagefind-ignore]').forEach((node) => node.remove());
      return copy.textContent ?? '';
    });
    if (!plain(outsideAnswers).includes(words)) leaks.push(`${url}: "${words}" (${id})`);
  }
  await reader.close();
  expect(leaks).toEqual([]);

  // And through the dialog: searching the words of an explanation shows none of them in an excerpt.
  await page.goto(CONCEPT);
  const question = bank.questions.find((q) => q.id === 'fine-tuning-role')!;
  const explanation = plain(question.options.find((option) => option.correct)!.explanation);
  await page.keyboard.press('/');
  await typeQuery(page, explanation.split(' ').slice(1, 6).join(' '));
  for (const excerpt of await dialog(page).locator('.search-hit-excerpt').allTextContents()) {
    expect(plain(excerpt)).not.toContain(explanation.split(' ').slice(1, 9).join(' '));
  }
});

test('the search page works from a shared link and keeps the link in step', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto('/search/?q=hallucination&kind=concept');
  const box = page.getByRole('searchbox', { name: 'Search for a concept, term or question' });
  await expect(box).toHaveValue('hallucination');
  const main = page.getByRole('main');
  await expect(main.getByRole('combobox', { name: 'Kind' })).toHaveValue('concept');
  const list = page.getByRole('region', { name: 'Concepts' });
  await expect(list.getByRole('heading', { level: 3 }).first()).toHaveText('Hallucinations and knowledge cut-off');
  await expect(main.getByRole('status')).toContainText('for “hallucination”');

  await box.fill('chinese room');
  await expect(page).toHaveURL(/\/search\/\?q=chinese\+room&kind=concept$/);
  await expect(list.getByRole('link').first()).toHaveAttribute('href', '/concepts/turing-test-and-chinese-room/');
  // Ctrl+K on the search page goes to its own box rather than opening the dialog.
  await list.getByRole('link').first().focus();
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await expect(dialog(page)).toBeHidden();
  expect(problems).toEqual([]);
});

test('without JavaScript the header link leads to the search page, which says what to do', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CONCEPT);
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation with the dialog open and results shown (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(CONCEPT);
    await page.keyboard.press('/');
    await typeQuery(page, 'rag');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await typeQuery(page, 'xyzzyq');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe finds no violation on the search page with results, nor on a phone with the dialog open', async ({ page }) => {
  await page.goto('/search/?q=temperature');
  await expect(page.getByRole('main').getByRole('status')).toContainText('for “temperature”');
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(CONCEPT);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await typeQuery(page, 'diffusion');
  const box = await dialog(page).boundingBox();
  expect(box?.width).toBe(375);
  expect(await axeViolations(page)).toEqual([]);
  await dialog(page).getByRole('button', { name: 'Close search' }).click();
  await expect(dialog(page)).toBeHidden();
});
