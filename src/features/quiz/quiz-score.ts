import { tallyLatest } from './scoring.ts';
import { PROGRESS_EVENT, getNotice, lastAttempt, noticeText } from '../progress/progress-client.ts';

/** `<quiz-score>`: the running score of the questions in its quiz, and any notice about saving. */
class QuizScore extends HTMLElement {
  connectedCallback() {
    const quiz = this.closest('[data-quiz]') ?? document;
    const ids = [...quiz.querySelectorAll<HTMLElement>('quiz-question')].map((q) => q.dataset['questionId']!);
    const line = this.querySelector('p')!;
    const notice = this.querySelector<HTMLElement>('.notice')!;
    const update = () => {
      const { answered, correct, total } = tallyLatest(ids, (id) => lastAttempt(id)?.correct);
      line.textContent = answered === 0 ? `${total} questions. Answers are checked in your browser and saved only there.` : `${correct} of ${total} correct (${answered} answered).`;
      const message = getNotice();
      notice.hidden = !message;
      if (message) notice.textContent = noticeText(message);
    };
    document.addEventListener(PROGRESS_EVENT, update);
    update();
  }
}

customElements.define('quiz-score', QuizScore);
