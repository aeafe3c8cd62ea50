import type { BankIndex } from '../question-bank/bank-files.ts';
import type { BankEntry } from '../question-bank/question-bank.ts';
import { browserStorage, getProgress, updateProgress } from '../progress/progress-client.ts';
import { LOAD_FAILED, loadIndex, loadQuestions } from '../question-bank/question-bank-client.ts';
import type { ActiveExam, Attempt, ExamRecord } from '../progress/progress-format.ts';
import { drawQuestions, examDeadline, examQuery, finishExam, startExam, type ExamSettings, type ExamSize } from './exam-draw.ts';
import { isCompleteActiveExam, isCompleteExamRecord } from '../progress/exam-record-checks.ts';
import { setAsideExam, withActiveExam, withExamStep, withFinishedExam, withoutExam } from './exam-records.ts';

/** What the exam core tells its views; each view listens to the events it shows. */
export interface ExamEvents {
  /** The setup form is shown, filled in from `query`. */
  setup: { query: URLSearchParams; focus: boolean };
  /** An exam starts or continues: the views build what depends on its length. */
  running: { exam: ActiveExam };
  /** The current question changed (or is shown for the first time). */
  question: { exam: ActiveExam; question: BankEntry; focus: boolean };
  /** Answers, flags or the current question changed. */
  change: { exam: ActiveExam };
  /** Milliseconds left, or undefined for an untimed exam. */
  tick: { left: number | undefined };
  finished: { record: ExamRecord; timeUp: boolean; settings: ExamSettings | undefined; bank: ReadonlyMap<string, BankEntry>; index: BankIndex };
  history: { exams: ExamRecord[] };
  notice: { text: string };
  announce: { text: string };
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The practice exam's state, without any DOM: set up → running → finished. The exam in progress lives
 * in the progress store (activeExam), so a reload continues it; results go to the history (exams) and
 * each answer becomes an attempt (source "exam") that the review schedule picks up. Like Pagefind's
 * modular UI, each load carries a step number, and an answer that arrives after a newer step is dropped.
 */
export class ExamSession {
  #handlers = new Map<keyof ExamEvents, ((detail: never) => void)[]>();
  #index: BankIndex | undefined;
  #bank = new Map<string, BankEntry>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #step = 0;
  /** Whether an exam is being taken on this page (between "running" and its end). */
  #running = false;

  on<K extends keyof ExamEvents>(name: K, handler: (detail: ExamEvents[K]) => void) {
    this.#handlers.set(name, [...(this.#handlers.get(name) ?? []), handler as (detail: never) => void]);
  }

  #emit<K extends keyof ExamEvents>(name: K, detail: ExamEvents[K]) {
    for (const handler of this.#handlers.get(name) ?? []) (handler as (detail: ExamEvents[K]) => void)(detail);
  }

  get exam(): ActiveExam | null {
    return getProgress().activeExam;
  }

  get moduleIds(): string[] {
    return this.#index?.modules.map((module) => module.id) ?? [];
  }

  /** Loads the question index, then continues the exam in progress, shows a finished one, or the setup. */
  async open(query: URLSearchParams) {
    try {
      this.#index = await loadIndex();
    } catch {
      return this.#emit('notice', { text: LOAD_FAILED });
    }
    const progress = getProgress();
    // Registered after the store's own listener (getProgress above), so the store has refreshed by then.
    addEventListener('storage', () => this.#otherTabChanged());
    this.#emitHistory();
    if (progress.activeExam) {
      const asked = query.get('seed');
      if (asked && asked !== progress.activeExam.seed) this.#emit('notice', { text: 'You have an exam in progress, so it continues here. Finish or abandon it, then open the link again for the other exam.' });
      return this.#resume(progress.activeExam);
    }
    const record = progress.exams.filter(isCompleteExamRecord).find((exam) => exam.id === query.get('exam'));
    if (record) return this.#showResult(record, false, undefined);
    this.#emit('setup', { query, focus: false });
  }

  close() {
    clearInterval(this.#timer);
  }

  /** Draws and starts an exam (ignored while the question index is still loading). */
  async start(settings: ExamSettings) {
    const index = this.#index;
    if (!index) return;
    const step = ++this.#step;
    const pool = index.modules.filter((module) => settings.modules.includes(module.id)).flatMap((module) => module.questionIds);
    // Only the drawn questions' module files are fetched.
    const bank = await this.#load(drawQuestions(pool, settings.seed, settings.size));
    if (!bank || step !== this.#step) return;
    this.#bank = bank;
    const exam = startExam(settings, this.#bank, pool, new Date());
    updateProgress(withActiveExam(exam));
    history.replaceState(null, '', `?${examQuery(settings, this.moduleIds)}`);
    this.#run(exam, true);
  }

  async #resume(exam: ActiveExam) {
    const step = ++this.#step;
    const bank = await this.#load(exam.questionIds);
    if (!bank || step !== this.#step) return;
    this.#bank = bank;
    if (!isCompleteActiveExam(exam) || exam.questionIds.some((id) => !this.#bank.has(id))) {
      const kept = setAsideExam(browserStorage, exam, new Date());
      updateProgress(withoutExam(exam));
      this.#emit('notice', {
        text: `Your unfinished exam could not be continued (it was damaged, or includes questions no longer in the guide), so ${kept ? `it was set aside: a copy is kept in this browser under "${kept}"` : 'it was removed: this browser had no room to keep a copy'}. Start a new one below.`,
      });
      return this.#emit('setup', { query: new URLSearchParams(), focus: false });
    }
    this.#run(exam, false);
    this.#emit('announce', { text: `Your exam continues at question ${exam.current + 1} of ${exam.questionIds.length}.` });
  }

  #run(exam: ActiveExam, focus: boolean) {
    this.#running = true;
    this.#emit('running', { exam });
    this.#showQuestion(focus);
    this.#startTimer(exam);
    if (exam.questionIds.length === 0) this.#emit('notice', { text: 'No question matches these settings.' });
  }

  #showQuestion(focus: boolean) {
    const exam = this.exam!;
    const question = this.#bank.get(exam.questionIds[exam.current] ?? '');
    if (question) this.#emit('question', { exam, question, focus });
    this.#emit('change', { exam });
  }

  #save(change: Partial<ActiveExam>) {
    updateProgress(withExamStep(this.exam!, change));
    this.#emit('change', { exam: this.exam! });
  }

