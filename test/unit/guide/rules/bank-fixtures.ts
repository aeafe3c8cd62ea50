import type { Question } from '../../../../src/guide/schemas/question.ts';
import { question } from '../../fixtures.ts';

// Small banks for the balance rules: each helper builds questions that are fair except for the one cue
// a test sets.

const opt = (text: string, correct = false) => ({ text, correct, explanation: 'Why.' });

/** Questions in one file, as the rules take them. */
export const located = (questions: readonly Question[]) => questions.map((q) => ({ question: q, file: 'content/questions/x.yaml' }));

/** A multi-select question with `count` options, correct at the given positions (0-based); texts of equal length. */
export const multi = (id: string, count: number, correct: readonly number[]) =>
  question(id, { kind: 'multiple', prompt: `Pick for ${id}.`, options: Array.from({ length: count }, (_, i) => opt(`Choice ${i}`, correct.includes(i))) });

/** A true-false question whose statement is `statement`. */
export const trueFalse = (id: string, isTrue: boolean, statement = `Statement ${id} holds.`) =>
  question(id, { kind: 'true-false', prompt: statement, options: [opt('True', isTrue), opt('False', !isTrue)] });

/** A single-choice question with the given option texts, the correct one at `position`. */
export const single = (id: string, texts: readonly string[], position: number, prompt = `Prompt ${id}?`) =>
  question(id, { prompt, options: texts.map((text, i) => opt(text, i === position)) });
