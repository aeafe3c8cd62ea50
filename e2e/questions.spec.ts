import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { inlineMarkdownToText } from '../src/markdown/inline-markdown.ts';
import { optionLetter } from '../src/features/quiz/option-labels.ts';
import { indexedText, prepareForIndexing } from '../src/features/search/engine/search-html.ts';
import { axeViolations, chooseOptions, correctOf, firstWrongOf, loadBank, storedProgress } from './helpers.ts';

const QUESTION = 'fine-tuning-role';

test('a question page: the prompt is the heading, the answer is saved as a question-page answer and the dashboard counts it', async ({ page, request }) => {
  const bank = await loadBank(request);
  const question = bank.questions.find((q) => q.id === QUESTION)!;
  const module = bank.modules.find((m) => m.id === question.module)!;
  const concept = bank.concepts.find((c) => c.id === question.concept)!;

  await page.goto(`/questions/${QUESTION}/`);
  const main = page.locator('main');
  await expect(main).toHaveAttribute('data-page-kind', 'question');
  await expect(main).toHaveAttribute('data-question-id', QUESTION);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(inlineMarkdownToText(question.prompt));
  const group = page.getByRole('group', { name: inlineMarkdownToText(question.prompt) });
  await expect(group).toBeVisible();

  await chooseOptions(page.locator('quiz-question'), [firstWrongOf(question)]);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').first()).toContainText('Not correct.');
  const saved = await storedProgress(page);
  expect(saved!.attempts[QUESTION]).toEqual([expect.objectContaining({ choice: [firstWrongOf(question)], correct: false, source: 'question' })]);

  await page.getByRole('navigation', { name: 'Syllabus' }).getByRole('link', { name: 'My progress' }).click();
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'progress');
  await expect(page.locator('[data-stat="answered"]')).toHaveText(`1 of ${bank.questions.length}`);
  const row = page.getByRole('table', { name: 'Mastery by module' }).getByRole('row', { name: new RegExp(`^${module.title}`) });
  await expect(row.getByRole('cell')).toHaveText(['' + bank.questions.filter((q) => q.module === module.id).length, '1', '0', '0 %']);
  await expect(page.getByRole('region', { name: 'Concepts to study next' }).getByRole('link', { name: concept.title })).toBeVisible();
});

test('the question links to the section that teaches it, and previous/next stay inside its module', async ({ page, request }) => {
  const bank = await loadBank(request);
  const question = bank.questions.find((q) => q.id === QUESTION)!;
  const inModule = bank.questions.filter((q) => q.module === question.module);
  const position = inModule.findIndex((q) => q.id === QUESTION);

  await page.goto(`/questions/${QUESTION}/`);
  await expect(page.getByText(`Question ${position + 1} of ${inModule.length}`, { exact: true })).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Previous and next' });
  await expect(pager.getByRole('link', { name: /^Previous/ })).toHaveAttribute('href', `/questions/${inModule[position - 1]!.id}/`);
  await pager.getByRole('link', { name: /^Next/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(inlineMarkdownToText(inModule[position + 1]!.prompt));

  // The first question of the module has no previous question, the last no next one.
  await page.goto(`/questions/${inModule[0]!.id}/`);
  await expect(page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /^Previous/ })).toHaveCount(0);
  await page.goto(`/questions/${inModule.at(-1)!.id}/`);
  await expect(page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /^Next/ })).toHaveCount(0);

  await page.goto(`/questions/${QUESTION}/`);
  const learn = page.getByRole('region', { name: 'Learn it' }).getByRole('link').first();
  await expect(learn).toHaveAttribute('href', question.conceptUrl);
  await learn.click();
  const section = new URL(page.url()).hash.slice(1);
  expect(section.length).toBeGreaterThan(0);
  await expect(page.locator(`[id="${section}"]`)).toBeVisible();
  await expect(page.locator('main')).toHaveAttribute('data-concept', question.concept);
});

test('search finds the page by its prompt, filtered as kind "question"; answers and explanations stay out', async ({ page, request }) => {
  const bank = await loadBank(request);
  const question = bank.questions.find((q) => q.id === QUESTION)!;
  const response = await request.get(`/questions/${QUESTION}/`);
  const html = await response.text();
  // The same rule the search index applies to built pages: the prompt leads, nothing of the answer follows.
  const indexed = indexedText(prepareForIndexing(html));
  expect(indexed.startsWith(inlineMarkdownToText(question.prompt))).toBe(true);
  for (const explanation of [question.explanation, ...question.options.map((option) => option.explanation)]) {
    expect(indexed).not.toContain(inlineMarkdownToText(explanation).slice(0, 40));
  }
  expect(indexed).not.toMatch(/Answer:|Correct answer|Learn it|Question \d+ of/);
  await page.goto(`/questions/${QUESTION}/`);
  await expect(page.locator('main')).toHaveAttribute('data-pagefind-filter', 'kind:question');
  for (const selector of ['.answer-reveal', '.option-feedback', '.question-overall', '.question-learn']) {
    const outside = await page.locator(selector).evaluateAll((nodes) => nodes.filter((node) => !node.closest('[data-pagefind-ignore]')).length);
    expect(outside, selector).toBe(0);
  }
});

