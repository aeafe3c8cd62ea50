import { describe, expect, it } from 'vitest';
import { examProblem, isCompleteActiveExam, isCompleteExamRecord } from '../../../src/features/progress/exam-record-checks.ts';
import type { ActiveExam, ExamRecord } from '../../../src/features/progress/progress-format.ts';

const record: ExamRecord = {
  id: 'abc-1',
  seed: 'abc',
  startedAt: '2026-11-20T09:00:00.000Z',
  finishedAt: '2026-11-20T09:10:00.000Z',
  questionIds: ['q1', 'q2'],
  answers: { q1: [1] },
  correct: 1,
  total: 2,
  passed: false,
  byModule: { m: { correct: 1, total: 2 } },
};
const active: ActiveExam = { seed: 'abc', startedAt: '2026-11-20T09:00:00.000Z', questionIds: ['q1'], optionOrder: { q1: [2, 0, 1] }, answers: {}, flagged: [], current: 0, minutes: 2, modules: ['m'] };

describe('checking stored exams in detail', () => {
  it('accepts well-formed records', () => {
    expect(isCompleteExamRecord(record)).toBe(true);
    expect(isCompleteActiveExam(active)).toBe(true);
    expect(examProblem({ version: 2, attempts: {}, exams: [record], activeExam: active })).toBeUndefined();
  });

  it.each<[string, Partial<ExamRecord>]>([
    ['a time that is not a time', { finishedAt: 'later' }],
    ['more right than asked', { correct: 3 }],
    ['a total that is not the number of questions', { total: 5, correct: 1 }],
    ['an answer that is not a list of option indices', { answers: { q1: [-1] } }],
    ['a module tally that is not counts', { byModule: { m: { correct: 'one', total: 2 } as never } }],
  ])('rejects a finished exam with %s', (_, change) => {
    expect(isCompleteExamRecord({ ...record, ...change })).toBe(false);
    expect(examProblem({ version: 2, attempts: {}, exams: [{ ...record, ...change }], activeExam: null })).toBe('exams are malformed');
  });

  it.each<[string, Partial<ActiveExam>]>([
    ['a question without an option order', { questionIds: ['q1', 'q2'] }],
    ['a position past the end', { current: 1 }],
    ['a time limit of zero', { minutes: 0 }],
    ['flags that are not ids', { flagged: [3] as never }],
  ])('rejects an exam in progress with %s', (_, change) => {
    expect(isCompleteActiveExam({ ...active, ...change })).toBe(false);
    expect(examProblem({ version: 2, attempts: {}, exams: [], activeExam: { ...active, ...change } })).toBe('the exam in progress is malformed');
  });
});
