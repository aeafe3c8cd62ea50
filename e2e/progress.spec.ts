import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { finishExam, percent, startExam } from '../src/features/exam/exam-draw.ts';
import { masteryReport, weakestConcepts, type GuideOutline } from '../src/features/dashboard/mastery.ts';
import { PROGRESS_KEY, emptyProgress, type Progress } from '../src/features/progress/progress-format.ts';
import type { QuestionBank } from '../src/features/question-bank/question-bank.ts';
import { attemptAt, axeViolations, correctOf, firstWrongOf, loadBank, seedProgress, storedProgress } from './helpers.ts';

/** A learner's progress built from the real bank: answers right and wrong, a graded review, two exams. */
function sampleProgress(bank: QuestionBank, offset = 0): Progress {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = bank.questions.slice(offset, offset + 6);
  const attempts: Progress['attempts'] = {};
  questions.forEach((q, i) => {
    const day = String(10 + i).padStart(2, '0');
    attempts[q.id] = [attemptAt(`2026-11-${day}T09:00:00.000Z`, i % 2 === 0, i % 2 === 0 ? correctOf(q) : [firstWrongOf(q)])];
  });
  attempts[questions[0]!.id]!.push({ ...attemptAt('2026-11-20T09:00:00.000Z', true, correctOf(questions[0]!), 'review'), grade: 4 } as never);
  const pool = bank.questions.map((q) => q.id);
  const exams = [1, 2].map((n) => {
    const exam = startExam({ seed: `sample-${offset}-${n}`, size: 10, modules: bank.modules.map((m) => m.id), timed: false }, byId, pool, new Date(`2026-11-2${n}T10:00:00.000Z`));
    const answers = Object.fromEntries(exam.questionIds.slice(0, 4 + n * 2).map((id) => [id, correctOf(byId.get(id)!)]));
    return finishExam({ ...exam, answers }, byId, new Date(`2026-11-2${n}T10:1${n}:00.000Z`)).record;
  });
  return { version: 2, attempts, exams, activeExam: null };
}

/** The dashboard's outline, from the bank (modules → concepts → question ids). */
function outlineOf(bank: QuestionBank): GuideOutline {
  return {
    modules: bank.modules.map((m) => ({
      ...m,
      concepts: bank.concepts.filter((c) => c.module === m.id).map((c) => ({ ...c, questionIds: bank.questions.filter((q) => q.concept === c.id).map((q) => q.id) })),
    })),
  };
}

const dataSection = (page: Page) => page.getByRole('region', { name: 'Your data' });

test('export → reset → import gives back exactly the same progress', async ({ page, request }) => {
  const bank = await loadBank(request);
  const progress = sampleProgress(bank);
  await seedProgress(page, progress);
  await page.goto('/progress/');
  const report = masteryReport(outlineOf(bank), progress.attempts);
  await expect(page.locator('[data-stat="answered"]')).toHaveText(`${report.answered} of ${report.total}`);
  const before = await storedProgress(page);
  expect(before).toEqual(progress);

  const [download] = await Promise.all([page.waitForEvent('download'), dataSection(page).getByRole('button', { name: 'Download my progress' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^genai-study-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'genai-study-guide-progress', version: 2 });
  const { format: _format, exportedAt: _at, ...body } = exported;
  expect(body).toEqual(progress);

  await dataSection(page).getByRole('button', { name: 'Reset my progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete all your progress?' });
  await expect(dialog).toContainText('This removes 7 answers to 6 questions and 2 practice exams from this browser.');
  await dialog.getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(dialog).toBeHidden();
  const resetStatus = dataSection(page).getByText(/^Your progress was deleted\. A backup copy is kept in this browser under "genai-guide:progress-backup:/);
  await expect(resetStatus).toBeVisible();
  await expect(page.locator('[data-stat="answered"]')).toHaveText(`0 of ${report.total}`);
  expect(await storedProgress(page)).toEqual(emptyProgress());
  const backupKey = /"([^"]+)"/.exec((await resetStatus.textContent())!)![1]!;
  expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), backupKey))!)).toEqual(before);

  await dataSection(page).getByLabel('Progress file to import').setInputFiles(file);
  const choice = dataSection(page).getByRole('group', { name: /holds 7 answers to 6 questions and 2 practice exams/ });
  await expect(choice).toBeVisible();
  await choice.getByRole('radio', { name: /^Replace/ }).check();
  await dataSection(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dataSection(page).getByText('Imported: 7 answers to 6 questions and 2 practice exams.')).toBeVisible();
  expect(await storedProgress(page)).toEqual(before);
  await expect(page.locator('[data-stat="answered"]')).toHaveText(`${report.answered} of ${report.total}`);
  // And after a reload, from storage.
  await page.reload();
  expect(await storedProgress(page)).toEqual(before);
});

