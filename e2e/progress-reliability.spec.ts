import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY, emptyProgress, type ActiveExam, type Progress } from '../src/features/progress/progress-format.ts';
import { MAX_IMPORT_BYTES } from '../src/features/progress/progress-transfer.ts';
import { attemptAt, loadBank, seedProgress, storedProgress } from './helpers.ts';

// Progress is never lost: several tabs, full or blocked storage, damaged data, hostile or oversized
// imports. Every test reads what is STORED afterwards, not only what the page says. Tabs are pages of
// one browser context, so they share localStorage and receive each other's `storage` events.

const TAB_A = '/concepts/neural-networks-deep-learning/';
const TAB_B = '/concepts/symbolic-ai-vs-machine-learning/';
const notice = (page: Page) => page.locator('storage-status [role="alert"]');

/** Answers the n-th question of a concept page (cycling), like a person: Try again if needed, an option, Check. */
async function answerNth(page: Page, n: number) {
  await page.bringToFront(); // a person uses one tab at a time (and background tabs get no animation frames)
  const questions = page.locator('quiz-question');
  const question = questions.nth(n % (await questions.count()));
  const retry = question.getByRole('button', { name: 'Try again' });
  if (await retry.isVisible()) await retry.click();
  await question.locator('.option label').nth(n % 2).click();
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(retry).toBeVisible();
}

/** Starts a 10-question practice exam, answers its first question and submits it. */
async function finishExam(page: Page) {
  await page.bringToFront();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  await page.locator('form.exam-question .option label').first().click();
  await page.getByRole('button', { name: 'Finish exam' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

const raw = (page: Page, key = PROGRESS_KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const backupKeys = (page: Page) => page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)), BACKUP_KEY_PREFIX);
const pageAttempts = (progress: Progress | null) => Object.values(progress?.attempts ?? {}).flat();

/**
 * Fills localStorage so that only about `leave` characters stay free: a reserve of that size is written
 * first, everything else is filled with filler items, then the reserve is removed.
 */
async function fillStorage(page: Page, leave: number) {
  await page.evaluate((room) => {
    if (room > 0) localStorage.setItem('reserve', 'r'.repeat(room));
    let n = 0;
    for (let size = 1 << 20; size >= 8; size = Math.floor(size / 2)) {
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, 'f'.repeat(size));
          n += 1;
        } catch {
          break;
        }
      }
    }
    localStorage.removeItem('reserve');
  }, leave);
}

const freeStorage = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('filler-')).forEach((key) => localStorage.removeItem(key)));

async function openTab(context: BrowserContext, path: string) {
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test('two tabs answering alternately (50 answers each) and an exam finished in a third: everything is stored and on the dashboard', async ({ context }) => {
  test.setTimeout(240_000);
  // Every tab opens before any answer, so each starts from the same empty store.
  const [a, b, exam, dashboard] = [await openTab(context, TAB_A), await openTab(context, TAB_B), await openTab(context, '/practice/'), await openTab(context, '/progress/')];
  await expect(dashboard.locator('[data-stat="exams"]')).toHaveText('0');
  for (let i = 0; i < 50; i += 1) {
    await answerNth(a, i);
    await answerNth(b, i);
    if (i === 24) await finishExam(exam);
  }
  const stored = (await storedProgress(a))!;
  const attempts = pageAttempts(stored);
  expect(attempts.filter((attempt) => attempt.source === 'page')).toHaveLength(100);
  expect(attempts.filter((attempt) => attempt.source === 'exam')).toHaveLength(1);
  expect(stored.exams).toHaveLength(1);
  expect(stored.activeExam).toBeNull();
  // Each tab's answers are all there: 50 on the questions of A's page, 50 on B's.
  const idsOf = async (page: Page) => page.locator('quiz-question').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['questionId']!));
  const count = (ids: string[]) => ids.reduce((sum, id) => sum + (stored.attempts[id] ?? []).filter((attempt) => attempt.source === 'page').length, 0);
  expect(count(await idsOf(a))).toBe(50);
  expect(count(await idsOf(b))).toBe(50);

  // The dashboard, open all along, was refreshed by the other tabs' writes: it shows what a reload shows.
  await dashboard.bringToFront();
  await expect(dashboard.locator('[data-stat="exams"]')).toHaveText(/^1, [01] passed$/);
  const live = await dashboard.locator('[data-stat="answered"]').textContent();
  await dashboard.reload();
  await expect(dashboard.locator('[data-stat="answered"]')).toHaveText(live!);
  await expect(dashboard.locator('[data-stat="exams"]')).toHaveText(/^1, [01] passed$/);
  expect(await storedProgress(dashboard)).toEqual(stored);
});

