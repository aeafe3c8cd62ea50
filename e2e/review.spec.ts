import { expect, test, type Page } from '@playwright/test';
import { inlineMarkdownToText } from '../src/markdown/inline-markdown.ts';
import type { Progress } from '../src/features/progress/progress-format.ts';
import { cardFor, describeWait, previewGrades } from '../src/features/review/review-schedule.ts';
import { attemptAt, axeViolations, chooseOptions, correctOf, firstWrongOf, loadBank, seedProgress, storedProgress } from './helpers.ts';

// The clock is Playwright's (page.clock): the page reads the time as usual and the test moves it.
const T0 = new Date('2026-11-25T10:00:00.000Z');
const QUESTION = 'fine-tuning-role';
const dueLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: /due for review/ });
const reviewForm = (page: Page) => page.locator('form.review-question');

test('a wrong answer becomes a due review card, and a right review takes it out of "due"', async ({ page, request }) => {
  const bank = await loadBank(request);
  const question = bank.questions.find((q) => q.id === QUESTION)!;
  await page.clock.install({ time: T0 });

  await page.goto(`/questions/${QUESTION}/`);
  await chooseOptions(page.locator('quiz-question'), [firstWrongOf(question)]);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').first()).toContainText('Not correct.');
  await expect(dueLink(page)).toBeHidden();

  // Not due yet: the review page says when it will be.
  await page.getByRole('navigation', { name: 'Syllabus' }).getByRole('link', { name: 'Review' }).click();
  const firstAttempt = (await storedProgress(page))!.attempts[QUESTION]!;
  const due = cardFor(QUESTION, firstAttempt)!.due;
  await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
  await expect(page.getByText(`The next review is due ${describeWait(due, await page.evaluate(() => new Date()))}`)).toBeVisible();

  // Time passes: the card is due, here and in the header of every page.
  await page.clock.fastForward('11:00');
  await expect(dueLink(page)).toHaveText(/1\s*due/);
  await page.reload();
  await expect(page.getByText('1 question due for review, out of 1 you have answered.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Review 1 of 1' })).toBeVisible();
  await expect(reviewForm(page).getByRole('group', { name: inlineMarkdownToText(question.prompt) })).toBeVisible();

  await chooseOptions(reviewForm(page), correctOf(question));
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(reviewForm(page).getByRole('status')).toContainText('Correct.');
  const good = page.getByRole('button', { name: /^Good/ });
  await expect(good).toBeFocused();
  await good.click();
  await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeFocused();
  await expect(page.getByText('You reviewed 1 question and got 1 right. No reviews due.')).toBeVisible();
  await expect(dueLink(page)).toBeHidden();

  const attempts = (await storedProgress(page))!.attempts[QUESTION]!;
  expect(attempts).toEqual([
    expect.objectContaining({ correct: false, source: 'question' }),
    expect.objectContaining({ correct: true, source: 'review', grade: 3 }),
  ]);
  // It comes back when FSRS says, not before.
  const next = cardFor(QUESTION, attempts)!.due;
  const now = await page.evaluate(() => Date.now());
  expect(next.getTime()).toBeGreaterThan(now + 12 * 3600_000);
  await page.clock.fastForward(next.getTime() - now - 60_000);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
  await page.clock.fastForward(120_000);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Review 1 of 1' })).toBeVisible();
});

