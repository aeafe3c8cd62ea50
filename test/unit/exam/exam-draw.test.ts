import { describe, expect, it } from 'vitest';
import {
  PASS_MARK,
  drawQuestions,
  examDeadline,
  examQuery,
  finishExam,
  formatClock,
  formatDuration,
  isValidSeed,
  newSeed,
  optionOrder,
  percent,
  readExamSettings,
  scoreExam,
  seededRandom,
  shuffle,
  startExam,
  timeLimitMinutes,
  type ExamQuestion,
} from '../../../src/features/exam/exam-draw.ts';

const MODULES = ['alpha', 'beta', 'gamma'];
/** 30 questions: 10 per module, 4 options with the second right (multiple-choice every fifth). */
const questions: ExamQuestion[] = MODULES.flatMap((module) =>
  Array.from({ length: 10 }, (_, i) => ({
    id: `${module}-${i}`,
    module,
    kind: i % 5 === 0 ? ('multiple' as const) : i === 9 ? ('true-false' as const) : ('single' as const),
    options: i === 9 ? [{ correct: true }, { correct: false }] : [{ correct: false }, { correct: true }, { correct: false }, { correct: i % 5 === 0 }],
  })),
);
const bank = new Map(questions.map((q) => [q.id, q]));
const pool = questions.map((q) => q.id);

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = seededRandom('abc');
    const b = seededRandom('abc');
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    const c = seededRandom('abd');
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('shuffles into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = shuffle(items, seededRandom('x'));
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('makes eight-character seeds that the URL accepts', () => {
    const seed = newSeed((count) => Uint32Array.from({ length: count }, (_, i) => 123456789 * (i + 1)));
    expect(seed).toMatch(/^[a-z0-9]{8}$/);
    expect(isValidSeed(seed)).toBe(true);
    expect(isValidSeed('has space')).toBe(false);
    expect(isValidSeed('')).toBe(false);
  });
});

describe('the exam draw', () => {
  it('is reproducible: the same seed draws the same questions in the same order', () => {
    const first = drawQuestions(pool, 'seed-1', 10);
    expect(drawQuestions(pool, 'seed-1', 10)).toEqual(first);
    expect(first).toHaveLength(10);
    expect(new Set(first).size).toBe(10);
    expect(drawQuestions(pool, 'seed-2', 10)).not.toEqual(first);
    // Pinned, so an accidental change to the generator (which would change every shared link) is caught.
    expect(first).toMatchInlineSnapshot(`
      [
        "gamma-7",
        "beta-2",
        "gamma-4",
        "gamma-0",
        "alpha-8",
        "alpha-5",
        "beta-9",
        "alpha-9",
        "gamma-1",
        "alpha-1",
      ]
    `);
  });

  it('takes every question for "all", and never more than the pool', () => {
    expect([...drawQuestions(pool, 's', 'all')].sort()).toEqual([...pool].sort());
    expect(drawQuestions(pool.slice(0, 4), 's', 50)).toHaveLength(4);
  });

  it('shuffles options reproducibly per question, and leaves true/false in order', () => {
    const question = bank.get('alpha-1')!;
    const order = optionOrder(question, 'seed-1');
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(optionOrder(question, 'seed-1')).toEqual(order);
    const orders = ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => optionOrder(question, seed).join());
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect(optionOrder(bank.get('alpha-9')!, 'seed-1')).toEqual([0, 1]);
  });

  it('starts an exam with every option order, nothing answered and an optional time limit', () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const exam = startExam({ seed: 'seed-1', size: 10, modules: MODULES, timed: true }, bank, pool, now);
    expect(exam.questionIds).toEqual(drawQuestions(pool, 'seed-1', 10));
    expect(Object.keys(exam.optionOrder)).toEqual(exam.questionIds);
    expect(exam).toMatchObject({ answers: {}, flagged: [], current: 0, minutes: 15, startedAt: now.toISOString() });
    expect(examDeadline(exam)).toBe(now.getTime() + 15 * 60_000);
    expect(examDeadline({ ...exam, minutes: null })).toBeUndefined();
    expect(timeLimitMinutes(20)).toBe(30);
    expect(timeLimitMinutes(7)).toBe(11);
  });
});

