// The details of stored exams, part of the progress format, checked where they are used (the practice
// exam, the dashboard, imports) rather than on every page load: readProgress (progress-format.ts)
// checks only the shape every page relies on, which keeps the page quiz's code small. A record that
// fails here is never shown or imported.

import type { ActiveExam, ExamRecord, Progress } from './progress-format.ts';

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