test('after a right answer the learner may say it was Hard or Easy, which moves the next review', async ({ page, request }) => {
  const bank = await loadBank(request);
  const question = bank.questions.find((q) => q.id === QUESTION)!;
  const earlier = [attemptAt('2026-11-20T10:00:00.000Z', true, correctOf(question))];
  await seedProgress(page, { version: 2, attempts: { [QUESTION]: earlier }, exams: [], activeExam: null } satisfies Progress as Progress);
  await page.clock.install({ time: T0 });
  await page.goto('/review/');
  await chooseOptions(reviewForm(page), correctOf(question));
  await page.getByRole('button', { name: 'Check answer' }).click();
  const waits = previewGrades(cardFor(QUESTION, earlier as Progress['attempts'][string])!.card, T0);
  await expect(page.getByRole('button', { name: /^Easy/ })).toHaveText(`Easy (${describeWait(waits.easy, T0)})`);
  await expect(page.getByRole('button', { name: /^Hard/ })).toHaveText(`Hard (${describeWait(waits.hard, T0)})`);
  await page.getByRole('button', { name: /^Easy/ }).click();
  const attempts = (await storedProgress(page))!.attempts[QUESTION]!;
  expect(attempts.at(-1)).toMatchObject({ correct: true, source: 'review', grade: 4 });
  const reviewedAt = new Date(attempts.at(-1)!.at);
  expect(cardFor(QUESTION, attempts)!.due).toEqual(previewGrades(cardFor(QUESTION, earlier as Progress['attempts'][string])!.card, reviewedAt).easy);
});

test('a wrong review says when the card comes back and moves on; practice-exam answers are reviewed too', async ({ page, request }) => {
  const bank = await loadBank(request);
  const [a, b] = bank.questions.slice(0, 2);
  await seedProgress(page, {
    version: 2,
    attempts: { [a!.id]: [attemptAt('2026-11-01T10:00:00.000Z', false, [firstWrongOf(a!)], 'exam')], [b!.id]: [attemptAt('2026-11-02T10:00:00.000Z', false, [firstWrongOf(b!)])] },
    exams: [],
    activeExam: null,
  });
  await page.clock.install({ time: T0 });
  await page.goto('/review/');
  await expect(page.getByRole('heading', { name: 'Review 1 of 2' })).toBeVisible();
  await expect(reviewForm(page).getByRole('group', { name: inlineMarkdownToText(a!.prompt) })).toBeVisible();
  await chooseOptions(reviewForm(page), [firstWrongOf(a!)]);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText('This one comes back in 10 minutes.')).toBeVisible();
  await page.getByRole('button', { name: 'Next review' }).click();
  await expect(page.getByRole('heading', { name: 'Review 2 of 2' })).toBeFocused();
  expect((await storedProgress(page))!.attempts[a!.id]!.at(-1)).toMatchObject({ correct: false, source: 'review' });
});

test('keyboard only: answer a review, grade it and finish', async ({ page, request }) => {
  const bank = await loadBank(request);
  const question = bank.questions.find((q) => q.id === QUESTION)!;
  const right = correctOf(question)[0]!;
  await seedProgress(page, { version: 2, attempts: { [QUESTION]: [attemptAt('2026-11-01T10:00:00.000Z', false, [firstWrongOf(question)])] }, exams: [], activeExam: null });
  await page.clock.install({ time: T0 });
  await page.goto('/review/');
  const first = reviewForm(page).getByRole('radio').first();
  for (let i = 0; i < 40 && !(await first.evaluate((node) => node === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  for (let i = 0; i < right; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Good/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Easy/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeFocused();
  expect((await storedProgress(page))!.attempts[QUESTION]!.at(-1)).toMatchObject({ grade: 4 });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe is clean on a review card before and after checking, and when nothing is due (${scheme})`, async ({ page, request }) => {
    const bank = await loadBank(request);
    const question = bank.questions.find((q) => q.id === QUESTION)!;
    await page.emulateMedia({ colorScheme: scheme });
    await seedProgress(page, { version: 2, attempts: { [QUESTION]: [attemptAt('2026-11-01T10:00:00.000Z', false, [0])] }, exams: [], activeExam: null });
    await page.clock.install({ time: T0 });
    await page.goto('/review/');
    await expect(dueLink(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await chooseOptions(reviewForm(page), correctOf(question));
    await page.getByRole('button', { name: 'Check answer' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Good/ }).click();
    await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
