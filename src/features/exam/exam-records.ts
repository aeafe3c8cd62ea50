// Changes to the stored exams (their format and checks are the progress store's: exam-record-checks.ts),
// applied to the latest stored progress (progress-client.ts updateProgress), so a tab that opened
// earlier never undoes an exam started, continued or finished in another tab.

import { emptyProgress, withAttempt, type ActiveExam, type Attempt, type ExamRecord, type Progress } from '../progress/progress-format.ts';
import { backupKeyAt, type StorageLike } from '../progress/progress-store.ts';

const isSameExam = (stored: ActiveExam | null, exam: ActiveExam) => stored !== null && stored.seed === exam.seed && stored.startedAt === exam.startedAt;

/** Starts an exam in progress. */
export const withActiveExam = (exam: ActiveExam) => (latest: Progress): Progress => ({ ...latest, activeExam: exam });

/** A step in the exam in progress (an answer, a flag, the position), kept only while it is still the stored one. */
export const withExamStep = (exam: ActiveExam, step: Partial<ActiveExam>) => (latest: Progress): Progress =>
  isSameExam(latest.activeExam, exam) ? { ...latest, activeExam: { ...latest.activeExam!, ...step } } : latest;

/** Ends the exam in progress without a record (abandoned, or set aside), if it is still the stored one. */
export const withoutExam = (exam: ActiveExam) => (latest: Progress): Progress => (isSameExam(latest.activeExam, exam) ? { ...latest, activeExam: null } : latest);

/** A finished exam: its record (once, by id) and each answer as an attempt; the exam in progress ends if it is this one. */
export const withFinishedExam = (exam: ActiveExam, record: ExamRecord, attempts: [string, Attempt][]) => (latest: Progress): Progress => {
  if (latest.exams.some((stored) => stored.id === record.id)) return withoutExam(exam)(latest);
  let next = withoutExam(exam)({ ...latest, exams: [...latest.exams, record] });
  for (const [id, attempt] of attempts) next = withAttempt(next, id, attempt);
  return next;
};

/**
 * Keeps an exam that cannot be resumed under a backup key, as a progress file holding only that exam
 * (it can be imported back); returns the key, or undefined when the browser has no room for it.
 */
export function setAsideExam(storage: StorageLike, exam: ActiveExam, now: Date): string | undefined {
  const key = backupKeyAt(now);
  const text = JSON.stringify({ ...emptyProgress(), activeExam: exam });
  try {
    storage.setItem(key, text);
    return storage.getItem(key) === text ? key : undefined;
  } catch {
    return undefined;
  }
}
