import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY } from '../src/features/progress/progress-format.ts';
import { QUIZ_PAGE, choose, correctIndices, firstOfKind, questionById } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('quiz islands', () => {
  test('the reference question: a wrong answer is announced and every option explains itself', async ({ page }) => {
    await page.goto(QUIZ_PAGE);
    const question = questionById(page, 'fine-tuning-role');
    await expect(question.getByRole('group', { name: /What is the role of fine-tuning in Generative AI\?/ })).toBeVisible();
    const right = await correctIndices(question);
    const wrong = [0, 1, 2, 3].find((i) => !right.includes(i))!;
    await choose(question, [wrong]);
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Not correct.');
    const feedback = question.locator('.option-feedback');
    await expect(feedback).toHaveCount(4);
    for (let i = 0; i < 4; i += 1) await expect(feedback.nth(i)).toBeVisible();
    await expect(question.locator('.option').nth(right[0]!)).toHaveAttribute('data-state', 'missed');
    await expect(question.locator('.option').nth(wrong)).toHaveAttribute('data-state', 'wrong');
    await expect(question.getByText('Adapting a pre-trained model so it performs better on a specific dataset or task').first()).toBeVisible();
    // Focus lands on Try again, which resets the question.
    const retry = question.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeFocused();
    await retry.click();
    await expect(question.getByRole('status')).toHaveText('');
    await expect(feedback.first()).toBeHidden();
    await expect(question.getByRole('radio').first()).toBeFocused();
  });

  test('a right answer is announced as correct and the page score counts it', async ({ page }) => {
    await page.goto(QUIZ_PAGE);
    const question = questionById(page, 'fine-tuning-role');
    await choose(question, await correctIndices(question));
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Correct.');
    await expect(page.locator('quiz-score')).toContainText(/1 of \d+ correct \(1 answered\)/);
  });

  test('choose-all-that-apply: a partial answer says how much was found', async ({ page }) => {
    await page.goto(QUIZ_PAGE);
    const question = firstOfKind(page, 'multiple');
    const right = await correctIndices(question);
    const optionCount = await question.locator('.option').count();
    const wrongIndex = [...Array(optionCount).keys()].find((i) => !right.includes(i))!;
    await choose(question, [right[0]!, wrongIndex]);
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText(
      right.length > 1 ? `Partly correct: you found 1 of ${right.length} correct options and chose 1 wrong option.` : 'Partly correct: you found 1 of 1 correct options and chose 1 wrong option.',
    );
    await expect(question).toHaveAttribute('data-answered', 'partial');
  });

  test('keyboard only: reach, choose, check and retry without a mouse', async ({ page }) => {
    await page.goto(QUIZ_PAGE);
    const question = questionById(page, 'fine-tuning-role');
    const right = (await correctIndices(question))[0]!;
    await question.getByRole('radio').first().focus();
    for (let i = 0; i < right; i += 1) await page.keyboard.press('ArrowDown');
    await expect(question.getByRole('radio').nth(right)).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(question.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question.getByRole('status')).toContainText('Correct.');
    await expect(question.getByRole('button', { name: 'Try again' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(question.getByRole('radio').first()).toBeFocused();
  });

  test('answers survive a reload and show as answered', async ({ page }) => {
    await page.goto(QUIZ_PAGE);
    const question = questionById(page, 'fine-tuning-role');
    const right = await correctIndices(question);
    await choose(question, right);
    await question.getByRole('button', { name: 'Check answer' }).click();
    await page.reload();
    const again = questionById(page, 'fine-tuning-role');
    await expect(again.getByRole('radio').nth(right[0]!)).toBeChecked();
    await expect(again.getByRole('status')).toContainText('Answered before: Correct.');
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY))!);
    expect(stored.version).toBe(2);
    expect(stored.attempts['fine-tuning-role']).toHaveLength(1);
    expect(stored.attempts['fine-tuning-role'][0]).toMatchObject({ choice: right, correct: true, source: 'page' });
  });

  test('a corrupted store: the page works, a notice shows, the old string is kept in a backup key', async ({ page }) => {
    const damaged = '{"version":2,"attempts":{"fine-tuning-role":"oops';
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    }, [PROGRESS_KEY, damaged]);
    await page.goto(QUIZ_PAGE);
    await expect(page.getByRole('alert')).toContainText('Your saved progress could not be read');
    const backups = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)), BACKUP_KEY_PREFIX);
    expect(backups).toHaveLength(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), backups[0]!)).toBe(damaged);
    // The quiz still works and saves.
    const question = questionById(page, 'fine-tuning-role');
    await choose(question, await correctIndices(question));
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Correct.');
  });

  test('storage that throws: the quiz still works in memory and says it cannot save', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(QUIZ_PAGE);
    const question = questionById(page, 'fine-tuning-role');
    await choose(question, await correctIndices(question));
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Correct.');
    await expect(page.locator('quiz-score')).toContainText('1 of');
    await expect(page.getByRole('alert')).toContainText('kept only until you leave the page');
  });

  test('storage that cannot even be read: the quiz still works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await page.goto(QUIZ_PAGE);
    const question = questionById(page, 'fine-tuning-role');
    await choose(question, await correctIndices(question));
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status')).toContainText('Correct.');
    await expect(page.getByRole('alert')).toContainText('not letting the guide store anything');
  });

  test('axe is clean with the quiz unanswered and answered', async ({ page }) => {
    await page.goto(QUIZ_PAGE);
    let results = await new AxeBuilder({ page }).include('.quiz').withTags(TAGS).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    for (const dark of [false, true]) {
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.reload();
      const questions = page.locator('quiz-question');
      for (const index of [0, 1]) {
        const question = questions.nth(index);
        if (await question.getByRole('button', { name: 'Try again' }).isVisible()) continue;
        await question.locator('.option label').first().click();
        await question.getByRole('button', { name: 'Check answer' }).click();
      }
      await page.locator('details.answer-reveal').first().locator('summary').click();
      results = await new AxeBuilder({ page }).include('.quiz').withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the question reads as a form and the answer is reachable through Show answer', async ({ page }) => {
    await page.goto(QUIZ_PAGE);
    const question = questionById(page, 'fine-tuning-role');
    await expect(question.getByRole('group', { name: /role of fine-tuning/ })).toBeVisible();
    await expect(question.getByRole('button', { name: 'Check answer' })).toBeHidden();
    const reveal = question.locator('details.answer-reveal');
    await expect(reveal.getByText(/^Answer: [A-D]$/)).toBeHidden();
    await reveal.locator('summary', { hasText: 'Show answer' }).click();
    await expect(reveal.getByText(/^Answer: [A-D]$/)).toBeVisible();
    await expect(reveal.getByText('Adapting a pre-trained model so it performs better on a specific dataset or task')).toBeVisible();
    await expect(reveal.locator('.answer-option-why')).toHaveCount(4);
  });
});

