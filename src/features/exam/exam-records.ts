// The details of stored exams, checked where they are used (the practice exam, imports) rather than
// on every page load: readProgress (progress-format.ts) checks only the shape every page relies on,
// which keeps the page quiz's code small. A record that fails here is never shown or imported.

import { emptyProgress, withAttempt, type ActiveExam, type Attempt, type ExamRecord, type Progress } from '../progress/progress-format.ts';
import { backupKeyAt, type StorageLike } from '../progress/progress-store.ts';

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isIndexList = (value: unknown): boolean => Array.isArray(value) && value.every(isCount);
const isIndexMap = (value: unknown): boolean => typeof value === 'object' && value !== null && Object.values(value).every(isIndexList);

/** True when a finished exam's times, ids, answers and counts all make sense. */
export function isCompleteExamRecord(exam: ExamRecord): boolean {
  return (
    isTime(exam.startedAt) &&
    isTime(exam.finishedAt) &&
    isStringList(exam.questionIds) &&
    isIndexMap(exam.answers) &&
    isCount(exam.correct) &&
    isCount(exam.total) &&
    exam.correct <= exam.total &&
    exam.total === exam.questionIds.length &&
    Object.values(exam.byModule).every((tally) => typeof tally === 'object' && tally !== null && isCount(tally.correct) && isCount(tally.total))
  );
}

/** True when an exam in progress can be resumed: every drawn question has an option order, the position is inside the exam. */
export function isCompleteActiveExam(exam: ActiveExam): boolean {
  return (
    isTime(exam.startedAt) &&
    isStringList(exam.questionIds) &&
    exam.questionIds.every((id) => isIndexList(exam.optionOrder[id])) &&
    isIndexMap(exam.answers) &&
    isStringList(exam.flagged) &&
    isCount(exam.current) &&
    exam.current < Math.max(1, exam.questionIds.length) &&
    (exam.minutes === null || exam.minutes > 0) &&
    isStringList(exam.modules)
  );
}

/** What is wrong with a progress's exams, in a few words, or undefined when nothing is. */
export function examProblem(progress: Progress): string | undefined {
  if (!progress.exams.every(isCompleteExamRecord)) return 'exams are malformed';
  if (progress.activeExam && !isCompleteActiveExam(progress.activeExam)) return 'the exam in progress is malformed';
  return undefined;
}

// Changes to the stored exams, applied to the latest stored progress (progress-client.ts updateProgress),
// so a tab that opened earlier never undoes an exam started, continued or finished in another tab.

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
