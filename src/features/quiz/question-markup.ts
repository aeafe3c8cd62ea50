import { escapeHtml, renderInlineMarkdown } from '../../markdown/inline-markdown.ts';
import { KIND_HINTS, optionLetter } from './option-labels.ts';
import type { BankEntry } from '../question-bank/question-bank.ts';

// HTML for questions drawn in the browser (practice exam, review), matching QuizQuestion.astro's
// markup and classes so they look and behave the same. All content text goes through
// renderInlineMarkdown, which escapes it.

/**
 * A question's fieldset: the prompt as legend, the hint, and the options in `order` (indices into the
 * written options). Input values are the written indices, so answers never depend on the order shown.
 */
export function questionFieldset(question: BankEntry, order: readonly number[], idBase: string, chosen: readonly number[] = []): string {
  const type = question.kind === 'multiple' ? 'checkbox' : 'radio';
  const options = order
    .map((written, shown) => {
      const option = question.options[written]!;
      const id = `${idBase}-o${written}`;
      return `<div class="option" data-option-index="${written}">
  <input type="${type}" id="${id}" name="${idBase}" value="${written}"${chosen.includes(written) ? ' checked' : ''} aria-describedby="${id}-feedback">
  <label for="${id}"><span class="option-letter" aria-hidden="true">${optionLetter(shown)}</span> <span class="option-text">${renderInlineMarkdown(option.text)}</span></label>
  <p class="option-feedback" id="${id}-feedback" hidden><span class="option-verdict">${option.correct ? 'Correct answer.' : 'Not the answer.'}</span> ${renderInlineMarkdown(option.explanation)}</p>
</div>`;
    })
    .join('');
  return `<fieldset aria-describedby="${idBase}-hint">
  <legend><span class="question-prompt">${renderInlineMarkdown(question.prompt)}</span></legend>
  <p class="question-hint" id="${idBase}-hint">${escapeHtml(KIND_HINTS[question.kind])}</p>
  <div class="options">${options}</div>
</fieldset>`;
}

/** The written indices of the options the learner has checked inside `root`. */
export const checkedIndices = (root: ParentNode): number[] =>
  [...root.querySelectorAll<HTMLInputElement>('.option input:checked')].map((input) => Number(input.value)).sort((a, b) => a - b);

/** Marks every option right/wrong/missed and shows its explanation, as the page quiz does after Check. */
export function showFeedback(root: ParentNode, question: BankEntry, chosen: readonly number[]) {
  for (const element of root.querySelectorAll<HTMLElement>('.option')) {
    const index = Number(element.dataset['optionIndex']);
    const picked = chosen.includes(index);
    element.dataset['state'] = question.options[index]!.correct ? (picked ? 'correct' : 'missed') : picked ? 'wrong' : 'other';
    element.querySelector('input')!.disabled = true;
    element.querySelector<HTMLElement>('.option-feedback')!.hidden = false;
  }
}
