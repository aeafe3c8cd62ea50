import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/guide/rules/content-problem.ts';
import { checkAbsoluteWordBalance } from '../../../../src/guide/rules/absolute-word-balance.ts';
import { located, single, trueFalse } from './bank-fixtures.ts';

const hedgedRight = ['Tokens usually split words into parts', 'Tokens always match whole words', 'Tokens are letters one by one'];
const absoluteRight = ['Every token maps to one number id', 'Tokens often vary between models', 'Tokens are stored as plain text'];

describe('absolute-word balance', () => {
  it('accepts a bank where right and wrong options are absolute equally often', () => {
    // Each question has one absolute option; it is the right one in a third of the questions, so both
    // right and wrong options are absolute one time in three.
    const bank = Array.from({ length: 21 }, (_, i) => (i % 3 === 0 ? single(`q${i}`, absoluteRight, 0) : single(`q${i}`, hedgedRight, i % 3 === 1 ? 0 : 2)));
    expect(checkAbsoluteWordBalance(located(bank))).toEqual([]);
  });

  it('flags a bank where only wrong options say "always"', () => {
    const bank = Array.from({ length: 20 }, (_, i) => single(`q${i}`, hedgedRight, 0));
    expect(checkAbsoluteWordBalance(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › absolute words in options: 0% of correct options and 50% of wrong options use an absolute word (always, never, only, completely, entirely, totally, guarantee, guarantees …); a gap of 50 points (at most 8 points allowed) lets a learner answer by wording alone
        Fix: let some correct options be true absolute statements and some wrong options hedged, substantive mistakes (do not just delete the words), starting with: q0, q1, q2, q3, q4, q5, q6, q7 (+12 more).",
      ]
    `);
  });

  it('flags true-false statements made false by one absolute word', () => {
    const bank = Array.from({ length: 20 }, (_, i) => (i % 2 ? trueFalse(`t${i}`, true, 'Models can drift.') : trueFalse(`t${i}`, false, 'Models always drift.')));
    expect(checkAbsoluteWordBalance(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › absolute words in true-false statements: 0% of true statements and 100% of false ones use an absolute word; a gap of 100 points (at most 15 points allowed) lets a learner answer by wording alone
        Fix: make a statement false (or true) by its substance, not by one absolute word, and use absolute words in about as many true statements; starting with: t0, t2, t4, t6, t8, t10, t12, t14 (+2 more).",
      ]
    `);
  });

  it('accepts true-false statements with absolute words on both sides', () => {
    const bank = Array.from({ length: 20 }, (_, i) => trueFalse(`t${i}`, i % 2 === 0, i % 4 < 2 ? 'Models never drift.' : 'Models can drift.'));
    expect(checkAbsoluteWordBalance(located(bank))).toEqual([]);
  });
});
