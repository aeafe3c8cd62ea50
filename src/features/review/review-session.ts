import type { BankEntry } from '../question-bank/question-bank.ts';
import { buildDeck, cardFor, describeWait, dueCards, nextDue, previewGrades, withLatestGrade, type GradeName, type ReviewCard } from './review-schedule.ts';
import { describeScore, scoreAnswer } from '../quiz/scoring.ts';
import { renderInlineMarkdown } from '../../markdown/inline-markdown.ts';
import { getProgress, recordAttempt, updateProgress } from '../progress/progress-client.ts';
import { LOAD_FAILED, loadIndex, loadQuestions } from '../question-bank/question-bank-client.ts';
import { checkedIndices, markOptions, questionTemplate, renderQuestion } from '../quiz/question-template.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const longDate = (date: Date) => date.toLocaleString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * `<review-session>`: the questions due for review, one at a time. Checking an answer records it
 * (source "review"); after a right answer the learner may say it was Hard or Easy instead of Good.
 * The clock is read at each step, so a test can move it.
 */
class ReviewSession extends HTMLElement {
  #bank = new Map<string, BankEntry>();
  #conceptTitles = new Map<string, string>();
  #queue: string[] = [];
  #position = 0;
  #reviewed = 0;
  #right = 0;
  #answeredRight = false;