describe('exam settings in the URL', () => {
  it('reads settings, falling back to every module, 10 questions and untimed', () => {
    expect(readExamSettings(new URLSearchParams(''), MODULES)).toEqual({ seed: undefined, size: 10, modules: MODULES, timed: false });
    expect(readExamSettings(new URLSearchParams('seed=ab-12&count=all&modules=gamma,alpha,nope&timed=1'), MODULES)).toEqual({
      seed: 'ab-12',
      size: 'all',
      modules: ['alpha', 'gamma'],
      timed: true,
    });
    expect(readExamSettings(new URLSearchParams('seed=<script>&count=7&modules=nope'), MODULES)).toEqual({ seed: undefined, size: 10, modules: MODULES, timed: false });
  });

  it('writes a query that reads back the same settings', () => {
    const settings = { seed: 'k3x9', size: 20 as const, modules: ['beta'], timed: true };
    const query = examQuery(settings, MODULES);
    expect(query).toBe('seed=k3x9&count=20&modules=beta&timed=1');
    expect(readExamSettings(new URLSearchParams(query), MODULES)).toEqual(settings);
    expect(examQuery({ ...settings, modules: MODULES, timed: false }, MODULES)).toBe('seed=k3x9&count=20');
  });
});

describe('scoring an exam by module', () => {
  const ids = ['alpha-1', 'alpha-0', 'beta-1', 'gamma-9', 'gamma-2'];

  it('counts exact answers only: partial multiple-choice and unanswered questions are wrong', () => {
    const score = scoreExam(
      ids,
      {
        'alpha-1': [1], // right
        'alpha-0': [1], // multiple: misses option 3, so wrong
        'beta-1': [0], // wrong
        'gamma-9': [0], // true/false, right
        // gamma-2 unanswered
      },
      bank,
    );
    expect(score).toMatchObject({ correct: 2, total: 5, fraction: 0.4, passed: false });
    expect(score.byModule).toEqual({ alpha: { correct: 1, total: 2 }, beta: { correct: 0, total: 1 }, gamma: { correct: 1, total: 2 } });
    expect(score.results).toEqual({ 'alpha-1': true, 'alpha-0': false, 'beta-1': false, 'gamma-9': true, 'gamma-2': false });
  });

  it('passes at the pass mark and not below it', () => {
    expect(PASS_MARK).toBe(0.7);
    const ten = pool.filter((id) => bank.get(id)!.kind === 'single').slice(0, 10);
    const rightFor = (count: number) => Object.fromEntries(ten.map((id, i) => [id, [i < count ? 1 : 0]]));
    expect(scoreExam(ten, rightFor(7), bank)).toMatchObject({ correct: 7, passed: true });
    expect(scoreExam(ten, rightFor(6), bank)).toMatchObject({ correct: 6, passed: false });
    expect(scoreExam([], {}, bank).passed).toBe(false);
  });

  it('names a question missing from the bank', () => {
    expect(() => scoreExam(['nope'], {}, bank)).toThrow('"nope"');
  });

  it('finishes an exam into a history record', () => {
    const exam = startExam({ seed: 'seed-1', size: 10, modules: MODULES, timed: false }, bank, pool, new Date('2026-11-25T10:00:00Z'));
    const answered = { ...exam, answers: { [exam.questionIds[0]!]: [1], [exam.questionIds[1]!]: [] } };
    const { record, score } = finishExam(answered, bank, new Date('2026-11-25T10:12:05Z'));
    expect(record).toMatchObject({ seed: 'seed-1', startedAt: '2026-11-25T10:00:00.000Z', finishedAt: '2026-11-25T10:12:05.000Z', total: 10, correct: score.correct });
    expect(record.answers).toEqual({ [exam.questionIds[0]!]: [1] });
    expect(record.id).toMatch(/^seed-1-/);
    expect(Object.values(record.byModule).reduce((sum, m) => sum + m.total, 0)).toBe(10);
  });
});

describe('display helpers', () => {
  it('rounds percentages down and formats durations', () => {
    expect(percent(0.7)).toBe(70);
    expect(percent(2 / 3)).toBe(66);
    expect(percent(0.699)).toBe(69);
    expect(formatDuration(725_000)).toBe('12 min 5 s');
    expect(formatDuration(4_000)).toBe('4 s');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
    expect(formatClock(725_000)).toBe('12:05');
    expect(formatClock(-5)).toBe('0:00');
  });
});