  /** The learner's choice (written option indices) for the current question. */
  answer(chosen: number[]) {
    const exam = this.exam!;
    const answers = { ...exam.answers };
    if (chosen.length > 0) answers[exam.questionIds[exam.current]!] = chosen;
    else delete answers[exam.questionIds[exam.current]!];
    this.#save({ answers });
  }

  flag(flagged: boolean) {
    const exam = this.exam!;
    const id = exam.questionIds[exam.current]!;
    const others = exam.flagged.filter((other) => other !== id);
    this.#save({ flagged: flagged ? [...others, id] : others });
  }

  goTo(index: number) {
    if (index < 0 || index >= this.exam!.questionIds.length) return;
    this.#save({ current: index });
    this.#showQuestion(true);
  }

  abandon() {
    clearInterval(this.#timer);
    this.#step += 1;
    this.#running = false;
    updateProgress(withoutExam(this.exam!));
    this.#emit('setup', { query: new URLSearchParams(location.search), focus: true });
    this.#emitHistory();
  }

  #startTimer(exam: ActiveExam) {
    clearInterval(this.#timer);
    const deadline = examDeadline(exam);
    if (deadline === undefined) return this.#emit('tick', { left: undefined });
    const warned = new Set<number>();
    const tick = () => {
      const left = deadline - Date.now();
      this.#emit('tick', { left });
      for (const minutes of [5, 1]) {
        if (left <= minutes * 60_000 && left > 0 && !warned.has(minutes) && exam.minutes! > minutes) {
          warned.add(minutes);
          this.#emit('announce', { text: `${plural(minutes, 'minute')} left.` });
        }
      }
      if (left <= 0) void this.submit(true);
    };
    tick();
    this.#timer = setInterval(tick, 1000);
  }

  /** Scores the exam, keeps the record and each answer, and shows the result. */
  async submit(timeUp: boolean) {
    clearInterval(this.#timer);
    const exam = this.exam;
    if (!exam) return;
    const now = Date.now();
    const deadline = examDeadline(exam);
    const finishedAt = new Date(deadline !== undefined ? Math.min(now, deadline) : now);
    const { record, score } = finishExam(exam, this.#bank, finishedAt);
    const attempts = exam.questionIds.flatMap((id): [string, Attempt][] => {
      const choice = exam.answers[id];
      return choice?.length ? [[id, { at: finishedAt.toISOString(), choice, correct: score.results[id]!, source: 'exam' }]] : [];
    });
    this.#running = false;
    updateProgress(withFinishedExam(exam, record, attempts));
    history.replaceState(null, '', `?exam=${encodeURIComponent(record.id)}`);
    const settings = { seed: exam.seed, size: exam.questionIds.length as ExamSize, modules: exam.modules, timed: exam.minutes !== null };
    await this.#showResult(record, timeUp, settings);
  }

  /** Another tab wrote progress: an exam it finished or abandoned stops here too. */
  #otherTabChanged() {
    if (!this.#running || getProgress().activeExam) return;
    clearInterval(this.#timer);
    this.#running = false;
    this.#step += 1;
    this.#emit('notice', { text: 'This exam was finished or abandoned in another tab, so it ended here too; a finished exam is in the history below.' });
    this.#emit('setup', { query: new URLSearchParams(), focus: false });
  }

  /** The history again, after a change to the stored progress. */
  refreshHistory() {
    this.#emitHistory();
  }

  async #showResult(record: ExamRecord, timeUp: boolean, settings: ExamSettings | undefined) {
    const step = ++this.#step;
    const missing = record.questionIds.filter((id) => !this.#bank.has(id));
    const loaded = missing.length ? await this.#load(missing) : new Map<string, BankEntry>();
    if (!loaded || step !== this.#step) return;
    for (const [id, question] of loaded) this.#bank.set(id, question);
    this.#emit('finished', { record, timeUp, settings, bank: this.#bank, index: this.#index! });
    this.#emitHistory();
  }

  async #load(ids: readonly string[]): Promise<Map<string, BankEntry> | undefined> {
    try {
      return await loadQuestions(ids);
    } catch {
      this.#emit('notice', { text: LOAD_FAILED });
      return undefined;
    }
  }

  #emitHistory() {
    this.#emit('history', { exams: getProgress().exams.filter(isCompleteExamRecord).reverse() });
  }
}
