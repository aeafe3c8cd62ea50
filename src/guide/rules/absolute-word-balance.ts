// "Pick the option without always/never/only" must not work: absolute words appear about as often in
// right answers as in wrong ones, and in true statements as in false ones.
import type { ContentProblem } from './content-problem.ts';
import { MIN_QUESTIONS_FOR_SHARES } from './bank-quality.ts';
import type { Question } from '../schemas/question.ts';
import { filesWhere, idsWhere, percent, type LocatedQuestion } from './located-question.ts';
import { ABSOLUTE_WORDS, usesAbsoluteWord } from './surface-text.ts';
import { answerIsTrue } from './true-false-balance.ts';

/** Largest gap (share points) between the absolute-word rates of correct and wrong options. */
export const MAX_ABSOLUTE_RATE_GAP = 0.08;
/**
 * Largest gap between the absolute-word rates of true and false true-false statements. Wider than
 * for options: a bank has a few dozen statements against hundreds of options, so chance alone moves
 * their rates by about ten points.
 */
export const MAX_TRUE_FALSE_ABSOLUTE_GAP = 0.15;

const points = (gap: number) => `${Math.round(Math.abs(gap) * 100)} points`;
const WORD_LIST = ABSOLUTE_WORDS.slice(0, 8).join(', ') + ' …';

/** Shares that use an absolute word: correct and wrong options (single and multi-select), true and false statements. */
export function absoluteWordRates(questions: readonly Question[]) {
  const choices = questions.filter((q) => q.kind !== 'true-false');
  const statements = questions.filter((q) => q.kind === 'true-false');
  const rate = (texts: readonly string[]) => texts.filter(usesAbsoluteWord).length / Math.max(texts.length, 1);
  return {
    correct: rate(choices.flatMap((q) => q.options.filter((o) => o.correct).map((o) => o.text))),
    wrong: rate(choices.flatMap((q) => q.options.filter((o) => !o.correct).map((o) => o.text))),
    trueStatements: rate(statements.filter(answerIsTrue).map((q) => q.prompt)),
    falseStatements: rate(statements.filter((q) => !answerIsTrue(q)).map((q) => q.prompt)),
  };
}

/** Absolute-word rate of correct options vs wrong options, and of true vs false statements. */
export function checkAbsoluteWordBalance(located: readonly LocatedQuestion[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const questions = located.map((item) => item.question);
  const rates = absoluteWordRates(questions);
  const choices = questions.filter((q) => q.kind !== 'true-false');
  const optionGap = rates.wrong - rates.correct;
  if (choices.length >= MIN_QUESTIONS_FOR_SHARES && Math.abs(optionGap) > MAX_ABSOLUTE_RATE_GAP) {
    // The questions that show the cue: absolute words only on the side that has too many.
    const absoluteWhere = (q: Question, correct: boolean) => q.options.some((o) => o.correct === correct && usesAbsoluteWord(o.text));
    const marked = (q: Question) => q.kind !== 'true-false' && absoluteWhere(q, optionGap < 0) && !absoluteWhere(q, optionGap > 0);
    problems.push({
      file: filesWhere(located, marked),
      field: 'absolute words in options',
      problem: `${percent(rates.correct)} of correct options and ${percent(rates.wrong)} of wrong options use an absolute word (${WORD_LIST}); a gap of ${points(optionGap)} (at most ${points(MAX_ABSOLUTE_RATE_GAP)} allowed) lets a learner answer by wording alone`,
      fix: `${optionGap > 0 ? 'let some correct options be true absolute statements and some wrong options hedged, substantive mistakes' : 'let some wrong options be absolute and some correct options hedged'} (do not just delete the words), starting with: ${idsWhere(located, marked)}.`,
    });
  }

  const statements = questions.filter((q) => q.kind === 'true-false');
  const statementGap = rates.falseStatements - rates.trueStatements;
  if (statements.length >= MIN_QUESTIONS_FOR_SHARES && Math.abs(statementGap) > MAX_TRUE_FALSE_ABSOLUTE_GAP) {
    const marked = (q: Question) => q.kind === 'true-false' && usesAbsoluteWord(q.prompt) && answerIsTrue(q) === statementGap < 0;
    problems.push({
      file: filesWhere(located, marked),
      field: 'absolute words in true-false statements',
      problem: `${percent(rates.trueStatements)} of true statements and ${percent(rates.falseStatements)} of false ones use an absolute word; a gap of ${points(statementGap)} (at most ${points(MAX_TRUE_FALSE_ABSOLUTE_GAP)} allowed) lets a learner answer by wording alone`,
      fix: `make a statement false (or true) by its substance, not by one absolute word, and use absolute words in about as many ${statementGap > 0 ? 'true' : 'false'} statements; starting with: ${idsWhere(located, marked)}.`,
    });
  }
  return problems;
}
