import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import type { BankEntry, QuestionBank } from '../src/features/question-bank/question-bank.ts';
import { PROGRESS_KEY, type Progress } from '../src/features/progress/progress-format.ts';
import { startStaticServer } from '../src/local-site/static-server.ts';

// The browser tests' one helpers module. Expectations are worked out from the built site and the
// question bank, never hard-coded; shared constants (storage keys) are imported from src/.

// The built pages, read from dist/.
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => !name.includes('.')) : []);

export const conceptSlugs = list('dist/concepts');
export const moduleIds = list('dist/modules');

/** One page of every kind, for checks that must hold on every page type. */
export const onePagePerKind: Record<string, string> = {
  home: '/',
  module: `/modules/${moduleIds[0]}/`,
  concept: '/concepts/fine-tuning/',
  glossary: '/glossary/',
  question: '/questions/fine-tuning-role/',
  questions: '/questions/',
  practice: '/practice/',
  progress: '/progress/',
  review: '/review/',
  'not-found': '/this-page-does-not-exist/',
};

// The page quiz
export const QUIZ_PAGE = '/concepts/fine-tuning/';

/** The question with this id, as a learner sees it. */
export const questionById = (page: Page, id: string): Locator => page.locator(`quiz-question[data-question-id="${id}"]`);

/** Indices of the correct options of a rendered question (from its Show answer block). */
export async function correctIndices(question: Locator): Promise<number[]> {
  return (await question.getAttribute('data-correct'))!.split(',').map(Number);
}

/** The first question on the page of a kind (single, multiple, true-false). */
export const firstOfKind = (page: Page, kind: string): Locator => page.locator(`quiz-question[data-kind="${kind}"]`).first();

/** Chooses options by index, clicking their labels like a person. */
export async function choose(question: Locator, indices: number[]) {
  const options = question.locator('.option');
  for (const index of indices) await options.nth(index).locator('label').click();
}

// The learning loop (questions, practice, progress, review)
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The whole bank as the build wrote it (dist/question-bank.json). */
export async function loadBank(request: APIRequestContext): Promise<QuestionBank> {
  const response = await request.get('/question-bank.json');
  return (await response.json()) as QuestionBank;
}

export const correctOf = (question: BankEntry): number[] => question.options.flatMap((option, index) => (option.correct ? [index] : []));
export const firstWrongOf = (question: BankEntry): number => question.options.findIndex((option) => !option.correct);

/** The progress saved in the browser, or null. */
export async function storedProgress(page: Page): Promise<Progress | null> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
  return raw === null ? null : (JSON.parse(raw) as Progress);
}

/** Puts progress in the browser before the first page loads (once: later loads keep what the page saved). */
export async function seedProgress(page: Page, progress: Progress) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded-progress')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded-progress', '1');
      }
    },
    [PROGRESS_KEY, JSON.stringify(progress)],
  );
}

/** axe violations on the page (or part of it), as readable strings. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Checks options by their written index, clicking their labels like a person. */
export async function chooseOptions(scope: Locator, indices: readonly number[]) {
  for (const index of indices) await scope.locator(`.option[data-option-index="${index}"] label`).click();
}

/** An attempt at a fixed time, for seeded progress. */
export const attemptAt = (at: string, correct: boolean, choice: number[], source: 'page' | 'question' | 'exam' | 'review' = 'page') => ({ at, choice, correct, source });

// The offline app
/**
 * Serves a built site on a port of its own, so its service worker and caches are its own; `stop()`
 * takes the server away like a lost network (open connections cut). Another site can then be
 * served on the same origin: `serveSite(dir, base, port)`.
 */
export async function serveSite(dir: string, base = '/', port = 0) {
  const running = await startStaticServer({ dir, base, port });
  const stop = () =>
    new Promise<void>((resolve) => {
      running.server.closeAllConnections();
      running.server.close(() => resolve());
    });
  return { url: running.url, port: Number(new URL(running.url).port), stop };
}

/** Waits until the service worker controls the page, which it does once its precache is complete. */
export async function waitForOfflineCopy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Script errors and content-security-policy reports on a page, which must stay empty. */
export function pageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return problems;
}
