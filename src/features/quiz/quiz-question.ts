import { describeScore, optionState, scoreAnswer } from './scoring.ts';
import { lastAttempt, recordAttempt } from '../progress/progress-client.ts';

/**
 * `<quiz-question>` upgrades a server-rendered question: Check gives instant feedback (announced,
 * with text and icons, never colour alone) and each option's explanation; Try again resets.
 */
class QuizQuestion extends HTMLElement {
  #form!: HTMLFormElement;
  #inputs!: HTMLInputElement[];
  #status!: HTMLElement;
  #check!: HTMLButtonElement;
  #retry!: HTMLButtonElement;
  #questionId = '';

  connectedCallback() {
    this.#questionId = this.dataset['questionId']!;
    this.#form = this.querySelector('form')!;
    this.#inputs = [...this.#form.querySelectorAll('input')];
    this.#status = this.querySelector('[role="status"]')!;
    this.#check = this.querySelector('[data-action="check"]')!;
    this.#retry = this.querySelector('[data-action="retry"]')!;
    this.querySelector<HTMLElement>('.question-actions')!.hidden = false;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.#retry.addEventListener('click', () => this.#reset());
    const previous = lastAttempt(this.#questionId);
    if (previous) this.#show(previous.choice, false);
  }

  #submit() {
    const choice = this.#inputs.flatMap((input, index) => (input.checked ? [index] : []));
    if (choice.length === 0) {
      this.#status.textContent = 'Choose an answer first.';
      return;
    }
    const correct = this.#show(choice, true);
    recordAttempt(this.#questionId, { at: new Date().toISOString(), choice, correct, source: this.dataset['source'] === 'question' ? 'question' : 'page' });
  }

  /** Shows the verdict for `choice`; returns whether it was correct. */
  #show(choice: number[], fresh: boolean): boolean {
    const correctIndices = (this.dataset['correct'] ?? '').split(',').map(Number);
    const score = scoreAnswer(correctIndices, choice);
    // The same marking as question-template.ts's markOptions, kept here so the page quiz stays one small file.
    this.#inputs.forEach((input, index) => {
      input.checked = choice.includes(index);
      input.disabled = true;
      const option = input.closest<HTMLElement>('.option')!;
      option.dataset['state'] = optionState(correctIndices.includes(index), input.checked);
      option.querySelector<HTMLElement>('.option-feedback')!.hidden = false;
    });
    this.dataset['answered'] = score.verdict;
    this.querySelector<HTMLElement>('.question-overall')!.hidden = false;
    const verdict = describeScore(score, this.dataset['kind'] === 'multiple');
    this.#status.textContent = fresh ? `${verdict} Each option now shows why it is right or wrong.` : `Answered before: ${verdict}`;
    this.#check.hidden = true;
    this.#retry.hidden = false;
    if (fresh) this.#retry.focus();
    return score.correct;
  }

  /** Clears the answer for another try, with focus on the first option. */
  #reset() {
    this.#inputs.forEach((input) => {
      input.checked = false;
      input.disabled = false;
      const option = input.closest<HTMLElement>('.option')!;
      delete option.dataset['state'];
      option.querySelector<HTMLElement>('.option-feedback')!.hidden = true;
    });
    delete this.dataset['answered'];
    this.querySelector<HTMLElement>('.question-overall')!.hidden = true;
    this.#status.textContent = '';
    this.#check.hidden = false;
    this.#retry.hidden = true;
    this.#inputs[0]?.focus();
  }
}

customElements.define('quiz-question', QuizQuestion);
