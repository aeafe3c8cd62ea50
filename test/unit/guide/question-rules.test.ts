import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/guide/rules/content-problem.ts';
import { checkQuestion } from '../../../src/guide/rules/question-rules.ts';
import { question } from '../fixtures.ts';

const check = (q: ReturnType<typeof question>) => checkQuestion(q, 'content/questions/x.yaml').map(formatProblem);
const opt = (text: string, correct = false) => ({ text, correct, explanation: `Why "${text}".` });

describe('checkQuestion', () => {
  it('accepts a valid question of each kind', () => {
    expect(check(question('x-single'))).toEqual([]);
    expect(check(question('x-multi', { kind: 'multiple', options: [opt('A', true), opt('B', true), opt('C')] }))).toEqual([]);
    expect(check(question('x-tf', { kind: 'true-false', options: [opt('True'), opt('False', true)] }))).toEqual([]);
  });

  it('single with zero or several correct options', () => {
    expect(check(question('x-none', { options: [opt('A'), opt('B'), opt('C')] }))).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "x-none" › options: a single question must have exactly one correct option, found 0
        Fix: mark the one right option with \`correct: true\`.",
      ]
    `);
    expect(check(question('x-two', { options: [opt('A', true), opt('B', true), opt('C')] }))).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "x-two" › options: a single question must have exactly one correct option, found 2
        Fix: keep \`correct: true\` on the single best option, or change \`kind\` to \`multiple\` if several are right.",
      ]
    `);
  });

  it('multiple with no correct option', () => {
    expect(check(question('x-m', { kind: 'multiple', options: [opt('A'), opt('B')] }))).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "x-m" › options: a multiple-choice question has no correct option
        Fix: mark every right option with \`correct: true\`.",
      ]
    `);
  });

  it('too few options', () => {
    expect(check(question('x-few', { options: [opt('A', true), opt('B')] }))).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "x-few" › options: a single question has 2 options, fewer than the 3 it needs
        Fix: add plausible wrong options until there are at least 3.",
      ]
    `);
    expect(check(question('x-one', { kind: 'multiple', options: [opt('A', true)] }))).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "x-one" › options: a multiple question has 1 option, fewer than the 2 it needs
        Fix: add plausible wrong options until there are at least 2.",
      ]
    `);
  });

  it('true-false whose options are not True and False', () => {
    expect(check(question('x-tf', { kind: 'true-false', options: [opt('Yes', true), opt('No')] }))).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "x-tf" › options: a true-false question must have exactly the options "True" and "False", found ["Yes","No"]
        Fix: write two options, \`text: "True"\` then \`text: "False"\`, and mark the right one \`correct: true\`.",
      ]
    `);
  });

  it('duplicate option text and "all of the above"', () => {
    expect(check(question('x-dup', { options: [opt('Same text', true), opt('same text.'), opt('All of the above')] }))).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "x-dup" › options[1].text: the option "same text." appears twice
        Fix: make every option of a question different.",
        "content/questions/x.yaml › question "x-dup" › options[2].text: "All of the above" is an "all/none of the above" option
        Fix: replace it with a specific, plausible option that stands on its own.",
      ]
    `);
  });
});
