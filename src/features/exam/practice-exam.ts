import { PROGRESS_EVENT } from '../progress/progress-client.ts';
import { ExamSession } from './exam-session.ts';
import { setupView } from './views/setup-view.ts';
import { questionView } from './views/question-view.ts';
import { navigatorView } from './views/navigator-view.ts';
import { timerView } from './views/timer-view.ts';
import { historyView, resultsView } from './views/results-view.ts';

type Panel = 'setup' | 'exam' | 'result';

/**
 * `<practice-exam>`: set up, take and score a practice exam. The core (exam-session.ts) holds the
 * state and emits events; the views (views/) each show one part; this element shows the panel that
 * fits the event, the notices, and the announcements. The markup is PracticeExam.astro's.
 */
class PracticeExam extends HTMLElement {
  #session = new ExamSession();
  #panel: Panel = 'setup';

  connectedCallback() {
    const session = this.#session;
    // Handlers run in the order they were added: the panel is shown before a view fills it and moves
    // focus into it, and the history panel's visibility is decided after the history view counted the rows.
    session.on('setup', () => this.#show('setup'));
    session.on('running', () => this.#show('exam'));
    session.on('finished', () => this.#show('result'));
    for (const view of [setupView, questionView, navigatorView, timerView, resultsView, historyView]) view(this, session);
    session.on('history', () => this.#show(this.#panel));
    session.on('notice', ({ text }) => {
      const notice = this.querySelector<HTMLElement>('[data-notice]')!;
      notice.textContent = text;
      notice.hidden = false;
    });
    session.on('announce', ({ text }) => {
      this.querySelector('[data-announce]')!.textContent = text;
    });
    document.addEventListener(PROGRESS_EVENT, () => session.refreshHistory());
    void session.open(new URLSearchParams(location.search));
  }

  disconnectedCallback() {
    this.#session.close();
  }

  #show(panel: Panel) {
    this.#panel = panel;
    const view = (name: string) => this.querySelector<HTMLElement>(`[data-view="${name}"]`)!;
    for (const name of ['setup', 'exam', 'result'] as const) view(name).hidden = name !== panel;
    view('history').hidden = panel === 'exam' || (view('history').dataset['count'] ?? '0') === '0';
  }
}

customElements.define('practice-exam', PracticeExam);
