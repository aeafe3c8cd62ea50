import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import type { Attempt, Progress } from '../../../src/features/progress/progress-format.ts';
import { buildDeck, cardFor, countDue, describeWait, dueCards, nextDue, previewGrades, ratingOf, withLatestGrade } from '../../../src/features/review/review-schedule.ts';

const T0 = new Date('2026-11-25T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const attempt = (minutes: number, correct: boolean, extra: Partial<Attempt> = {}): Attempt => ({ at: at(minutes).toISOString(), choice: [0], correct, source: 'page', ...extra });
const DAY = 24 * 60;

describe('ratings from attempts', () => {
  it('wrong is Again, right is Good, and a grade chosen in review wins', () => {
    expect(ratingOf(attempt(0, false))).toBe(1);
    expect(ratingOf(attempt(0, true))).toBe(3);
    expect(ratingOf(attempt(0, true, { grade: 4 }))).toBe(4);
    expect(ratingOf(attempt(0, true, { grade: 2 }))).toBe(2);
  });
});

describe('a card replayed from attempts', () => {
  it('is absent for a question never answered', () => {
    expect(cardFor('q', [])).toBeUndefined();
  });

  it('a wrong answer is due again ten minutes later', () => {
    const card = cardFor('q', [attempt(0, false)])!;
    expect(card.due).toEqual(at(10));
    expect(card.card.state).toBe(State.Learning);
    expect(card.lastCorrect).toBe(false);
  });

  it('a right answer on a new card waits days, not minutes', () => {
    const card = cardFor('q', [attempt(0, true)])!;
    expect(card.card.state).toBe(State.Review);
    expect(card.due.getTime() - T0.getTime()).toBeGreaterThanOrEqual(DAY * 60_000);
  });

  it('a wrong answer followed by a right review moves the card out of due, to a later day', () => {
    const card = cardFor('q', [attempt(0, false), attempt(15, true)])!;
    expect(card.due.getTime()).toBeGreaterThan(at(15 + 12 * 60).getTime());
    expect(card.reviews).toBe(2);
  });

  it('replays attempts in time order, whatever order they are stored in', () => {
    const ordered = [attempt(0, false), attempt(15, true), attempt(3 * DAY, true)];
    expect(cardFor('q', [...ordered].reverse())).toEqual(cardFor('q', ordered));
  });

  it('Easy schedules later than Good, and Good later than Hard', () => {
    const graded = (grade: 2 | 3 | 4) => cardFor('q', [attempt(0, true), attempt(3 * DAY, true, { grade })])!.due.getTime();
    const [hard, good, easy] = [graded(2), graded(3), graded(4)];
    expect(hard).toBeLessThan(good);
    expect(good).toBeLessThan(easy);
  });

  it('is the same every time (no fuzz, no clock read)', () => {
    const attempts = [attempt(0, true), attempt(3 * DAY, false), attempt(3 * DAY + 20, true)];
    expect(cardFor('q', attempts)).toEqual(cardFor('q', attempts));
  });
});

describe('the deck and what is due', () => {
  const attempts: Progress['attempts'] = {
    wrong: [attempt(0, false)],
    right: [attempt(0, true)],
    fixed: [attempt(0, false), attempt(20, true)],
    never: [],
  };

  it('has a card per answered question, earliest due first', () => {
    const deck = buildDeck(attempts);
    expect(deck.map((card) => card.questionId)).toEqual(['wrong', 'fixed', 'right']);
  });

  it('counts what is due at a given time', () => {
    expect(countDue(attempts, at(5))).toBe(0);
    expect(countDue(attempts, at(10))).toBe(1);
    expect(dueCards(buildDeck(attempts), at(10)).map((card) => card.questionId)).toEqual(['wrong']);
    expect(countDue(attempts, at(60 * DAY))).toBe(3);
    expect(countDue({}, at(0))).toBe(0);
  });

  it('knows when the next card falls due', () => {
    const deck = buildDeck(attempts);
    expect(nextDue(deck, at(0))).toEqual(at(10));
    expect(nextDue(deck, at(60 * DAY))).toBeUndefined();
  });

  it('previews each grade, later for better grades', () => {
    const card = cardFor('q', [attempt(0, true)])!.card;
    const preview = previewGrades(card, at(3 * DAY));
    expect(preview.again).toEqual(at(3 * DAY + 10));
    expect(previewGrades(cardFor('q', [attempt(0, false)])!.card, at(12)).again).toEqual(at(22));
    expect(preview.hard.getTime()).toBeLessThanOrEqual(preview.good.getTime());
    expect(preview.good.getTime()).toBeLessThan(preview.easy.getTime());
  });
});

describe('grading a review', () => {
  it('sets the grade of the latest attempt only, leaving the old progress untouched', () => {
    const progress: Progress = { version: 2, attempts: { q: [attempt(0, false), attempt(15, true, { source: 'review' })] }, exams: [], activeExam: null };
    const graded = withLatestGrade(progress, 'q', 'easy');
    expect(graded.attempts['q']!.map((a) => a.grade)).toEqual([undefined, 4]);
    expect(progress.attempts['q']![1]!.grade).toBeUndefined();
    expect(withLatestGrade(progress, 'missing', 'hard')).toBe(progress);
  });
});

describe('describing a wait', () => {
  it('uses the largest whole unit', () => {
    expect(describeWait(at(0), at(0))).toBe('now');
    expect(describeWait(at(1), at(0))).toBe('in 1 minute');
    expect(describeWait(at(10), at(0))).toBe('in 10 minutes');
    expect(describeWait(at(180), at(0))).toBe('in 3 hours');
    expect(describeWait(at(2 * DAY), at(0))).toBe('in 2 days');
    expect(describeWait(at(90 * DAY), at(0))).toBe('in 3 months');
  });
});
