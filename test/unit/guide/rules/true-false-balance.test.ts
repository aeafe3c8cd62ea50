import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/guide/rules/content-problem.ts';
import { checkTrueFalseShare } from '../../../../src/guide/rules/true-false-balance.ts';
import { located, trueFalse } from './bank-fixtures.ts';

describe('true-false share', () => {
  it('accepts half true, half false', () => {
    expect(checkTrueFalseShare(located(Array.from({ length: 20 }, (_, i) => trueFalse(`t${i}`, i % 2 === 0))))).toEqual([]);
  });

  it('flags a bank where "always answer False" pays', () => {
    const bank = Array.from({ length: 20 }, (_, i) => trueFalse(`t${i}`, i < 7));
    expect(checkTrueFalseShare(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › true-false answers: 7 of 20 true-false statements are True (35%; 45%–55% allowed), so "always answer False" scores 65%
        Fix: rewrite at least 2 false statements as true (by substance, not by one word), from: t7, t8, t9, t10, t11, t12, t13, t14 (+5 more).",
      ]
    `);
  });

  it('flags too many true statements too', () => {
    const bank = Array.from({ length: 20 }, (_, i) => trueFalse(`t${i}`, i < 12));
    expect(checkTrueFalseShare(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › true-false answers: 12 of 20 true-false statements are True (60%; 45%–55% allowed), so "always answer True" scores 60%
        Fix: rewrite at least 1 true statement as false (by substance, not by one word), from: t0, t1, t2, t3, t4, t5, t6, t7 (+4 more).",
      ]
    `);
  });

  it('waits until there are enough statements to judge', () => {
    expect(checkTrueFalseShare(located(Array.from({ length: 19 }, (_, i) => trueFalse(`t${i}`, false))))).toEqual([]);
  });
});
