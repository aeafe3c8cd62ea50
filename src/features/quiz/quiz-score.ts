import { tallyLatest } from './scoring.ts';
import { PROGRESS_EVENT, lastAttempt } from '../progress/progress-client.ts';

/** `<quiz-score>`: the running score of the questions in its quiz (notices about saving: <storage-status>). */
class QuizScore extends HTMLElement {
  connectedCallback() {
    const quiz = this.closest('[data-quiz]') ?? document;
    const ids = [...quiz.querySelectorAll<HTMLElement>('quiz-question')].map((q) => q.dataset['questionId']!);
    const line = this.querySelector('p')!;
    const update = () => {
      const { answered, correct, total } = tallyLatest(ids, (id) => lastAttempt(id)?.correct);
      line.textContent = answered === 0 ? `${total} questions. Answers are checked in your browser and saved only there.` : `${correct} of ${total} correct (${answered} answered).`;
    };
    document.addEventListener(PROGRESS_EVENT, update);
    update();
  }
}

customElements.define('quiz-score', QuizScore);