  async connectedCallback() {
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#check();
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
      if (button?.dataset['grade']) this.#grade(button.dataset['grade'] as GradeName);
      else if (button?.dataset['action'] === 'more') void this.#start(true);
    });
    await this.#start(false);
  }

  async #start(focus: boolean) {
    const now = new Date();
    const deck = buildDeck(getProgress().attempts);
    const due = dueCards(deck, now);
    if (due.length === 0) return this.#done(deck, now, focus);
    try {
      const [index, questions] = await Promise.all([loadIndex(), loadQuestions(due.map((card) => card.questionId))]);
      this.#bank = questions;
      this.#conceptTitles = new Map(index.concepts.map((concept) => [concept.id, concept.title]));
    } catch {
      this.#notice(LOAD_FAILED);
      return;
    }
    // Questions removed from the guide since they were answered are skipped.
    this.#queue = due.map((card) => card.questionId).filter((id) => this.#bank.has(id));
    if (this.#queue.length === 0) return this.#done(deck, now, focus);
    this.#position = 0;
    this.#reviewed = 0;
    this.#right = 0;
    this.#summary(`${plural(this.#queue.length, 'question')} due for review, out of ${deck.length} you have answered.`);
    this.#showCard(focus);
  }

  #showCard(focus: boolean) {
    const id = this.#queue[this.#position]!;
    const question = this.#bank.get(id)!;
    const card = this.#view('card');
    this.#view('done').hidden = true;
    card.hidden = false;
    card.querySelector('#card-heading')!.textContent = `Review ${this.#position + 1} of ${this.#queue.length}`;
    card.querySelector('[data-fields]')!.replaceChildren(renderQuestion(questionTemplate(this), question, question.options.map((_, i) => i), `review-${id}`));
    card.querySelector<HTMLElement>('[data-action="check"]')!.hidden = false;
    card.querySelector('.question-result')!.textContent = '';
    card.querySelector('.question')!.removeAttribute('data-answered');
    const overall = card.querySelector<HTMLElement>('.question-overall')!;
    overall.hidden = true;
    overall.innerHTML = '';
    card.querySelector<HTMLElement>('.review-after')!.hidden = true;
    if (focus) card.querySelector<HTMLElement>('#card-heading')!.focus();
  }

  #check() {
    const id = this.#queue[this.#position]!;
    const question = this.#bank.get(id)!;
    const card = this.#view('card');
    const form = card.querySelector('form')!;
    const result = card.querySelector('.question-result')!;
    const chosen = checkedIndices(form);
    if (chosen.length === 0) {
      result.textContent = 'Choose an answer first.';
      return;
    }
    const now = new Date();
    const before = cardFor(id, getProgress().attempts[id] ?? []);
    const score = scoreAnswer(question.options.flatMap((option, index) => (option.correct ? [index] : [])), chosen);
    markOptions(form, (index) => question.options[index]!.correct, chosen);
    form.dataset['answered'] = score.verdict;
    result.textContent = `${describeScore(score, question.kind === 'multiple')} Each option now shows why it is right or wrong.`;
    const overall = card.querySelector<HTMLElement>('.question-overall')!;
    overall.innerHTML = renderInlineMarkdown(question.explanation);
    overall.hidden = false;
    card.querySelector<HTMLElement>('[data-action="check"]')!.hidden = true;
    recordAttempt(id, { at: now.toISOString(), choice: chosen, correct: score.correct, source: 'review' });

    this.#answeredRight = score.correct;
    const waits = before ? previewGrades(before.card, now) : undefined;
    const after = card.querySelector<HTMLElement>('.review-after')!;
    after.hidden = false;
    const learn = after.querySelector<HTMLAnchorElement>('.review-learn a')!;
    learn.href = question.conceptUrl;
    learn.textContent = this.#conceptTitles.get(question.concept) ?? question.concept;
    const right = after.querySelector<HTMLElement>('[data-grade-right]')!;
    const wrong = after.querySelector<HTMLElement>('[data-grade-wrong]')!;
    right.hidden = !score.correct;
    wrong.hidden = score.correct;
    for (const button of right.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      const wait = waits?.[button.dataset['grade'] as GradeName];
      button.querySelector('.review-wait')!.textContent = wait ? `(${describeWait(wait, now)})` : '';
    }
    wrong.querySelector('p .review-wait')!.textContent = waits ? describeWait(waits.again, now) : 'soon';
    (score.correct ? right.querySelector<HTMLElement>('[data-grade="good"]') : wrong.querySelector<HTMLElement>('[data-grade="again"]'))!.focus();
  }

  #grade(grade: GradeName) {
    const id = this.#queue[this.#position]!;
    if (this.#answeredRight && grade !== 'again') updateProgress((latest) => withLatestGrade(latest, id, grade));
    this.#reviewed += 1;
    if (this.#answeredRight) this.#right += 1;
    this.#position += 1;
    if (this.#position < this.#queue.length) {
      this.#summary(`${plural(this.#queue.length - this.#position, 'question')} left in this review.`);
      this.#showCard(true);
    } else {
      this.#done(buildDeck(getProgress().attempts), new Date(), true);
    }
  }

  #done(deck: ReviewCard[], now: Date, focus: boolean) {
    this.#view('card').hidden = true;
    const done = this.#view('done');
    done.hidden = false;
    const dueNow = dueCards(deck, now).length;
    const next = nextDue(deck, now);
    const session = this.#reviewed > 0 ? `You reviewed ${plural(this.#reviewed, 'question')} and got ${this.#right} right. ` : '';
    done.querySelector('#done-heading')!.textContent = dueNow > 0 ? 'More questions are due' : 'Nothing to review right now';
    const nextLine = deck.length === 0 ? 'You have not answered any question yet, so there is nothing to review.' : next ? `The next review is due ${describeWait(next, now)} (${longDate(next)}).` : '';
    this.#summary(`${session}${dueNow > 0 ? `${plural(dueNow, 'question')} due now.` : 'No reviews due.'}`);
    done.querySelector('[data-next]')!.textContent = nextLine;
    const more = done.querySelector<HTMLButtonElement>('[data-action="more"]')!;
    more.hidden = dueNow === 0;
    more.textContent = `Review the ${plural(dueNow, 'question')} due now`;
    if (focus) done.querySelector<HTMLElement>('#done-heading')!.focus();
  }

  #view = (name: 'card' | 'done') => this.querySelector<HTMLElement>(`[data-view="${name}"]`)!;

  #summary(text: string) {
    this.querySelector('[data-summary]')!.textContent = text;
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    notice.textContent = text;
    notice.hidden = false;
  }
}

customElements.define('review-session', ReviewSession);
