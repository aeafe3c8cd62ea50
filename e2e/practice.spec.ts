import { expect, test, type Locator, type Page } from '@playwright/test';
import { drawQuestions, optionOrder, percent, scoreExam } from '../src/features/exam/exam-draw.ts';
import { inlineMarkdownToText } from '../src/markdown/inline-markdown.ts';
import type { QuestionBank } from '../src/features/question-bank/question-bank.ts';
import { axeViolations, chooseOptions, correctOf, firstWrongOf, loadBank, storedProgress } from './helpers.ts';

// Expected draws and scores are computed here from the built bank with the same pure functions the
// page uses; the page must then show exactly them.

const examQuestion = (page: Page) => page.locator('form.exam-question');

/** The pool a full-syllabus exam draws from: every question, in bank order. */
const poolOf = (bank: QuestionBank) => bank.questions.map((q) => q.id);

/**
 * Opens the practice page and waits until its script has filled in the setup from the address (the
 * exam code field always gets a value): a click on "Start exam" before that submits the plain form,
 * which reloads the page with the same settings instead of starting (a slow machine can take that long).
 */
async function openSetup(page: Page, address: string) {
  await page.goto(address);
  await expect(page.locator('form.exam-setup input[name="seed"]')).toHaveValue(/./);
}

/** Presses Tab until `target` has focus (keyboard only), failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((node) => node === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a 10-question exam with a fixed seed: the expected questions, option orders, score and score by module', async ({ page, request }) => {
  const SEED = 'e2e-fixed-1';
  const bank = await loadBank(request);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const ids = drawQuestions(poolOf(bank), SEED, 10);
  // Right, except two wrong answers and one left unanswered.
  const plan = ids.map((_, i) => (i === 2 || i === 5 ? 'wrong' : i === 8 ? 'skip' : 'right'));
  const answers: Record<string, number[]> = {};
  ids.forEach((id, i) => {
    const question = byId.get(id)!;
    if (plan[i] === 'right') answers[id] = correctOf(question);
    if (plan[i] === 'wrong') answers[id] = [firstWrongOf(question)];
  });
  const expected = scoreExam(ids, answers, byId);

  const fetched: string[] = [];
  page.on('request', (r) => /question-bank/.test(r.url()) && fetched.push(new URL(r.url()).pathname));
  await openSetup(page, `/practice/?seed=${SEED}&count=10`);
  await expect(page.getByText(`Exam code ${SEED}`)).toBeVisible();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page).toHaveURL(new RegExp(`seed=${SEED}&count=10`));
  // Only the small index and the module files of the drawn questions are fetched, never the whole bank.
  const drawnModules = [...new Set(ids.map((id) => byId.get(id)!.module))];
  expect(fetched.sort()).toEqual(['/question-bank/index.json', ...bank.modules.filter((m) => drawnModules.includes(m.id)).map((m) => `/question-bank/${m.id}.json`)].sort());
  for (const [i, id] of ids.entries()) {
    const question = byId.get(id)!;
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of 10` })).toBeVisible();
    await expect(examQuestion(page).getByRole('group', { name: inlineMarkdownToText(question.prompt) })).toBeVisible();
    // Options appear in the seeded order.
    const shown = await examQuestion(page).locator('.option').evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-option-index'))));
    expect(shown).toEqual(optionOrder(question, SEED));
    if (answers[id]) await chooseOptions(examQuestion(page), answers[id]!);
    if (i < ids.length - 1) await page.getByRole('button', { name: 'Next question' }).click();
  }
  await expect(page.getByText('9 of 10 answered · 0 flagged')).toBeVisible();
  await page.getByRole('button', { name: 'Finish exam' }).click();
  await expect(page.getByText('1 question is not answered and will count as wrong. Submit the exam anyway?')).toBeFocused();
  await page.getByRole('button', { name: 'Submit exam' }).click();

  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(result.getByText(`${expected.correct} of 10 correct: ${percent(expected.fraction)} %`)).toBeVisible();
  await expect(result.getByText(expected.passed ? '✓ Passed.' : '✗ Not passed yet.', { exact: false })).toBeVisible();
  const table = result.getByRole('table', { name: 'Score by module' });
  const rows = bank.modules.filter((m) => expected.byModule[m.id]).map((m) => {
    const { correct, total } = expected.byModule[m.id]!;
    return [m.title, String(correct), String(total), `${percent(correct / total)} %`];
  });
  const shownRows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
  expect(shownRows).toEqual(rows);
  await expect(result.locator('.exam-review-item')).toHaveCount(10);
  await expect(result.locator('.exam-review-item[data-result="right"]')).toHaveCount(expected.correct);

  // Kept in the history, the attempts join the learner's answers, the exam in progress is gone.
  const saved = (await storedProgress(page))!;
  expect(saved.activeExam).toBeNull();
  expect(saved.exams).toEqual([expect.objectContaining({ seed: SEED, questionIds: ids, correct: expected.correct, total: 10, passed: expected.passed, byModule: expected.byModule })]);
  expect(Object.keys(saved.attempts).sort()).toEqual(Object.keys(answers).sort());
  expect(Object.values(saved.attempts).flat().every((a) => a.source === 'exam')).toBe(true);

  // The results survive a reload (the URL names the exam) and the history lists it.
  await page.reload();
  await expect(page.getByText(`${expected.correct} of 10 correct: ${percent(expected.fraction)} %`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your past exams' }).getByRole('row')).toHaveCount(2);
});

test('an exam in progress survives a reload: same question, answers and flags', async ({ page, request }) => {
  const SEED = 'e2e-reload';
  const bank = await loadBank(request);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const ids = drawQuestions(poolOf(bank), SEED, 10);
  const first = byId.get(ids[0]!)!;
  const third = byId.get(ids[2]!)!;

  await openSetup(page, `/practice/?seed=${SEED}&count=10&timed=1`);
  await page.getByRole('button', { name: 'Start exam' }).click();
  await chooseOptions(examQuestion(page), correctOf(first));
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByLabel('Flag this question to come back to it').check();
  await page.getByRole('button', { name: 'Next question' }).click();
  await chooseOptions(examQuestion(page), [firstWrongOf(third)]);
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 3 of 10' })).toBeVisible();
  await expect(examQuestion(page).getByRole('group', { name: inlineMarkdownToText(third.prompt) })).toBeVisible();
  await expect(examQuestion(page).locator(`.option[data-option-index="${firstWrongOf(third)}"] input`)).toBeChecked();
  await expect(page.getByText('2 of 10 answered · 1 flagged')).toBeVisible();
  const map = page.getByRole('navigation', { name: 'Questions of this exam' });
  await expect(map.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Question 2, not answered, flagged' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Question 3, answered' })).toHaveAttribute('aria-current', 'step');
  await map.getByRole('button', { name: 'Question 1, answered' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeFocused();
  for (const index of correctOf(first)) await expect(examQuestion(page).locator(`.option[data-option-index="${index}"] input`)).toBeChecked();

  // Abandoning asks first, then leaves nothing in progress.
  await page.getByRole('button', { name: 'Abandon exam' }).click();
  await page.getByRole('button', { name: 'Abandon exam' }).last().click();
  await expect(page.getByRole('heading', { name: 'Set up your exam' })).toBeFocused();
  expect((await storedProgress(page))!.activeExam).toBeNull();
});

test('keyboard only: set up, take and submit an exam', async ({ page, request }) => {
  const SEED = 'e2e-keys';
  const bank = await loadBank(request);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const ids = drawQuestions(poolOf(bank), SEED, 10);

  await openSetup(page, `/practice/?seed=${SEED}&count=10`);
  await tabTo(page, page.getByRole('button', { name: 'Start exam' }));
  await page.keyboard.press('Enter');
  for (const [i, id] of ids.entries()) {
    const heading = page.getByRole('heading', { name: `Question ${i + 1} of 10` });
    await expect(heading).toBeFocused();
    const question = byId.get(id)!;
    // Tab into the options; Space ticks the focused option (radio or checkbox) — here the first one shown.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const firstShown = optionOrder(question, SEED)[0]!;
    await expect(examQuestion(page).locator(`.option[data-option-index="${firstShown}"] input`)).toBeChecked();
    const next = page.getByRole('button', { name: i < ids.length - 1 ? 'Next question' : 'Finish exam' });
    await tabTo(page, next, 20);
    await page.keyboard.press('Enter');
  }
  const expected = scoreExam(ids, Object.fromEntries(ids.map((id) => [id, [optionOrder(byId.get(id)!, SEED)[0]!]])), byId);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByText(`${expected.correct} of 10 correct: ${percent(expected.fraction)} %`)).toBeVisible();
});

test('a timed exam is submitted when its time runs out', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T10:00:00Z') });
  await openSetup(page, '/practice/?seed=e2e-timed&count=10&timed=1');
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('timer')).toHaveText('15:00');
  await chooseOptions(examQuestion(page), [0]);
  await page.clock.fastForward('14:00');
  await expect(page.getByRole('timer')).toHaveText('1:00');
  await page.clock.fastForward('01:05');
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(page.getByText('Time ran out, so the exam was submitted with the answers you had given.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your result' }).getByText('15 min 0 s')).toBeVisible();
});

test('starting needs at least one module, and the settings shape the draw', async ({ page, request }) => {
  const bank = await loadBank(request);
  const module = bank.modules.at(-1)!;
  await openSetup(page, '/practice/');
  const modules = page.getByRole('group', { name: 'Modules' });
  for (const box of await modules.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByText('Tick at least one module.')).toBeVisible();
  await expect(modules.getByRole('checkbox').first()).toBeFocused();
  await modules.getByRole('checkbox', { name: new RegExp(module.title.replace(/[()]/g, '.')) }).check();
  await page.getByRole('radio', { name: '20' }).check();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 20' })).toBeVisible();
  const seed = new URL(page.url()).searchParams.get('seed')!;
  expect(new URL(page.url()).searchParams.get('modules')).toBe(module.id);
  const inModule = bank.questions.filter((q) => q.module === module.id).map((q) => q.id);
  const saved = (await storedProgress(page))!;
  expect(saved.activeExam!.questionIds).toEqual(drawQuestions(inModule, seed, 20));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe is clean on the setup, during an exam and on the results (${scheme})`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await openSetup(page, '/practice/?seed=e2e-axe&count=10');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start exam' }).click();
    await chooseOptions(examQuestion(page), [0]);
    await page.getByLabel('Flag this question to come back to it').check();
    await page.getByRole('button', { name: 'Finish exam' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Submit exam' }).click();
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('without JavaScript the page says the exam needs it and links to the question pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/practice/');
  await expect(page.getByText('The practice exam runs in your browser and needs JavaScript.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'its own page' })).toHaveAttribute('href', '/questions/');
  await context.close();
});