test('keyboard only: answer, reveal the answer and go to the next question', async ({ page, request }) => {
  const bank = await loadBank(request);
  const question = bank.questions.find((q) => q.id === QUESTION)!;
  const right = correctOf(question)[0]!;
  await page.goto(`/questions/${QUESTION}/`);
  // From the top of the page, Tab until the first option has focus.
  const first = page.getByRole('radio').first();
  for (let i = 0; i < 40 && !(await first.evaluate((node) => node === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  for (let i = 0; i < right; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio').nth(right)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').first()).toContainText('Correct.');
  await page.keyboard.press('Tab');
  await expect(page.locator('summary', { hasText: 'Show answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`Answer: ${optionLetter(right)}`, { exact: true })).toBeVisible();
  const next = page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /^Next/ });
  for (let i = 0; i < 30 && !(await next.evaluate((node) => node === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(new RegExp(`/questions/${QUESTION}/$`));
  await expect(page.locator('main')).toHaveAttribute('data-page-kind', 'question');
});

test('the index of all questions filters by module, difficulty and last answer, and keeps the filter in the URL', async ({ page, request }) => {
  const bank = await loadBank(request);
  const module = bank.modules[1]!;
  const difficulty = 'intermediate';
  const items = page.locator('li[data-question-id]:visible');

  await page.goto('/questions/');
  await expect(page.getByRole('status')).toHaveText(`Showing all ${bank.questions.length} questions.`);
  await expect(items).toHaveCount(bank.questions.length);
  const filters = page.getByRole('form', { name: 'Filter questions' });
  await filters.getByLabel('Module').selectOption(module.id);
  const inModule = bank.questions.filter((q) => q.module === module.id);
  await expect(page.getByRole('status')).toHaveText(`Showing ${inModule.length} of ${bank.questions.length} questions.`);
  await filters.getByLabel('Difficulty').selectOption(difficulty);
  const both = inModule.filter((q) => q.difficulty === difficulty);
  await expect(items).toHaveCount(both.length);
  expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-question-id')))).toEqual(both.map((q) => q.id));
  await expect(page).toHaveURL(new RegExp(`\\?module=${module.id}&difficulty=${difficulty}$`));
  await page.reload();
  await expect(filters.getByLabel('Module')).toHaveValue(module.id);
  await expect(items).toHaveCount(both.length);

  // Answer one wrong on its page; the index can then show just that one.
  const question = both[0]!;
  await items.first().getByRole('link').click();
  await expect(page.locator('main')).toHaveAttribute('data-question-id', question.id);
  await chooseOptions(page.locator('quiz-question'), [firstWrongOf(question)]);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.goto('/questions/?status=wrong');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('✗ last answer wrong');
  await expect(page.getByRole('status')).toHaveText(`Showing 1 of ${bank.questions.length} questions. You have answered 1 of them, 0 right the last time.`);
  await filters.getByLabel('Your last answer').selectOption('right');
  await expect(items).toHaveCount(0);
  await expect(page.getByText('No question matches these filters.')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe is clean on a question page answered with its answer shown, and on the filtered index (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/questions/${QUESTION}/`);
    await chooseOptions(page.locator('quiz-question'), [0]);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.locator('summary', { hasText: 'Show answer' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/questions/?module=ethics&status=unanswered');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the question page shows its answer through Show answer, and the index lists every question', async ({ page, request }) => {
    const bank = await loadBank(request);
    const question = bank.questions.find((q) => q.id === QUESTION)!;
    await page.goto(`/questions/${QUESTION}/`);
    await page.locator('summary', { hasText: 'Show answer' }).click();
    await expect(page.getByText(`Answer: ${correctOf(question).map(optionLetter).join(', ')}`, { exact: true })).toBeVisible();
    await page.goto('/questions/');
    await expect(page.locator('li[data-question-id]')).toHaveCount(bank.questions.length);
    await expect(page.getByRole('form', { name: 'Filter questions' })).toBeHidden();
    await expect(page.locator('#filter-module')).toBeHidden();
  });
});

test('page weight: the quiz on a concept page stays under 3 KB gzipped, and the review count loads the scheduler only once there are answers', async ({ page, request }) => {
  // Every script the concept page loads, with the chunks each imports, gzipped as a server would.
  const html = await (await request.get('/concepts/fine-tuning/')).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const code = new Map<string, string>();
  const visit = async (url: string) => {
    if (code.has(url)) return;
    const text = await (await request.get(url)).text();
    code.set(url, text);
    for (const match of text.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) await visit(new URL(match[1]!, new URL(url, 'http://x')).pathname);
  };
  const quizEntry = sources.find((src) => /QuizQuestion/.test(src))!;
  expect(quizEntry).toBeDefined();
  await visit(quizEntry);
  const quizBytes = [...code.values()].reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0);
  expect(quizBytes).toBeLessThan(3 * 1024);
  expect([...code.values()].join('')).not.toMatch(/ts-fsrs|FSRS|review-schedule/);

  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/concepts/fine-tuning/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => /review-schedule|due-count-compute|question-bank/.test(path))).toEqual([]);
  const question = page.locator('quiz-question').first();
  await question.locator('.option label').first().click();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(() => requested.filter((path) => /due-count-compute/.test(path)).length).toBe(1);
});
