import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/guide/rules/content-problem.ts';
import { checkMultiSelectCounts, checkMultiSelectPositions } from '../../../../src/guide/rules/multi-select-balance.ts';
import { located, multi } from './bank-fixtures.ts';

// A fair bank of 5-option questions: counts 1, 2, 3, 4 in turn, the first option correct in 7 of 20 (35%)
// and options 2 to 5 correct 10 or 11 times each.
const FAIR_ANSWERS = [
  [0], [1, 2], [1, 3, 4], [0, 2, 3, 4], [1], [2, 3], [1, 2, 4], [0, 1, 3, 4], [2], [3, 4],
  [0, 1, 2], [1, 2, 3, 4], [3], [0, 4], [1, 2, 3], [0, 1, 2, 4], [3], [1, 4], [2, 3, 4], [0, 1, 2, 3],
];
const fair = FAIR_ANSWERS.map((answers, i) => multi(`m${i}`, 5, answers));

describe('multi-select positions', () => {
  it('accepts answers spread over every position', () => {
    expect(checkMultiSelectPositions(located(fair))).toEqual([]);
  });

  it('flags "tick the first option, then the second"', () => {
    const bank = Array.from({ length: 20 }, (_, i) => multi(`m${i}`, 4, [0, 1, 2 + (i % 2)]));
    expect(checkMultiSelectPositions(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › multi-select answers at option 1: the first option is correct in 100% of multi-select questions (at most 35% allowed), so "always tick the first" pays
        Fix: make the first option a plausible wrong one (move a correct option further down) in some of: m0, m1, m2, m3, m4, m5, m6, m7 (+12 more).",
        "content/questions/x.yaml › multi-select answers at option 2: option 2 is correct in 100% of the multi-select questions that have it, against a fair share of 75% (at most 15 points above allowed)
        Fix: move correct options away from position 2 (to the positions that are rarely correct) in some of: m0, m1, m2, m3, m4, m5, m6, m7 (+12 more).",
      ]
    `);
  });

  it('waits until there are enough multi-select questions to judge', () => {
    expect(checkMultiSelectPositions(located(Array.from({ length: 19 }, (_, i) => multi(`m${i}`, 4, [0]))))).toEqual([]);
  });
});

describe('multi-select correct-option counts', () => {
  it('accepts a bank that uses 1, 2, 3 and 4 correct options', () => {
    expect(checkMultiSelectCounts(located(fair))).toEqual([]);
  });

  it('flags a bank where nearly every question has 3 correct of 5 (and none has 1 or 4)', () => {
    const bank = Array.from({ length: 20 }, (_, i) => multi(`m${i}`, 5, i < 19 ? [i % 5, (i + 1) % 5, (i + 2) % 5] : [i % 5, (i + 1) % 5]));
    expect(checkMultiSelectCounts(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › multi-select questions with 1 correct option: only 0 of 20 multi-select questions have exactly 1 correct (each of 1, 2, 3, 4 needs at least 10%; counts now 2: 1, 3: 19)
        Fix: rewrite some questions with 3 correct options so exactly 1 is right: m0, m1, m2, m3, m4, m5, m6, m7 (+11 more).",
        "content/questions/x.yaml › multi-select questions with 2 correct options: only 1 of 20 multi-select questions have exactly 2 correct (each of 1, 2, 3, 4 needs at least 10%; counts now 2: 1, 3: 19)
        Fix: rewrite some questions with 3 correct options so exactly 2 are right: m0, m1, m2, m3, m4, m5, m6, m7 (+11 more).",
        "content/questions/x.yaml › multi-select questions with 4 correct options: only 0 of 20 multi-select questions have exactly 4 correct (each of 1, 2, 3, 4 needs at least 10%; counts now 2: 1, 3: 19)
        Fix: rewrite some questions with 3 correct options so exactly 4 are right: m0, m1, m2, m3, m4, m5, m6, m7 (+11 more).",
        "content/questions/x.yaml › multi-select correct-option counts: 95% of multi-select questions have exactly 3 correct options (at most 60% allowed; counts now 2: 1, 3: 19), so "tick 3" pays
        Fix: give some of them another number of correct options: m0, m1, m2, m3, m4, m5, m6, m7 (+11 more).",
      ]
    `);
  });

  it('flags a question whose every option is correct, however small the bank', () => {
    expect(checkMultiSelectCounts(located([multi('all', 3, [0, 1, 2]), multi('ok', 3, [1])])).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "all" › options: all 3 options are correct, so ticking everything scores
        Fix: make at least one option a plausible wrong answer (a multi-select question has 1 to 2 correct options).",
      ]
    `);
  });
});
