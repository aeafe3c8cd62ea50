import { tallyLatest } from '../quiz/scoring.ts';
import { getProgress } from '../progress/progress-client.ts';

type Status = 'unanswered' | 'wrong' | 'right';

/**
 * `<question-filter>` narrows the list of all questions by module, difficulty and the learner's last
 * answer. The choice is kept in the URL (?module=…&difficulty=…&status=…) so a filtered list can be shared.
 */
class QuestionFilter extends HTMLElement {
  #form!: HTMLFormElement;
  #items: { element: HTMLElement; id: string; module: string; difficulty: string; status: Status }[] = [];

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    const attempts = getProgress().attempts;
    this.#items = [...this.querySelectorAll<HTMLElement>('li[data-question-id]')].map((element) => {
      const latest = attempts[element.dataset['questionId']!]?.at(-1);
      const status: Status = latest === undefined ? 'unanswered' : latest.correct ? 'right' : 'wrong';
      if (latest) element.querySelector('.question-index-status')!.textContent = latest.correct ? ' · ✓ last answer right' : ' · ✗ last answer wrong';
      return { element, id: element.dataset['questionId']!, module: element.closest<HTMLElement>('[data-module]')!.dataset['module']!, difficulty: element.dataset['difficulty']!, status };
    });
    const query = new URLSearchParams(location.search);
    for (const select of this.#form.querySelectorAll('select')) {
      const wanted = query.get(select.name);
      if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
    this.#form.hidden = false;
    this.#form.addEventListener('change', () => this.#apply(true));
    this.#form.addEventListener('submit', (event) => event.preventDefault());
    this.#apply(false);
  }

  #apply(updateUrl: boolean) {
    const chosen = Object.fromEntries(new FormData(this.#form)) as Record<string, string>;
    const shown: string[] = [];
    for (const item of this.#items) {
      const visible =
        (!chosen['module'] || item.module === chosen['module']) &&
        (!chosen['difficulty'] || item.difficulty === chosen['difficulty']) &&
        (!chosen['status'] || item.status === chosen['status']);
      item.element.hidden = !visible;
      if (visible) shown.push(item.id);
    }
    // A concept or module with nothing left to show disappears with its heading.
    for (const group of this.querySelectorAll<HTMLElement>('.question-concept, .question-module')) {
      group.hidden = !group.querySelector('li[data-question-id]:not([hidden])');
    }
    const total = this.#items.length;
    const attempts = getProgress().attempts;
    const { answered, correct } = tallyLatest(shown, (id) => attempts[id]?.at(-1)?.correct);
    const showing = shown.length === total ? `Showing all ${total} questions.` : `Showing ${shown.length} of ${total} questions.`;
    const yours = answered > 0 ? ` You have answered ${answered} of them, ${correct} right the last time.` : '';
    this.querySelector('.filter-count')!.textContent = `${showing}${yours}`;
    this.querySelector<HTMLElement>('.filter-empty')!.hidden = shown.length > 0;
    if (updateUrl) {
      const query = new URLSearchParams(Object.entries(chosen).filter(([, value]) => value));
      history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
    }
  }
}

customElements.define('question-filter', QuestionFilter);
