import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/guide/rules/content-problem.ts';
import { checkAnswerTermInStem, stemEchoes } from '../../../../src/guide/rules/answer-term-in-stem.ts';
import { located, multi, single, trueFalse } from './bank-fixtures.ts';

const prompt = 'Which step adapts pre-trained models to one task?';

describe('answer term in stem', () => {
  it('finds a stem word that only the correct option repeats, in any form ("models" = "model")', () => {
    const q = single('q', ['Prompting with examples', 'Fine-tuning the model on labelled data', 'Pre-training from scratch'], 1, prompt);
    expect(stemEchoes(q)).toEqual([{ word: 'models', options: [1] }]);
    expect(checkAnswerTermInStem(located([q])).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "q" › prompt: the stem word "models" comes back only in the correct option (2), which points at the answer
        Fix: use the word in wrong options too, or reword the stem or the right option so no option repeats it.",
      ]
    `);
  });

  it('names every echoed word and every correct option that repeats one', () => {
    const q = multi('m', 4, [0, 2]);
    q.prompt = 'Which settings change the sampling temperature?';
    q.options = q.options.map((o, i) => ({ ...o, text: ['Raise the temperature', 'Lower top-k', 'Sampling settings', 'Use a seed'][i]! }));
    expect(checkAnswerTermInStem(located([q])).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/questions/x.yaml › question "m" › prompt: the stem words "settings", "sampling", "temperature" come back only in the correct options (1, 3), which points at the answer
        Fix: use these words in wrong options too, or reword the stem or the right option so no option repeats them.",
      ]
    `);
  });

  it('accepts a stem word that a wrong option repeats too, or that every option repeats', () => {
    const shared = single('q', ['Pre-training the model again', 'Fine-tuning the model on labelled data', 'Prompting the model'], 1, prompt);
    const wrongToo = single('r', ['Pre-training on task data', 'Fine-tuning on task data', 'Prompting a task model'], 1, prompt);
    expect(checkAnswerTermInStem(located([shared, wrongToo]))).toEqual([]);
  });

  it('ignores stop words and question framing ("which", "best", "statement")', () => {
    const q = single('q', ['It is the best statement here', 'A list of tokens', 'A set of weights'], 0, 'Which statement is best?');
    expect(stemEchoes(q)).toEqual([]);
  });

  it('ignores the "apply" of "(Choose all that apply.)"', () => {
    const q = multi('m', 3, [1]);
    q.prompt = 'Which are parts of an expert system? (Choose all that apply.)';
    q.options = q.options.map((o, i) => ({ ...o, text: ['Training data', 'An engine that applies rules', 'A loss function'][i]! }));
    expect(stemEchoes(q)).toEqual([]);
  });

  it('ignores everyday verbs used in another sense ("the images it makes" / "make an image look real")', () => {
    const q = single('q', ['Hand ratings from reviewers', 'A signal that shows which changes make an image look real', 'Pixel-by-pixel comparison'], 1, 'How does a generator improve the images it makes?');
    // "images" is a real echo and is still caught; "makes" is not.
    expect(stemEchoes(q)).toEqual([{ word: 'images', options: [1] }]);
  });

  it('leaves true-false statements alone (their options are True and False)', () => {
    expect(stemEchoes(trueFalse('t', true))).toEqual([]);
  });
});
