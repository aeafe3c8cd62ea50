import { href } from '../../paths.ts';
import type { BankIndex } from '../question-bank/bank-files.ts';
import {
  drawQuestions,
  examDeadline,
  examQuery,
  finishExam,
  formatClock,
  formatDuration,
  isValidSeed,
  newSeed,
  percent,
  readExamSettings,
  startExam,
  type ExamSettings,
  type ExamSize,
} from './exam-draw.ts';
import { isCompleteActiveExam, isCompleteExamRecord, setAsideExam, withActiveExam, withExamStep, withFinishedExam, withoutExam } from './exam-records.ts';
import { escapeHtml, renderInlineMarkdown } from '../../markdown/inline-markdown.ts';
import type { ActiveExam, Attempt, ExamRecord } from '../progress/progress-format.ts';
import type { BankEntry } from '../question-bank/question-bank.ts';
import { PROGRESS_EVENT, browserStorage, getProgress, updateProgress } from '../progress/progress-client.ts';
import { LOAD_FAILED, loadIndex, loadQuestions } from '../question-bank/question-bank-client.ts';
import { checkedIndices, questionFieldset } from '../quiz/question-markup.ts';

type View = 'setup' | 'exam' | 'result' | 'history';

const dateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * `<practice-exam>`: set up, take and score a practice exam. The exam in progress lives in the
 * progress store (activeExam), so a reload continues it; results go to the history (exams) and each
 * answer becomes an attempt (source "exam") that the review schedule picks up.
 */
class PracticeExam extends HTMLElement {
  #index: BankIndex | undefined;
  #bank = new Map<string, BankEntry>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #warned = new Set<number>();
  #passPercent = 70;

