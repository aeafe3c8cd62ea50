import { optionState } from './scoring.ts';

// Apart from question-template.ts so that the page quiz, which marks server-rendered questions, does not
// load the code that fills in the template.

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
