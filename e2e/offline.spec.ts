import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import {
  QUIZ_PAGE,
  axeViolations,
  choose,
  conceptSlugs,
  correctIndices,
  moduleIds,
  pageProblems,
  questionById,
  serveSite,
  storedProgress,
  waitForOfflineCopy,
} from './helpers.ts';

// The offline app against the built sites: one visit, then the server goes away and the browser is
// offline, and the guide must still work, under / (dist/) and under a sub-path (dist-subpath/,
// which `npm test` builds with BASE_PATH=/guide/). Each site gets its own server and origin here,
// so its service worker and caches start empty.

const SITES = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-subpath', base: '/guide/' },
];

/** A question page opened online (kept on view) and one never opened (not saved). */
const VIEWED_QUESTION = 'fine-tuning-role';
const UNVIEWED_QUESTION = readdirSync('dist/questions').find((name) => !name.includes('.') && name !== VIEWED_QUESTION)!;

const studyPages = () => [...conceptSlugs.map((slug) => `concepts/${slug}/`), ...moduleIds.map((id) => `modules/${id}/`), 'glossary/'];

/** Whether the page has its stylesheet (an old page with missing styles would have no design tokens). */
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() !== '');

for (const { dir, base } of SITES) {
  test.describe(`offline, built under ${base}`, () => {

    test('after one visit, every study page, search, quizzes, practice, review and progress work with no network', async ({ browser }) => {
      test.setTimeout(180_000);
      const server = await serveSite(dir, base);
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      const problems = pageProblems(page);
      const at = (path: string) => `${server.url}${path}`;

      await page.goto(server.url);
      await waitForOfflineCopy(page);
      await page.goto(at(`questions/${VIEWED_QUESTION}/`));
      await server.stop();
      await context.setOffline(true);

      for (const path of studyPages()) {
        const response = await page.goto(at(path));
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('main h1'), path).toBeVisible();
        await expect(page.locator('main'), path).not.toHaveAttribute('data-page-kind', 'offline');
      }
      expect(await styled(page)).toBe(true);

      // Search: the dialog, from the cached Pagefind bundle.
      await page.goto(at(QUIZ_PAGE.slice(1)));
      await page.keyboard.press('/');
      await page.getByRole('combobox', { name: 'Search the guide' }).fill('fine-tuning');
      await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();

      // A quiz answer (wrong, so review has a card) is saved and survives a reload.
      await page.goto(at(QUIZ_PAGE.slice(1)));
      const question = questionById(page, 'fine-tuning-role');
      const right = await correctIndices(question);
      const wrong = [0, 1, 2, 3].find((index) => !right.includes(index))!;
      await choose(question, [wrong]);
      await question.getByRole('button', { name: 'Check answer' }).click();
      await expect(question.getByRole('status')).toContainText('Not correct.');
      await page.reload();
      await expect(questionById(page, 'fine-tuning-role').getByRole('radio').nth(wrong)).toBeChecked();
      expect((await storedProgress(page))?.attempts['fine-tuning-role']).toHaveLength(1);

      // A practice exam draws and starts (the question-bank files come from the cache).
      await page.goto(at('practice/?seed=offline-1&count=10'));
      await page.getByRole('button', { name: 'Start exam' }).click();
      await expect(page.getByRole('heading', { name: 'Question 1 of 10' })).toBeVisible();

      // The review queue knows the card from the wrong answer.
      await page.goto(at('review/'));
      await expect(page.getByRole('heading', { name: 'Nothing to review right now' })).toBeVisible();
      await expect(page.getByText(/The next review is due/)).toBeVisible();

      // The progress page: the numbers, the export, and the offline copy it reports.
      await page.goto(at('progress/'));
      await expect(page.getByRole('heading', { name: 'My progress', level: 1 })).toBeVisible();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress' }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      const offlineCopy = page.getByRole('region', { name: 'Offline copy' });
      await expect(offlineCopy.getByRole('status')).toHaveText(/^Available offline: \d{3} files, \d+\.\d MB in this browser\.$/);
      await expect(offlineCopy.getByRole('button', { name: 'Remove the offline copy' })).toBeVisible();
      expect(problems).toEqual([]);

      // A question page opened before is kept; one never opened shows the offline page, with links to what is saved.
      await page.goto(at(`questions/${VIEWED_QUESTION}/`));
      await expect(questionById(page, VIEWED_QUESTION)).toBeVisible();
      const unsaved = await page.goto(at(`questions/${UNVIEWED_QUESTION}/`));
      expect(unsaved?.status()).toBe(200);
      await expect(page.getByRole('heading', { name: 'You are offline', level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Search the guide' })).toHaveAttribute('href', `${base}search/`);
      expect(await styled(page)).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  });
}
