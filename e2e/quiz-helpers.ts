import type { Locator, Page } from '@playwright/test';

export const QUIZ_PAGE = '/concepts/fine-tuning/';
export const PROGRESS_KEY = 'genai-guide:progress';

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
