import { describe, expect, it } from 'vitest';
import { describeScore, optionState, scoreAnswer, tallyLatest } from '../../../src/features/quiz/scoring.ts';

describe('scoring one answer', () => {
  it('single choice: the right option is correct, any other is not', () => {
    expect(scoreAnswer([2], [2])).toEqual({ correct: true, verdict: 'correct', found: 1, missed: 0, wrong: 0 });
    expect(scoreAnswer([2], [0])).toEqual({ correct: false, verdict: 'incorrect', found: 0, missed: 1, wrong: 1 });
    expect(describeScore(scoreAnswer([2], [0]), false)).toBe('Not correct.');
  });

  it('multiple choice: some right options found is partial, with counts of what was missed and what was wrong', () => {
    const partial = scoreAnswer([0, 2, 3], [0, 1]);
    expect(partial).toEqual({ correct: false, verdict: 'partial', found: 1, missed: 2, wrong: 1 });
    expect(describeScore(partial, true)).toBe('Partly correct: you found 1 of 3 correct options and chose 1 wrong option.');
    const missedOnly = scoreAnswer([0, 2], [2]);
    expect(missedOnly.verdict).toBe('partial');
    expect(describeScore(missedOnly, true)).toBe('Partly correct: you found 1 of 2 correct options.');
    expect(describeScore(scoreAnswer([0, 2], [1, 3]), true)).toBe('Not correct: you found 0 of 2 correct options and chose 2 wrong options.');
  });

  it('multiple choice: all right and nothing wrong is correct; order and repeats do not matter', () => {
    expect(scoreAnswer([0, 2], [2, 0, 2]).correct).toBe(true);
    expect(describeScore(scoreAnswer([0, 2], [2, 0]), true)).toBe('Correct.');
  });

  it('a question without a correct option can never be answered correctly', () => {
    expect(scoreAnswer([], []).correct).toBe(false);
  });
});

describe('tallying a quiz by latest answers', () => {
  it('counts answered and correct questions, skipping unanswered ones', () => {
    const latest: Record<string, boolean> = { a: true, b: false, d: true };
    expect(tallyLatest(['a', 'b', 'c', 'd'], (id) => latest[id])).toEqual({ answered: 3, correct: 2, total: 4 });
    expect(tallyLatest([], () => true)).toEqual({ answered: 0, correct: 0, total: 0 });
  });
});

describe('optionState', () => {
  it('names each option by whether it is right and whether the learner chose it', () => {
    expect([optionState(true, true), optionState(true, false), optionState(false, true), optionState(false, false)]).toEqual(['correct', 'missed', 'wrong', 'other']);
  });
});
