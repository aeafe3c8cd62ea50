import { describe, expect, it } from 'vitest';
import { checkBankQuality, checkSingleChoiceLengths, correctIsLongest, correctIsShortest, correctPositionShares } from '../../../src/guide/rules/bank-quality.ts';
import { formatProblem } from '../../../src/guide/rules/content-problem.ts';
import { question } from '../fixtures.ts';

const opt = (text: string, correct = false) => ({ text, correct, explanation: 'Why.' });
/** A single-choice question whose correct option sits at `position`, with equal-length options. */
const at = (id: string, position: number) =>
  question(id, { prompt: `Prompt ${id}?`, options: [0, 1, 2, 3].map((i) => opt(`Option ${i}`, i === position)) });
const located = (questions: ReturnType<typeof question>[]) => questions.map((q) => ({ question: q, file: 'content/questions/x.yaml' }));

describe('bank quality', () => {
  it('measures where correct answers sit', () => {
    expect(correctPositionShares([at('a', 0), at('b', 0), at('c', 1), at('d', 3)])).toEqual([0.5, 0.25, 0, 0.25]);
  });

  it('accepts an evenly spread bank', () => {
    expect(checkBankQuality(located(Array.from({ length: 24 }, (_, i) => at(`q${i}`, i % 4))))).toEqual([]);
  });

  it('flags a position holding more than 35% of answers', () => {
    const bank = Array.from({ length: 20 }, (_, i) => at(`q${i}`, i < 8 ? 1 : i % 2 === 0 ? 0 : 2));
    expect(checkBankQuality(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › single-choice answers at option 2: 40% of single-choice questions have their correct option in position 2 (at most 35% allowed)
        Fix: move the correct option of some of these questions to another position: q0, q1, q2, q3, q4, q5, q6, q7.",
      ]
    `);
  });

  it('flags single-choice answers that are usually the longest', () => {
    const longest = (id: string, i: number) =>
      question(id, { prompt: `Prompt ${id}?`, options: [0, 1, 2, 3].map((p) => opt(p === i % 4 ? 'A much longer and more careful answer' : 'Short', p === i % 4)) });
    const bank = Array.from({ length: 20 }, (_, i) => (i < 7 ? longest(`q${i}`, i) : at(`q${i}`, i % 4)));
    expect(correctIsLongest(bank[0]!)).toBe(true);
    expect(correctIsLongest(bank[10]!)).toBe(false);
    expect(checkSingleChoiceLengths(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › single-choice option lengths: in 35% of single-choice questions the correct option is the longest (at most 30% allowed; chance is about 25%), so "pick the longest" gives answers away
        Fix: make a wrong option as long and specific as the right one (a real mistake, not filler) in some of: q0, q1, q2, q3, q4, q5, q6.",
      ]
    `);
  });

  it('flags single-choice answers that are usually the shortest', () => {
    const shortest = (id: string, i: number) =>
      question(id, { prompt: `Prompt ${id}?`, options: [0, 1, 2, 3].map((p) => opt(p === i % 4 ? 'Brief' : `A longer wrong answer ${p}`, p === i % 4)) });
    const bank = Array.from({ length: 20 }, (_, i) => (i < 7 ? shortest(`q${i}`, i) : at(`q${i}`, i % 4)));
    expect(correctIsShortest(bank[0]!)).toBe(true);
    expect(correctIsShortest(bank[10]!)).toBe(false);
    expect(checkSingleChoiceLengths(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › single-choice option lengths: in 35% of single-choice questions the correct option is the shortest (at most 30% allowed; chance is about 25%), so "pick the shortest" gives answers away
        Fix: give the correct option as much detail as the wrong ones (or write a wrong option as briefly) in some of: q0, q1, q2, q3, q4, q5, q6.",
      ]
    `);
  });

  it('accepts lengths that say nothing (the correct option shortest or longest as often as chance)', () => {
    const texts = ['Tiny', 'A medium answer', 'A rather longer answer here', 'Mid answer'];
    const bank = Array.from({ length: 20 }, (_, i) => question(`q${i}`, { prompt: `Prompt ${i}?`, options: texts.map((t, p) => opt(t, p === i % 4)) }));
    expect(checkSingleChoiceLengths(located(bank))).toEqual([]);
  });

  it('flags two questions with the same prompt', () => {
    const bank = [question('a', { prompt: 'What is RAG?' }), question('b', { prompt: 'what is  RAG' })];
    expect(checkBankQuality(located(bank)).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "b" › prompt: has the same prompt as question "a" in content/questions/x.yaml
        Fix: reword one of them so each question asks something different, or delete the duplicate.",
      ]
    `);
  });
});
