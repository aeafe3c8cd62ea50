// "Pick the option without always/never/only" must not work: absolute words appear about as often in
// right answers as in wrong ones, and in true statements as in false ones.
import type { ContentProblem } from '../../lib/content-problem.ts';
import { MIN_QUESTIONS_FOR_SHARES } from '../../lib/bank-quality.ts';
import type { Question } from '../../schemas/question.ts';
import { filesWhere, idsWhere, percent, type LocatedQuestion } from './located-question.ts';
import { ABSOLUTE_WORDS, usesAbsoluteWord } from './surface-text.ts';

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

/** Absolute-word rate of correct options vs wrong options, and of true vs false statements. */
export function checkAbsoluteWordBalance(located: readonly LocatedQuestion[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const choices = located.filter((item) => item.question.kind !== 'true-false').map((item) => item.question);
  if (choices.length >= MIN_QUESTIONS_FOR_SHARES) {
    const right = choices.flatMap((q) => q.options.filter((o) => o.correct));
    const wrong = choices.flatMap((q) => q.options.filter((o) => !o.correct));
    const rate = (options: typeof right) => options.filter((o) => usesAbsoluteWord(o.text)).length / Math.max(options.length, 1);
    const gap = rate(wrong) - rate(right);
    if (Math.abs(gap) > MAX_ABSOLUTE_RATE_GAP) {
      // The questions that show the cue: absolute words only on the side that has too many.
      const marked = (q: Question) =>
        q.kind !== 'true-false' && q.options.some((o) => usesAbsoluteWord(o.text) && o.correct === gap < 0) && !q.options.some((o) => usesAbsoluteWord(o.text) && o.correct === gap > 0);
      problems.push({
        file: filesWhere(located, marked),
        field: 'absolute words in options',
        problem: `${percent(rate(right))} of correct options and ${percent(rate(wrong))} of wrong options use an absolute word (${WORD_LIST}); a gap of ${points(gap)} (at most ${points(MAX_ABSOLUTE_RATE_GAP)} allowed) lets a learner answer by wording alone`,
        fix: `${gap > 0 ? 'let some correct options be true absolute statements and some wrong options hedged, substantive mistakes' : 'let some wrong options be absolute and some correct options hedged'} (do not just delete the words), starting with: ${idsWhere(located, marked)}.`,
      });
    }
  }

  const statements = located.filter((item) => item.question.kind === 'true-false').map((item) => item.question);
  if (statements.length >= MIN_QUESTIONS_FOR_SHARES) {
    const isTrue = (q: Question) => q.options.find((o) => o.text === 'True')?.correct === true;
    const trues = statements.filter(isTrue);
    const falses = statements.filter((q) => !isTrue(q));
    const rate = (list: Question[]) => list.filter((q) => usesAbsoluteWord(q.prompt)).length / Math.max(list.length, 1);
    const gap = rate(falses) - rate(trues);
    if (Math.abs(gap) > MAX_TRUE_FALSE_ABSOLUTE_GAP) {
      const marked = (q: Question) => q.kind === 'true-false' && usesAbsoluteWord(q.prompt) && isTrue(q) === gap < 0;
      problems.push({
        file: filesWhere(located, marked),
        field: 'absolute words in true-false statements',
        problem: `${percent(rate(trues))} of true statements and ${percent(rate(falses))} of false ones use an absolute word; a gap of ${points(gap)} (at most ${points(MAX_TRUE_FALSE_ABSOLUTE_GAP)} allowed) lets a learner answer by wording alone`,
        fix: `make a statement false (or true) by its substance, not by one absolute word, and use absolute words in about as many ${gap > 0 ? 'true' : 'false'} statements; starting with: ${idsWhere(located, marked)}.`,
      });
    }
  }
  return problems;
}
