import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type { BankEntry, QuestionBank } from '../src/lib/question-bank.ts';
import type { Progress } from '../src/lib/progress-format.ts';

// Shared by the learning-loop specs (questions, practice, progress, review). Expectations are worked
// out from the built question bank, never hard-coded.

export const PROGRESS_KEY = 'genai-guide:progress';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