test('importing a damaged or wrong file shows an error and changes nothing', async ({ page, request }) => {
  const bank = await loadBank(request);
  await seedProgress(page, sampleProgress(bank));
  await page.goto('/progress/');
  const before = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  const input = dataSection(page).getByLabel('Progress file to import');

  await input.setInputFiles({ name: 'genai-study-guide-progress-2026-11-25.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"genai-study-guide-progress","version":2,"attem') });
  const alert = dataSection(page).getByRole('alert');
  await expect(alert).toHaveText('genai-study-guide-progress-2026-11-25.json: This file is damaged or is not a progress file: it is not valid JSON. Nothing was changed.');
  await expect(dataSection(page).getByRole('button', { name: 'Import', exact: true })).toBeHidden();

  const bankFile = await (await request.get('/question-bank.json')).body();
  await input.setInputFiles({ name: 'question-bank.json', mimeType: 'application/json', buffer: bankFile });
  await expect(alert).toContainText('question-bank.json: This is not a progress file from this guide');

  const broken = { ...sampleProgress(bank), exams: [{ id: 'x' }] };
  await input.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(alert).toHaveText('edited.json: This progress file is damaged (exams are malformed). Nothing was changed.');

  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
  await page.reload();
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(before);
});

test('merging an imported file keeps everything from both', async ({ page, request }) => {
  const bank = await loadBank(request);
  const here = sampleProgress(bank, 0);
  const there = sampleProgress(bank, 100);
  await seedProgress(page, here);
  await page.goto('/progress/');
  await dataSection(page).getByLabel('Progress file to import').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(there)) });
  await expect(dataSection(page).getByRole('radio', { name: /^Merge/ })).toBeChecked();
  await dataSection(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dataSection(page).getByText('Merged: this browser now holds 14 answers to 12 questions and 4 practice exams.')).toBeVisible();
  const merged = (await storedProgress(page))!;
  for (const id of [...Object.keys(here.attempts), ...Object.keys(there.attempts)]) expect(merged.attempts[id]).toBeDefined();
  expect(merged.exams.map((e) => e.id).sort()).toEqual([...here.exams, ...there.exams].map((e) => e.id).sort());
  await expect(page.getByRole('table', { name: 'Practice exams, oldest first' }).locator('tbody tr')).toHaveCount(4);
});

test('the dashboard charts mastery and exam scores, each with a table of the same numbers', async ({ page, request }) => {
  const bank = await loadBank(request);
  const progress = sampleProgress(bank);
  await seedProgress(page, progress);
  await page.goto('/progress/');
  const report = masteryReport(outlineOf(bank), progress.attempts);

  const moduleChart = page.getByRole('img', { name: 'Mastery by module' });
  await expect(moduleChart).toBeVisible();
  const description = await moduleChart.locator('desc').textContent();
  report.modules.forEach((m, i) => expect(description).toContain(`Module ${i + 1}, ${m.title}: ${percent(m.mastery)} %.`));
  const moduleRows = page.getByRole('table', { name: 'Mastery by module' }).locator('tbody tr');
  expect(await moduleRows.evaluateAll((rows) => rows.map((row) => row.querySelector('[data-cell="answered"]')!.textContent))).toEqual(report.modules.map((m) => String(m.answered)));

  const examChart = page.getByRole('img', { name: 'Practice exam scores over time' });
  await expect(examChart).toBeVisible();
  const scores = progress.exams.map((e) => `${percent(e.correct / e.total)} %`);
  await expect(examChart.locator('desc')).toContainText(`2 exams, scores ${scores[0]}, ${scores[1]}`);
  const examRows = page.getByRole('table', { name: 'Practice exams, oldest first' }).locator('tbody tr');
  await expect(examRows).toHaveCount(2);
  await expect(examRows.nth(1)).toContainText(`${progress.exams[1]!.correct} of 10 (${scores[1]})`);

  // The concept the learner got most wrong comes first among the concepts to study.
  const weakest = page.getByRole('region', { name: 'Concepts to study next' }).getByRole('listitem');
  const expected = weakestConcepts(report);
  expect(expected.length).toBeGreaterThan(0);
  await expect(weakest).toHaveCount(expected.length);
  const first = expected[0]!;
  await expect(weakest.first()).toHaveText(`${first.title} ${first.correct} of ${first.answered} answered right (${percent(first.accuracy)} %)`);
  await weakest.first().getByRole('link').click();
  await expect(page.locator('main')).toHaveAttribute('data-concept', first.id);
});

test('keyboard only: export, then cancel and confirm a reset', async ({ page, request }) => {
  const bank = await loadBank(request);
  await seedProgress(page, sampleProgress(bank));
  await page.goto('/progress/');
  const exportButton = dataSection(page).getByRole('button', { name: 'Download my progress' });
  await exportButton.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const reset = dataSection(page).getByRole('button', { name: 'Reset my progress…' });
  for (let i = 0; i < 10 && !(await reset.evaluate((node) => node === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete all your progress?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await storedProgress(page))!.exams).toHaveLength(2);
  await reset.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Yes, delete my progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reset).toBeFocused();
  expect(await storedProgress(page)).toEqual(emptyProgress());
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe is clean on the dashboard with data, an import choice, an import error and the reset dialog (${scheme})`, async ({ page, request }) => {
    test.slow();
    const bank = await loadBank(request);
    await page.emulateMedia({ colorScheme: scheme });
    await seedProgress(page, sampleProgress(bank));
    await page.goto('/progress/');
    await page.locator('details.concept-mastery summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
    const input = dataSection(page).getByLabel('Progress file to import');
    await input.setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(sampleProgress(bank, 50))) });
    expect(await axeViolations(page)).toEqual([]);
    await input.setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from('nope') });
    expect(await axeViolations(page)).toEqual([]);
    await dataSection(page).getByRole('button', { name: 'Reset my progress…' }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}
