import { describe, expect, it } from 'vitest';
import { masteryReport, weakestConcepts, type GuideOutline } from '../../../src/features/dashboard/mastery.ts';
import type { Attempt, Progress } from '../../../src/features/progress/progress-format.ts';
import { buildQuestionBank } from '../../../src/features/question-bank/question-bank.ts';
import { splitQuestionBank } from '../../../src/features/question-bank/bank-files.ts';
import { buildSyllabus } from '../../../src/guide/syllabus.ts';
import { conceptEntry, moduleEntry, question } from '../fixtures.ts';

const outline: GuideOutline = {
  modules: [
    {
      id: 'm1',
      title: 'One',
      url: '/modules/m1/',
      concepts: [
        { id: 'c1', title: 'C1', url: '/concepts/c1/', questionIds: ['c1-a', 'c1-b', 'c1-c', 'c1-d'] },
        { id: 'c2', title: 'C2', url: '/concepts/c2/', questionIds: ['c2-a', 'c2-b'] },
      ],
    },
    { id: 'm2', title: 'Two', url: '/modules/m2/', concepts: [{ id: 'c3', title: 'C3', url: '/concepts/c3/', questionIds: ['c3-a', 'c3-b'] }] },
  ],
};
const answer = (...results: boolean[]): Attempt[] => results.map((correct, i) => ({ at: `2026-11-2${i}T09:00:00.000Z`, choice: [0], correct, source: 'page' }));

describe('mastery', () => {
  const attempts: Progress['attempts'] = {
    'c1-a': answer(false, true), // latest right
    'c1-b': answer(true, false), // latest wrong
    'c2-a': answer(false),
    'c2-b': answer(false),
    'c3-a': answer(true),
    stray: answer(true), // a question no longer in the bank is ignored
  };
  const report = masteryReport(outline, attempts);

  it('counts each question by its latest answer, per concept', () => {
    const [c1, c2] = report.modules[0]!.concepts;
    expect(c1).toMatchObject({ total: 4, answered: 2, correct: 1, mastery: 0.25, accuracy: 0.5, module: 'm1' });
    expect(c2).toMatchObject({ total: 2, answered: 2, correct: 0, mastery: 0, accuracy: 0 });
  });

  it('adds concepts up into modules and the whole guide', () => {
    expect(report.modules.map(({ id, total, answered, correct }) => ({ id, total, answered, correct }))).toEqual([
      { id: 'm1', total: 6, answered: 4, correct: 1 },
      { id: 'm2', total: 2, answered: 1, correct: 1 },
    ]);
    expect(report).toMatchObject({ total: 8, answered: 5, correct: 2, mastery: 0.25, accuracy: 0.4 });
  });

  it('puts the least accurate answered concepts first and leaves out unanswered and perfect ones', () => {
    expect(weakestConcepts(report).map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(weakestConcepts(report, 1).map((c) => c.id)).toEqual(['c2']);
    expect(weakestConcepts(masteryReport(outline, {}))).toEqual([]);
  });
});

describe('the split question bank', () => {
  it('lists ids per module in bank order, and puts each question in its module file', () => {
    const syllabus = buildSyllabus([moduleEntry('m2', 2), moduleEntry('m1', 1)], [conceptEntry('c1', 'm1', 1), conceptEntry('c3', 'm2', 1), conceptEntry('c2', 'm1', 2)]);
    const questions: Record<string, ReturnType<typeof question>[]> = { c1: [question('c1-a'), question('c1-b')], c2: [question('c2-a')], c3: [question('c3-a')] };
    const bank = buildQuestionBank(syllabus, (c) => questions[c] ?? [], { module: (id) => `/modules/${id}/`, concept: (s) => `/concepts/${s}/`, question: (id) => `/questions/${id}/` }, new Date('2026-11-25'));
    const { index, modules } = splitQuestionBank(bank, (id) => `/question-bank/${id}.json`);
    expect(index.modules.map(({ id, file, questionIds }) => ({ id, file, questionIds }))).toEqual([
      { id: 'm1', file: '/question-bank/m1.json', questionIds: ['c1-a', 'c1-b', 'c2-a'] },
      { id: 'm2', file: '/question-bank/m2.json', questionIds: ['c3-a'] },
    ]);
    expect(index.concepts.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(modules.map((file) => [file.module, file.questions.map((q) => q.id)])).toEqual([
      ['m1', ['c1-a', 'c1-b', 'c2-a']],
      ['m2', ['c3-a']],
    ]);
    expect(modules[0]!.questions[0]).toMatchObject({ concept: 'c1', module: 'm1', url: '/questions/c1-a/' });
  });
});