test.describe('print', () => {
  test('the quiz prints as a worksheet and the answers move to an answer key at the end', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(QUIZ_PAGE);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Syllabus' })).toBeHidden();
    const question = questionById(page, 'fine-tuning-role');
    await expect(question.getByRole('radio').first()).toBeVisible();
    await expect(question.locator('details.answer-reveal')).toBeHidden();
    await expect(question.getByRole('button', { name: 'Check answer' })).toBeHidden();
    const key = page.getByRole('region', { name: 'Answer key' });
    await expect(key).toBeVisible();
    await expect(key.locator('[data-answer-for="fine-tuning-role"]')).toContainText('Adapting a pre-trained model');
    const keyIsLast = await page.evaluate(() => {
      const key = document.querySelector('.answer-key')!;
      const quiz = document.querySelector('.quiz')!;
      return Boolean(quiz.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(keyIsLast).toBe(true);
    // Dark theme prints light.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});

test('search never sees answers: explanations and answer keys are excluded from the index', async ({ page }) => {
  await page.goto(QUIZ_PAGE);
  for (const selector of ['.answer-reveal', '.option-feedback', '.answer-key', '.question-overall']) {
    const outside = await page.locator(selector).evaluateAll((nodes) => nodes.filter((node) => !node.closest('[data-pagefind-ignore]')).length);
    expect(outside, selector).toBe(0);
  }
  // Prompts stay searchable.
  const prompt = page.locator('quiz-question[data-question-id="fine-tuning-role"] .question-prompt');
  expect(await prompt.evaluate((node) => Boolean(node.closest('[data-pagefind-ignore]')))).toBe(false);
});