test('a tab opened before an exam was finished elsewhere does not delete the exam when it saves an answer', async ({ context }) => {
  const old = await openTab(context, TAB_A);
  const practice = await openTab(context, '/practice/');
  await finishExam(practice);
  const afterExam = (await storedProgress(practice))!;
  expect(afterExam.exams).toHaveLength(1);

  await answerNth(old, 0);
  const stored = (await storedProgress(old))!;
  expect(stored.exams).toEqual(afterExam.exams);
  expect(pageAttempts(stored).filter((attempt) => attempt.source === 'exam')).toEqual(pageAttempts(afterExam).filter((attempt) => attempt.source === 'exam'));
  expect(pageAttempts(stored).filter((attempt) => attempt.source === 'page')).toHaveLength(1);
  await practice.goto('/progress/');
  await expect(practice.locator('[data-stat="exams"]')).toHaveText(/^1, /);
});

test('a tab opened before an exam was started does not wipe the exam in progress', async ({ context }) => {
  const old = await openTab(context, TAB_A);
  const practice = await openTab(context, '/practice/');
  await practice.getByRole('button', { name: 'Start exam' }).click();
  await practice.locator('form.exam-question .option label').first().click();
  await practice.getByRole('button', { name: 'Next question' }).click();
  await expect(practice.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  const inProgress = (await storedProgress(practice))!.activeExam!;
  expect(Object.keys(inProgress.answers)).toHaveLength(1);

  await answerNth(old, 0);
  expect((await storedProgress(old))!.activeExam).toEqual(inProgress);
  await practice.reload();
  await expect(practice.getByRole('heading', { name: 'Question 2 of 10' })).toBeVisible();
  await expect(practice.locator('[data-tally]')).toHaveText('1 of 10 answered · 0 flagged');
});

test('full storage: the answer is kept for the visit, the page says so, nothing false is stored; it is saved once room frees up', async ({ context }) => {
  const page = await openTab(context, TAB_A);
  await answerNth(page, 0);
  const before = await raw(page);
  expect(pageAttempts(JSON.parse(before!))).toHaveLength(1);
  await fillStorage(page, 0);

  await answerNth(page, 1);
  await expect(notice(page)).toContainText("storage for this site is full");
  await expect(page.locator('quiz-score')).toContainText('(2 answered)');
  expect(await raw(page)).toBe(before);

  // Another tab frees room: this tab hears of it and saves the answer it kept.
  const other = await openTab(context, '/');
  await freeStorage(other);
  await expect.poll(async () => pageAttempts(await storedProgress(page))).toHaveLength(2);
  await expect(notice(page)).toBeHidden();
});

test('storage that throws on every write: quiz and practice exam say so, and nothing is stored', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto(TAB_A);
  await answerNth(page, 0);
  await expect(notice(page)).toContainText('not letting the guide store anything');
  expect(await raw(page)).toBeNull();

  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  await expect(notice(page)).toContainText('answers are kept only until you leave the page');
  expect(await raw(page)).toBeNull();
});

