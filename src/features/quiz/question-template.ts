import { renderInlineMarkdown } from '../../markdown/inline-markdown.ts';
import type { Question } from '../../guide/schemas/question.ts';
import { KIND_HINTS, optionLetter, optionVerdict } from './option-labels.ts';
import { optionState } from './scoring.ts';

// Questions drawn in the browser (practice exam, review) are clones of the blank question that
// QuestionTemplate.astro rendered with QuestionFieldset.astro, the page quiz's own markup: this file
// only fills in text and ids. Content text goes through renderInlineMarkdown, which escapes it.

/** The page's blank question, rendered by QuestionTemplate.astro inside `root`. */
export const questionTemplate = (root: ParentNode): HTMLTemplateElement => root.querySelector<HTMLTemplateElement>('template[data-question-template]')!;

/**
 * A question's fieldset with its options in `order` (indices into the written options). Input values
 * are the written indices, so answers never depend on the order shown.
 */
export function renderQuestion(template: HTMLTemplateElement, question: Pick<Question, 'kind' | 'prompt' | 'options'>, order: readonly number[], base: string, chosen: readonly number[] = []): DocumentFragment {
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  fragment.querySelector('fieldset')!.setAttribute('aria-describedby', `${base}-hint`);
  fragment.querySelector('.question-prompt')!.innerHTML = renderInlineMarkdown(question.prompt);
  const hint = fragment.querySelector('.question-hint')!;
  hint.id = `${base}-hint`;
  hint.textContent = KIND_HINTS[question.kind];
  const blank = fragment.querySelector<HTMLElement>('.option')!;
  const options = blank.parentElement!;
  blank.remove();
  order.forEach((written, shown) => {
    const option = question.options[written]!;
    const id = `${base}-o${written}`;
    const element = blank.cloneNode(true) as HTMLElement;
    element.dataset['optionIndex'] = String(written);
    const input = element.querySelector('input')!;
    input.type = question.kind === 'multiple' ? 'checkbox' : 'radio';
    input.id = id;
    input.name = base;
    input.value = String(written);
    input.defaultChecked = chosen.includes(written);
    input.setAttribute('aria-describedby', `${id}-feedback`);
    element.querySelector('label')!.htmlFor = id;
    element.querySelector('.option-letter')!.textContent = optionLetter(shown);
    element.querySelector('.option-text')!.innerHTML = renderInlineMarkdown(option.text);
    const feedback = element.querySelector('.option-feedback')!;
    feedback.id = `${id}-feedback`;
    feedback.querySelector('.option-verdict')!.textContent = optionVerdict(option.correct);
    feedback.querySelector('.option-why')!.innerHTML = renderInlineMarkdown(option.explanation);
    options.append(element);
  });
  return fragment;
}

/** The written indices of the options the learner has checked inside `root`. */
export const checkedIndices = (root: ParentNode): number[] =>
  [...root.querySelectorAll<HTMLInputElement>('.option input:checked')].map((input) => Number(input.value)).sort((a, b) => a - b);

/** Marks every option inside `root` with its state (optionState) and shows its explanation. */
export function markOptions(root: ParentNode, isCorrect: (index: number) => boolean, chosen: readonly number[]) {
  for (const element of root.querySelectorAll<HTMLElement>('.option')) {
    const index = Number(element.dataset['optionIndex']);
    const input = element.querySelector('input')!;
    input.checked = chosen.includes(index);
    input.disabled = true;
    element.dataset['state'] = optionState(isCorrect(index), input.checked);
    element.querySelector<HTMLElement>('.option-feedback')!.hidden = false;
  }
}
