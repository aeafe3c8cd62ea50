// Spaced-repetition review, scheduled with FSRS (the ts-fsrs library). Nothing is stored besides the
// learner's attempts: each question's card is derived by replaying its attempts, oldest first.
//
// - Every question the learner has answered anywhere (page quiz, question page, exam, review) is a card.
// - An attempt is a review at its own time. Its rating is the grade chosen in a review session when
//   there is one; otherwise a wrong answer is Again and a right answer is Good.
// - Short-term steps are ten minutes: a wrong answer comes back after 10 minutes, a right answer on a
//   new card goes straight to days. Fuzz is off, so the same attempts always give the same schedule.
// - Time is always passed in (`now`), never read here, so schedules are exact in tests.

import { Rating, createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { Attempt, Progress } from '../progress/progress-format.ts';

const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] });

/** FSRS ratings by the number stored in an attempt's `grade`. */
const GRADES = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
export type GradeName = keyof typeof GRADES;

/** The rating an attempt counts as. */
export const ratingOf = (attempt: Attempt): Grade => (attempt.grade ?? (attempt.correct ? Rating.Good : Rating.Again)) as Grade;

/** One question's card: its FSRS state after replaying every attempt. */
export interface ReviewCard {
  questionId: string;
  card: Card;
  /** When the card is next due. */
  due: Date;
  /** How many attempts were replayed. */
  reviews: number;
  /** Whether the latest attempt was right. */
  lastCorrect: boolean;
}

/** Replays a question's attempts (any order; sorted by time here) into its card; undefined when never answered. */
export function cardFor(questionId: string, attempts: readonly Attempt[]): ReviewCard | undefined {
  if (attempts.length === 0) return undefined;
  const ordered = [...attempts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let card = createEmptyCard(new Date(ordered[0]!.at));
  for (const attempt of ordered) card = scheduler.next(card, new Date(attempt.at), ratingOf(attempt)).card;
  return { questionId, card, due: card.due, reviews: ordered.length, lastCorrect: ordered.at(-1)!.correct };
}

/** Every card, earliest due first (ties by question id, so the order is stable). */
export function buildDeck(attempts: Progress['attempts']): ReviewCard[] {
  return Object.entries(attempts)
    .flatMap(([id, list]) => {
      const card = cardFor(id, list);
      return card ? [card] : [];
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime() || (a.questionId < b.questionId ? -1 : 1));
}

/** The cards due at `now`, earliest first. */
export const dueCards = (deck: readonly ReviewCard[], now: Date): ReviewCard[] => deck.filter((card) => card.due.getTime() <= now.getTime());

/** How many reviews are due at `now`. */
export const countDue = (attempts: Progress['attempts'], now: Date): number => dueCards(buildDeck(attempts), now).length;

/** When the next card not yet due falls due, or undefined when none is waiting. */
export function nextDue(deck: readonly ReviewCard[], now: Date): Date | undefined {
  return deck.find((card) => card.due.getTime() > now.getTime())?.due;
}

/** When each grade would schedule the card next, were it reviewed at `now`. */
export function previewGrades(card: Card, now: Date): Record<GradeName, Date> {
  const preview = scheduler.repeat(card, now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** Sets the grade of a question's latest attempt (the learner rated a review); returns new progress. */
export function withLatestGrade(progress: Progress, questionId: string, grade: GradeName): Progress {
  const list = progress.attempts[questionId];
  if (!list || list.length === 0) return progress;
  const latest = { ...list.at(-1)!, grade: GRADES[grade] as 1 | 2 | 3 | 4 };
  return { ...progress, attempts: { ...progress.attempts, [questionId]: [...list.slice(0, -1), latest] } };
}

/** "in 10 minutes", "in 3 days", "now": how far `when` is from `now`, in the largest whole unit. */
export function describeWait(when: Date, now: Date): string {
  const minutes = Math.round((when.getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return 'now';
  const plural = (count: number, unit: string) => `in ${count} ${unit}${count === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 60) return plural(days, 'day');
  return plural(Math.round(days / 30), 'month');
}