test.describe('a 4 MB damaged value, too large to copy beside itself', () => {
  const damaged = `{"version":2,"attempts":${'x'.repeat(4_000_000)}`;

  async function seedDamaged(page: Page) {
    await page.goto('/');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, damaged]);
  }

  test('is kept untouched, offered as a download, and cleared only when the learner says so; answers given meanwhile are saved', async ({ page }) => {
    await seedDamaged(page);
    await page.goto(TAB_A);
    await expect(notice(page)).toContainText('no room left to keep a copy');
    expect(await raw(page)).toBe(damaged);
    expect(await backupKeys(page)).toEqual([]);

    await answerNth(page, 0);
    expect(await raw(page)).toBe(damaged);

    const [download] = await Promise.all([page.waitForEvent('download'), notice(page).getByRole('button', { name: 'Download the saved data' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(damaged);
    expect(await raw(page)).toBe(damaged);

    await notice(page).getByRole('button', { name: 'Clear it and start saving again' }).click();
    await expect(page.locator('storage-status [role="status"]')).toHaveText('The damaged data was cleared. Answers are saved again from now on.');
    await expect(notice(page)).toBeHidden();
    const stored = await storedProgress(page);
    expect(pageAttempts(stored)).toHaveLength(1);
    await page.reload();
    await expect(page.locator('quiz-question').first().getByRole('status')).toContainText('Answered before');
  });

  test('Reset really removes it, and says that no copy was kept', async ({ page }) => {
    await seedDamaged(page);
    await page.goto('/progress/');
    await expect(notice(page)).toContainText('could not be read');
    await page.getByRole('button', { name: 'Reset my progress…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete my progress' }).click();
    await expect(page.getByText('Your progress was deleted from this browser. No copy was kept')).toBeVisible();
    expect(await raw(page)).toBe(JSON.stringify(emptyProgress()));
    expect(await backupKeys(page)).toEqual([]);
  });
});

test.describe('import on My progress', () => {
  const data = (page: Page): Locator => page.getByRole('region', { name: 'Your data' });
  const fileOf = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

  test('ids named __proto__, constructor and toString are merged as plain ids, with no error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await seedProgress(page, { ...emptyProgress(), attempts: { constructor: [attemptAt('2026-12-01T09:00:00.000Z', true, [0])] } });
    await page.goto('/progress/');
    // Written as text: an object literal's __proto__ key would not survive JSON.stringify.
    const attempt = JSON.stringify(attemptAt('2026-12-02T09:00:00.000Z', false, [1]));
    const text = `{"format":"genai-study-guide-progress","version":2,"attempts":{"__proto__":[${attempt}],"constructor":[${attempt}],"toString":[${attempt}]},"exams":[],"activeExam":null}`;
    await data(page).getByLabel('Progress file to import').setInputFiles(fileOf('odd-ids.json', text));
    await data(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(data(page).getByText('Merged: this browser now holds 4 answers to 3 questions and 0 practice exams.')).toBeVisible();
    const stored = JSON.parse((await raw(page))!) as Progress;
    expect(Object.keys(stored.attempts).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(await page.evaluate((key) => Object.hasOwn(JSON.parse(localStorage.getItem(key)!).attempts, '__proto__'), PROGRESS_KEY)).toBe(true);
    expect((await raw(page))!).toContain('"constructor":[{"at":"2026-12-01T09:00:00.000Z"');
    expect(errors).toEqual([]);
  });

  test('a valid file too large to store says so and changes nothing, merged or replacing', async ({ page, request }) => {
    const bank = await loadBank(request);
    const here: Progress = { ...emptyProgress(), attempts: { [bank.questions[0]!.id]: [attemptAt('2026-12-01T09:00:00.000Z', true, [0])] } };
    await seedProgress(page, here);
    await page.goto('/progress/');
    // 20 000 answers, about 1.6 MB: well under the import limit, far more than the room left.
    const big: Progress = { ...emptyProgress(), attempts: {} };
    bank.questions.slice(0, 100).forEach((question, i) => {
      big.attempts[question.id] = Array.from({ length: 200 }, (_, n) => attemptAt(new Date(Date.UTC(2026, 0, 1) + (i * 200 + n) * 60_000).toISOString(), n % 2 === 0, [n % 2]));
    });
    const file = fileOf('big.json', big);
    expect(file.buffer.length).toBeLessThan(MAX_IMPORT_BYTES);
    await fillStorage(page, 200_000);
    const before = await raw(page);

    for (const mode of ['Merge', 'Replace']) {
      await data(page).getByLabel('Progress file to import').setInputFiles(file);
      await data(page).getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
      await data(page).getByRole('button', { name: 'Import', exact: true }).click();
      await expect(data(page).getByRole('alert')).toContainText("Nothing was imported: ");
      await expect(data(page).getByRole('alert')).toContainText("does not fit in this browser's storage");
      expect(await raw(page)).toBe(before);
      expect(await backupKeys(page)).toEqual([]);
      await data(page).getByRole('button', { name: 'Cancel' }).click();
    }
  });

  test('a file larger than the import limit is refused before it is read, with its size', async ({ page }) => {
    await page.goto('/progress/');
    const huge = `{"format":"genai-study-guide-progress","version":2,"attempts":{},"pad":"${'p'.repeat(MAX_IMPORT_BYTES)}"}`;
    await data(page).getByLabel('Progress file to import').setInputFiles(fileOf('huge.json', huge));
    await expect(data(page).getByRole('alert')).toHaveText('huge.json: This file is 5.0 MB, larger than any progress this guide can keep (at most 5.0 MB, what a browser stores for one site). Nothing was changed.');
    expect(await raw(page)).toBeNull();
  });
});

test('an unfinished exam that cannot be resumed is set aside under a backup key, not deleted', async ({ page }) => {
  const exam: ActiveExam = { seed: 'gone', startedAt: '2026-12-01T09:00:00.000Z', questionIds: ['no-such-question'], optionOrder: { 'no-such-question': [0, 1] }, answers: {}, flagged: [], current: 0, minutes: null, modules: ['ai-foundations'] };
  await seedProgress(page, { ...emptyProgress(), activeExam: exam });
  await page.goto('/practice/');
  const message = page.locator('practice-exam [data-notice]');
  await expect(message).toContainText('so it was set aside: a copy is kept in this browser under "genai-guide:progress-backup:');
  const [key] = await backupKeys(page);
  expect(JSON.parse((await raw(page, key))!).activeExam).toEqual(exam);
  expect((await storedProgress(page))!.activeExam).toBeNull();
});

test('damaged data is reported, with its backup key, whichever progress page is opened first', async ({ context }) => {
  const damaged = '{"version":2,"attempts":{"q":"oops';
  for (const path of ['/review/', '/practice/', '/progress/', '/questions/', '/questions/fine-tuning-role/']) {
    const page = await context.newPage();
    await page.goto('/');
    await page.evaluate(([key, value]) => { localStorage.clear(); localStorage.setItem(key!, value!); }, [PROGRESS_KEY, damaged]);
    await page.goto(path);
    await expect(notice(page), path).toContainText('Your saved progress could not be read (not valid JSON)');
    const [key] = await backupKeys(page);
    await expect(notice(page)).toContainText(`"${key}"`);
    expect(await raw(page, key)).toBe(damaged);
    expect(await raw(page)).toBe(JSON.stringify(emptyProgress()));
    await page.close();
  }
});

test('reset with storage that refuses writes says nothing was deleted, and nothing was', async ({ page }) => {
  await seedProgress(page, { ...emptyProgress(), attempts: { q: [attemptAt('2026-12-01T09:00:00.000Z', true, [0])] } });
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/progress/');
  const before = await raw(page);
  expect(pageAttempts(JSON.parse(before!))).toHaveLength(1);
  await page.getByRole('button', { name: 'Reset my progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete my progress' }).click();
  await expect(page.getByText('Nothing was deleted: this browser is not letting the guide store anything.')).toBeVisible();
  expect(await raw(page)).toBe(before);
});

test('an exam finished in another tab ends in this one too, instead of failing on the next click', async ({ context }) => {
  const first = await openTab(context, '/practice/');
  await first.getByRole('button', { name: 'Start exam' }).click();
  await expect(first.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  const second = await openTab(context, '/practice/');
  await expect(second.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();
  await second.getByRole('button', { name: 'Finish exam' }).click();
  await second.getByRole('button', { name: 'Submit exam' }).click();
  await expect(second.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await first.bringToFront();
  await expect(first.locator('practice-exam [data-notice]')).toContainText('finished or abandoned in another tab');
  await expect(first.getByRole('heading', { name: 'Set up your exam' })).toBeVisible();
  expect((await storedProgress(first))!.exams).toHaveLength(1);
});

test('backup copies are listed on My progress: each downloads exactly as kept, and Delete really removes it', async ({ page, request }) => {
  const bank = await loadBank(request);
  await seedProgress(page, { ...emptyProgress(), attempts: { [bank.questions[0]!.id]: [attemptAt('2026-12-01T09:00:00.000Z', true, [0])] } });
  await page.goto('/progress/');
  const data = page.getByRole('region', { name: 'Your data' });
  await expect(data.getByText('No backup copies are kept in this browser.')).toBeVisible();
  const before = await raw(page);
  await data.getByRole('button', { name: 'Reset my progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete my progress' }).click();

  const [key] = await backupKeys(page);
  expect(await raw(page, key)).toBe(before);
  const copies = data.getByRole('listitem');
  await expect(copies).toHaveCount(1);
  const [download] = await Promise.all([page.waitForEvent('download'), copies.getByRole('button', { name: /^Download the copy kept on / }).click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toBe(before);

  await copies.getByRole('button', { name: /^Delete the copy kept on / }).click();
  await expect(data.getByRole('status').filter({ hasText: /^Deleted the copy kept on / })).toBeVisible();
  await expect(data.getByText('No backup copies are kept in this browser.')).toBeVisible();
  expect(await backupKeys(page)).toEqual([]);
  expect(await raw(page)).toBe(JSON.stringify(emptyProgress()));
});