  async connectedCallback() {
    this.#passPercent = Number(this.dataset['passPercent']);
    this.#form().addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#startFromForm();
    });
    try {
      this.#index = await loadIndex();
    } catch {
      this.#notice(LOAD_FAILED);
      return;
    }
    const query = new URLSearchParams(location.search);
    const progress = getProgress();
    this.#renderHistory();
    document.addEventListener(PROGRESS_EVENT, () => this.#renderHistory());
    // Registered after the store's own listener (getProgress above), so the store has refreshed by then.
    addEventListener('storage', () => this.#onOtherTab());
    if (progress.activeExam) {
      const asked = query.get('seed');
      if (asked && asked !== progress.activeExam.seed) this.#notice('You have an exam in progress, so it continues here. Finish or abandon it, then open the link again for the other exam.');
      await this.#resume(progress.activeExam);
      return;
    }
    const record = progress.exams.filter(isCompleteExamRecord).find((exam) => exam.id === query.get('exam'));
    if (record) {
      await this.#showResult(record, { timeUp: false, settings: undefined });
      return;
    }
    this.#prefill(query);
    this.#show('setup');
  }

  /** Another tab wrote progress: an exam it finished or abandoned stops here too. */
  #onOtherTab() {
    if (this.#panel('exam').hidden || getProgress().activeExam) return;
    clearInterval(this.#timer);
    this.#notice('This exam was finished or abandoned in another tab, so it ended here too; a finished exam is in the history below.');
    this.#prefill(new URLSearchParams());
    this.#show('setup');
  }

  disconnectedCallback() {
    clearInterval(this.#timer);
  }

  // ---- setup -------------------------------------------------------------------------------

  #form = () => this.querySelector<HTMLFormElement>('.exam-setup')!;
  #moduleIds = () => this.#index!.modules.map((module) => module.id);

  #prefill(query: URLSearchParams) {
    const settings = readExamSettings(query, this.#moduleIds());
    const form = this.#form();
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="module"]')) box.checked = settings.modules.includes(box.value);
    form.querySelector<HTMLInputElement>(`input[name="count"][value="${settings.size}"]`)!.checked = true;
    form.querySelector<HTMLInputElement>(`input[name="timed"][value="${settings.timed ? '1' : ''}"]`)!.checked = true;
    const seed = settings.seed ?? newSeed((count) => crypto.getRandomValues(new Uint32Array(count)));
    form.querySelector<HTMLInputElement>('input[name="seed"]')!.value = seed;
    const code = this.querySelector<HTMLElement>('[data-exam-code]')!;
    code.hidden = !settings.seed;
    code.innerHTML = `Exam code <strong>${escapeHtml(seed)}</strong>: this link always draws the same questions, so you can retake it or share it.`;
  }

  #settingsFromForm(): ExamSettings | undefined {
    const form = this.#form();
    const data = new FormData(form);
    const modules = data.getAll('module').map(String);
    const error = form.querySelector<HTMLElement>('#modules-error')!;
    const group = error.closest('fieldset')!;
    error.hidden = modules.length > 0;
    if (modules.length === 0) {
      group.setAttribute('aria-describedby', 'modules-error modules-hint');
      form.querySelector<HTMLInputElement>('input[name="module"]')!.focus();
      return undefined;
    }
    group.setAttribute('aria-describedby', 'modules-hint');
    const count = String(data.get('count'));
    const seed = String(data.get('seed'));
    return {
      seed: isValidSeed(seed) ? seed : newSeed((n) => crypto.getRandomValues(new Uint32Array(n))),
      size: (count === 'all' ? 'all' : Number(count)) as ExamSize,
      modules: this.#moduleIds().filter((id) => modules.includes(id)),
      timed: data.get('timed') === '1',
    };
  }

  async #startFromForm() {
    if (!this.#index) return; // the question index is still loading (or failed, with a notice)
    const settings = this.#settingsFromForm();
    if (!settings) return;
    const pool = this.#index.modules.filter((module) => settings.modules.includes(module.id)).flatMap((module) => module.questionIds);
    try {
      // Only the drawn questions' module files are fetched.
      this.#bank = await loadQuestions(drawQuestions(pool, settings.seed, settings.size));
    } catch {
      this.#notice(LOAD_FAILED);
      return;
    }
    const exam = startExam(settings, this.#bank, pool, new Date());
    updateProgress(withActiveExam(exam));
    history.replaceState(null, '', `?${examQuery(settings, this.#moduleIds())}`);
    this.#runExam(exam, true);
  }

  // ---- taking the exam ---------------------------------------------------------------------------

  async #resume(exam: ActiveExam) {
    try {
      this.#bank = await loadQuestions(exam.questionIds);
    } catch {
      this.#notice(LOAD_FAILED);
      return;
    }
    if (!isCompleteActiveExam(exam) || exam.questionIds.some((id) => !this.#bank.has(id))) {
      const kept = setAsideExam(browserStorage, exam, new Date());
      updateProgress(withoutExam(exam));
      this.#notice(
        `Your unfinished exam could not be continued (it was damaged, or includes questions no longer in the guide), so ${kept ? `it was set aside: a copy is kept in this browser under "${kept}"` : 'it was removed: this browser had no room to keep a copy'}. Start a new one below.`,
      );
      this.#prefill(new URLSearchParams());
      this.#show('setup');
      return;
    }
    this.#runExam(exam, false);
    this.#announce(`Your exam continues at question ${exam.current + 1} of ${exam.questionIds.length}.`);
  }

  #exam = (): ActiveExam => getProgress().activeExam!;

  #save(change: Partial<ActiveExam>) {
    updateProgress(withExamStep(this.#exam(), change));
  }

  #runExam(exam: ActiveExam, focus: boolean) {
    const panel = this.#panel('exam');
    const total = exam.questionIds.length;
    panel.innerHTML = `
      <div class="exam-bar">
        <h2 id="exam-heading" tabindex="-1"></h2>
        <p class="exam-timer" data-timer hidden>Time left <span role="timer"></span></p>
      </div>
      <p class="exam-tally" data-tally></p>
      <form class="question exam-question" novalidate></form>
      <div class="exam-nav">
        <button type="button" class="button button--secondary" data-action="previous">Previous question</button>
        <button type="button" class="button" data-action="next">Next question</button>
      </div>
      <nav class="exam-map" aria-label="Questions of this exam">
        <ol>${exam.questionIds.map((_, i) => `<li><button type="button" class="exam-map-button" data-go="${i}"></button></li>`).join('')}</ol>
      </nav>
      <div class="exam-finish">
        <button type="button" class="button" data-action="finish">Finish exam</button>
        <button type="button" class="button button--secondary" data-action="abandon">Abandon exam</button>
      </div>
      <div class="exam-confirm" data-confirm hidden>
        <p tabindex="-1" data-confirm-text></p>
        <div class="exam-confirm-actions">
          <button type="button" class="button" data-action="confirm"></button>
          <button type="button" class="button button--secondary" data-action="cancel">Keep going</button>
        </div>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" data-announce></p>`;
    panel.onclick = (event) => this.#onClick(event);
    panel.querySelector('form')!.addEventListener('change', (event) => this.#onChange(event));
    panel.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());
    this.#show('exam');
    this.#renderQuestion(focus);
    this.#startTimer(exam);
    if (total === 0) this.#notice('No question matches these settings.');
  }

  #renderQuestion(focus: boolean) {
    const exam = this.#exam();
    const panel = this.#panel('exam');
    const id = exam.questionIds[exam.current]!;
    const question = this.#bank.get(id)!;
    const total = exam.questionIds.length;
    panel.querySelector('#exam-heading')!.textContent = `Question ${exam.current + 1} of ${total}`;
    const form = panel.querySelector('form')!;
    form.innerHTML = `${questionFieldset(question, exam.optionOrder[id]!, `exam-${id}`, exam.answers[id] ?? [])}
      <div class="choice exam-flag">
        <input type="checkbox" id="exam-flag" data-flag${exam.flagged.includes(id) ? ' checked' : ''}>
        <label for="exam-flag">Flag this question to come back to it</label>
      </div>`;
    panel.querySelector<HTMLElement>('[data-action="previous"]')!.hidden = exam.current === 0;
    panel.querySelector<HTMLElement>('[data-action="next"]')!.hidden = exam.current === total - 1;
    this.#hideConfirm();
    this.#renderTally();
    if (focus) panel.querySelector<HTMLElement>('#exam-heading')!.focus();
  }

  #renderTally() {
    const exam = this.#exam();
    const answered = exam.questionIds.filter((id) => exam.answers[id]?.length).length;
    const panel = this.#panel('exam');
    panel.querySelector('[data-tally]')!.textContent = `${answered} of ${exam.questionIds.length} answered · ${exam.flagged.length} flagged`;
    panel.querySelectorAll<HTMLButtonElement>('[data-go]').forEach((button, i) => {
      const id = exam.questionIds[i]!;
      const isAnswered = Boolean(exam.answers[id]?.length);
      const isFlagged = exam.flagged.includes(id);
      const words = [isAnswered ? 'answered' : 'not answered', ...(isFlagged ? ['flagged'] : [])].join(', ');
      button.innerHTML = `<span aria-hidden="true">${i + 1}${isFlagged ? ' ⚑' : ''}${isAnswered ? ' ✓' : ''}</span><span class="visually-hidden">Question ${i + 1}, ${words}</span>`;
      button.dataset['answered'] = String(isAnswered);
      button.toggleAttribute('data-flagged', isFlagged);
      if (i === exam.current) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    });
  }

  #onChange(event: Event) {
    const exam = this.#exam();
    const id = exam.questionIds[exam.current]!;
    const target = event.target as HTMLInputElement;
    if (target.hasAttribute('data-flag')) {
      const flagged = exam.flagged.filter((other) => other !== id);
      this.#save({ flagged: target.checked ? [...flagged, id] : flagged });
    } else {
      const chosen = checkedIndices(this.#panel('exam').querySelector('form')!);
      const answers = { ...exam.answers };
      if (chosen.length > 0) answers[id] = chosen;
      else delete answers[id];
      this.#save({ answers });
    }
    this.#renderTally();
  }

  #onClick(event: MouseEvent) {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    const exam = this.#exam();
    if (button.dataset['go'] !== undefined) return this.#goTo(Number(button.dataset['go']));
    switch (button.dataset['action']) {
      case 'previous':
        return this.#goTo(exam.current - 1);
      case 'next':
        return this.#goTo(exam.current + 1);
      case 'finish': {
        const unanswered = exam.questionIds.filter((id) => !exam.answers[id]?.length).length;
        if (unanswered === 0 && exam.flagged.length === 0) return void this.#submit(false);
        const parts = [
          ...(unanswered ? [`${plural(unanswered, 'question')} ${unanswered === 1 ? 'is' : 'are'} not answered and will count as wrong`] : []),
          ...(exam.flagged.length ? [`${plural(exam.flagged.length, 'question')} ${exam.flagged.length === 1 ? 'is' : 'are'} flagged`] : []),
        ];
        return this.#confirm(`${parts.join('; ')}. Submit the exam anyway?`, 'Submit exam', 'submit');
      }
      case 'abandon':
        return this.#confirm('Abandon this exam? It will not be scored or kept.', 'Abandon exam', 'abandon');
      case 'confirm':
        if (button.dataset['confirms'] === 'submit') return void this.#submit(false);
        return this.#abandon();
      case 'cancel':
        this.#hideConfirm();
        this.#panel('exam').querySelector<HTMLElement>('[data-action="finish"]')!.focus();
        return;
    }
  }

  #goTo(index: number) {
    const exam = this.#exam();
    if (index < 0 || index >= exam.questionIds.length) return;
    this.#save({ current: index });
    this.#renderQuestion(true);
  }

  #confirm(text: string, action: string, confirms: 'submit' | 'abandon') {
    const panel = this.#panel('exam');
    const box = panel.querySelector<HTMLElement>('[data-confirm]')!;
    box.hidden = false;
    const message = box.querySelector<HTMLElement>('[data-confirm-text]')!;
    message.textContent = text;
    const button = box.querySelector<HTMLButtonElement>('[data-action="confirm"]')!;
    button.textContent = action;
    button.dataset['confirms'] = confirms;
    message.focus();
  }

  #hideConfirm() {
    this.#panel('exam').querySelector<HTMLElement>('[data-confirm]')!.hidden = true;
  }

  #abandon() {
    clearInterval(this.#timer);
    updateProgress(withoutExam(this.#exam()));
    this.#prefill(new URLSearchParams(location.search));
    this.#show('setup');
    this.#renderHistory();
    this.querySelector<HTMLElement>('#setup-heading')!.focus();
  }

  #startTimer(exam: ActiveExam) {
    clearInterval(this.#timer);
    const deadline = examDeadline(exam);
    const box = this.#panel('exam').querySelector<HTMLElement>('[data-timer]')!;
    box.hidden = deadline === undefined;
    if (deadline === undefined) return;
    const tick = () => {
      const left = deadline - Date.now();
      box.querySelector('[role="timer"]')!.textContent = formatClock(left);
      for (const minutes of [5, 1]) {
        if (left <= minutes * 60_000 && left > 0 && !this.#warned.has(minutes) && exam.minutes! > minutes) {
          this.#warned.add(minutes);
          this.#announce(`${plural(minutes, 'minute')} left.`);
        }
      }
      if (left <= 0) void this.#submit(true);
    };
    tick();
    this.#timer = setInterval(tick, 1000);
  }

  async #submit(timeUp: boolean) {
    clearInterval(this.#timer);
    const exam = this.#exam();
    if (!exam) return;
    const now = Date.now();
    const deadline = examDeadline(exam);
    const finishedAt = new Date(deadline !== undefined ? Math.min(now, deadline) : now);
    const { record, score } = finishExam(exam, this.#bank, finishedAt);
    const attempts = exam.questionIds.flatMap((id): [string, Attempt][] => {
      const choice = exam.answers[id];
      return choice?.length ? [[id, { at: finishedAt.toISOString(), choice, correct: score.results[id]!, source: 'exam' }]] : [];
    });
    updateProgress(withFinishedExam(exam, record, attempts));
    history.replaceState(null, '', `?exam=${encodeURIComponent(record.id)}`);
    const settings = { seed: exam.seed, size: exam.questionIds.length as ExamSize, modules: exam.modules, timed: exam.minutes !== null };
    await this.#showResult(record, { timeUp, settings });
  }

  // ---- results and history -----------------------------------------------------------------------

  async #showResult(record: ExamRecord, { timeUp, settings }: { timeUp: boolean; settings: ExamSettings | undefined }) {
    try {
      const missing = record.questionIds.filter((id) => !this.#bank.has(id));
      if (missing.length) for (const [id, q] of await loadQuestions(missing)) this.#bank.set(id, q);
    } catch {
      this.#notice(LOAD_FAILED);
      return;
    }
    const panel = this.#panel('result');
    const fraction = record.total === 0 ? 0 : record.correct / record.total;
    const needed = Math.ceil((this.#passPercent / 100) * record.total - 1e-9);
    const modules = this.#index!.modules.filter((module) => record.byModule[module.id]);
    const moduleRows = modules
      .map((module) => {
        const { correct, total } = record.byModule[module.id]!;
        return `<tr><th scope="row">${escapeHtml(module.title)}</th><td>${correct}</td><td>${total}</td><td>${percent(correct / total)} %</td></tr>`;
      })
      .join('');
    const conceptTitle = new Map(this.#index!.concepts.map((concept) => [concept.id, concept.title]));
    const review = record.questionIds
      .map((id, i) => {
        const question = this.#bank.get(id);
        if (!question) return `<li class="exam-review-item"><p>Question ${i + 1} is no longer in the guide.</p></li>`;
        const chosen = record.answers[id] ?? [];
        const right = question.options.every((option, index) => option.correct === chosen.includes(index));
        const verdict = chosen.length === 0 ? '– Not answered' : right ? '✓ Right' : '✗ Wrong';
        const options = question.options
          .map((option, index) => {
            const marks = [...(option.correct ? ['Correct answer'] : []), ...(chosen.includes(index) ? ['Your answer'] : [])];
            return `<li class="exam-review-option"${option.correct ? ' data-correct' : ''}${chosen.includes(index) ? ' data-chosen' : ''}>
              ${marks.length ? `<span class="answer-mark">${marks.join(' · ')}:</span> ` : ''}${renderInlineMarkdown(option.text)}
              <span class="answer-option-why">${renderInlineMarkdown(option.explanation)}</span></li>`;
          })
          .join('');
        return `<li class="exam-review-item" data-result="${chosen.length === 0 ? 'unanswered' : right ? 'right' : 'wrong'}">
          <h4 class="exam-review-heading">Question ${i + 1}: <span class="exam-review-verdict">${verdict}</span></h4>
          <p class="exam-review-prompt">${renderInlineMarkdown(question.prompt)}</p>
          <ul class="exam-review-options">${options}</ul>
          <p class="answer-overall">${renderInlineMarkdown(question.explanation)}</p>
          <p class="exam-review-links"><a href="${escapeHtml(question.conceptUrl)}">Study it: ${escapeHtml(conceptTitle.get(question.concept) ?? question.concept)}</a> · <a href="${escapeHtml(question.url)}">Open the question on its own</a></p>
        </li>`;
      })
      .join('');
    // Same settings, no seed: the setup form comes back filled in, with a fresh draw.
    const againQuery = settings ? new URLSearchParams(examQuery(settings, this.#moduleIds())) : undefined;
    againQuery?.delete('seed');
    const again = againQuery ? `?${againQuery}` : '';
    panel.innerHTML = `
      <h2 id="result-heading" tabindex="-1">Your result</h2>
      ${timeUp ? '<p class="notice">Time ran out, so the exam was submitted with the answers you had given.</p>' : ''}
      <div class="exam-score" data-passed="${record.passed}">
        <p class="exam-score-line">${record.correct} of ${record.total} correct: ${percent(fraction)} %</p>
        <p class="exam-verdict">${record.passed ? '✓ Passed.' : '✗ Not passed yet.'} The pass mark is ${this.#passPercent} % (${needed} of ${record.total}).</p>
      </div>
      <dl class="exam-facts">
        <div><dt>Time taken</dt><dd>${formatDuration(Date.parse(record.finishedAt) - Date.parse(record.startedAt))}</dd></div>
        <div><dt>Finished</dt><dd>${dateTime(record.finishedAt)}</dd></div>
        <div><dt>Exam code</dt><dd>${escapeHtml(record.seed)}</dd></div>
      </dl>
      <div class="table-scroll"><table class="data-table exam-modules">
        <caption>Score by module</caption>
        <thead><tr><th scope="col">Module</th><th scope="col">Right</th><th scope="col">Questions</th><th scope="col">Score</th></tr></thead>
        <tbody>${moduleRows}</tbody>
      </table></div>
      <div class="exam-actions">
        <a class="button" href="${href('practice/')}${escapeHtml(again)}">Take another exam</a>
        <a class="button button--secondary" href="${href('review/')}">Review what you got wrong</a>
      </div>
      <h3>Every question, with its explanation</h3>
      <ol class="exam-review">${review}</ol>`;
    this.#show('result');
    this.#renderHistory();
    panel.querySelector<HTMLElement>('#result-heading')!.focus();
  }

  #renderHistory() {
    const exams = getProgress().exams.filter(isCompleteExamRecord).reverse();
    const panel = this.#panel('history');
    panel.dataset['count'] = String(exams.length);
    panel.querySelector('tbody')!.innerHTML = exams
      .map(
        (exam) => `<tr>
          <td>${dateTime(exam.finishedAt)}</td>
          <td>${exam.correct} of ${exam.total} (${percent(exam.total ? exam.correct / exam.total : 0)} %)</td>
          <td>${exam.passed ? '✓ Passed' : '✗ Not passed'}</td>
          <td>${formatDuration(Date.parse(exam.finishedAt) - Date.parse(exam.startedAt))}</td>
          <td><a href="${href('practice/')}?exam=${encodeURIComponent(exam.id)}">See results<span class="visually-hidden"> of the exam finished ${dateTime(exam.finishedAt)}</span></a></td>
        </tr>`,
      )
      .join('');
  }

  // ---- helpers -------------------------------------------------------------------------------------

  #panel = (view: View) => this.querySelector<HTMLElement>(`[data-view="${view}"]`)!;

  #show(view: Exclude<View, 'history'>) {
    for (const name of ['setup', 'exam', 'result'] as const) this.#panel(name).hidden = name !== view;
    this.#panel('history').hidden = view === 'exam' || this.#panel('history').dataset['count'] === '0';
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    notice.textContent = text;
    notice.hidden = false;
  }

  #announce(text: string) {
    const region = this.querySelector('[data-announce]');
    if (region) region.textContent = text;
  }
}

customElements.define('practice-exam', PracticeExam);
