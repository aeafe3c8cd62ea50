import { expect, test } from '@playwright/test';
import type { AstroIntegrationLogger } from 'astro';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOfflineApp } from '../src/features/offline/service-worker.ts';
import { OFFLINE_OPT_OUT_KEY } from '../src/features/offline/offline-names.ts';
import { QUIZ_PAGE, choose, correctIndices, pageProblems, questionById, serveSite, storedProgress, waitForOfflineCopy } from './helpers.ts';

// A new deploy and the offline copy's own controls, on the built site (dist/) served on a port of its own.

const quietLog = { info: () => {}, warn: () => {} } as unknown as AstroIntegrationLogger;
const MARKER = 'Deployed again: build B';

/** Build B: dist/ with a changed home page and the service worker the build step writes for it. */
async function makeBuildB(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'guide-build-b-'));
  cpSync('dist', dir, { recursive: true, filter: (source) => !/^dist\/(pdf|print)(\/|$)/.test(source) });
  const home = join(dir, 'index.html');
  writeFileSync(home, readFileSync(home, 'utf8').replace('</main>', `<p>${MARKER}</p></main>`));
  await buildOfflineApp({ outDir: dir, base: '/', log: quietLog });
  return dir;
}

test('a new build installs in the background; the learner is offered Reload, and progress is kept', async ({ browser }) => {
  test.setTimeout(120_000);
  const buildB = await makeBuildB();
  const a = await serveSite('dist');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  const problems = pageProblems(page);
  try {
    // Build A: one visit saves it, and a quiz answer is saved.
    await page.goto(`${a.url}${QUIZ_PAGE.slice(1)}`);
    await waitForOfflineCopy(page);
    const question = questionById(page, 'fine-tuning-role');
    const right = await correctIndices(question);
    await choose(question, right);
    await question.getByRole('button', { name: 'Check answer' }).click();
    const before = await storedProgress(page);
    expect(before?.attempts['fine-tuning-role']).toHaveLength(1);

    // Build B is deployed at the same address. The open page is still build A's, and says a new version is ready.
    await a.stop();
    const b = await serveSite(buildB, '/', a.port);
    try {
      await page.goto(b.url);
      const reload = page.getByRole('status').getByRole('button', { name: 'Reload' });
      await expect(reload).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('status').getByText('A new version of the guide is available.')).toBeVisible();
      await expect(page.getByText(MARKER)).toHaveCount(0);

      // Reload: build B takes over, whole (its page and its styles), and the progress is untouched.
      await reload.click();
      await expect(page.getByText(MARKER)).toBeVisible();
      await expect(reload).toBeHidden();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())).not.toBe('');
      expect(await storedProgress(page)).toEqual(before);
      await page.goto(`${b.url}${QUIZ_PAGE.slice(1)}`);
      await expect(questionById(page, 'fine-tuning-role').getByRole('status')).toContainText('Answered before: Correct.');
      expect(problems).toEqual([]);
    } finally {
      await b.stop();
    }
  } finally {
    await context.close();
    rmSync(buildB, { recursive: true, force: true });
  }
});

test('the progress page says how big the offline copy is, removes it without touching progress, and keeps it again', async ({ browser }) => {
  test.setTimeout(90_000);
  const server = await serveSite('dist');
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}${QUIZ_PAGE.slice(1)}`);
    await waitForOfflineCopy(page);
    const question = questionById(page, 'fine-tuning-role');
    await choose(question, await correctIndices(question));
    await question.getByRole('button', { name: 'Check answer' }).click();
    const progress = await storedProgress(page);
    expect(progress).not.toBeNull();
    await page.goto(`${server.url}progress/`);
    const section = page.getByRole('region', { name: 'Offline copy' });
    await expect(section.getByRole('status')).toHaveText(/^Available offline: \d{3} files, \d+\.\d MB in this browser\.$/);

    await section.getByRole('button', { name: 'Remove the offline copy' }).click();
    await expect(section.getByRole('status')).toHaveText('The offline copy is removed. Pages now need the network; your progress is still here.');
    await expect(section.getByRole('button', { name: 'Keep an offline copy' })).toBeFocused();
    expect(await page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('genai-guide-')))).toEqual([]);
    expect(await storedProgress(page)).toEqual(progress);

    // Later pages do not save it again.
    await page.reload();
    await expect(section.getByRole('status')).toHaveText('No offline copy is kept in this browser: you removed it.');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

    await section.getByRole('button', { name: 'Keep an offline copy' }).click();
    await expect(section.getByRole('status')).toHaveText(/^Available offline: \d{3} files/, { timeout: 60_000 });
    await expect(section.getByRole('button', { name: 'Remove the offline copy' })).toBeFocused();
    expect(await page.evaluate((key) => localStorage.getItem(key), OFFLINE_OPT_OUT_KEY)).toBeNull();
  } finally {
    await context.close();
    await server.stop();
  }
});
