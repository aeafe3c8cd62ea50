// "Always answer False" (or True) must not pay: about half the true-false statements are true.
import type { ContentProblem } from './content-problem.ts';
import { MIN_QUESTIONS_FOR_SHARES } from './bank-quality.ts';
import type { Question } from '../schemas/question.ts';
import { filesWhere, idsWhere, percent, type LocatedQuestion } from './located-question.ts';

/** Fewest and most true-false statements that may be True, as a share of them. */
export const TRUE_SHARE_RANGE = { min: 0.45, max: 0.55 } as const;

/** True when the statement of a true-false question is true. */
export const answerIsTrue = (question: Question) => question.options.find((option) => option.text === 'True')?.correct === true;

/** Share of true-false statements that are True. */
export const trueShare = (questions: readonly Question[]) => {
  const statements = questions.filter((q) => q.kind === 'true-false');
  return statements.filter(answerIsTrue).length / Math.max(statements.length, 1);
};

/** The share of true-false statements that are True stays inside TRUE_SHARE_RANGE. */
export function checkTrueFalseShare(located: readonly LocatedQuestion[]): ContentProblem[] {
  const statements = located.filter((item) => item.question.kind === 'true-false');
  if (statements.length < MIN_QUESTIONS_FOR_SHARES) return [];
  const trues = statements.filter((item) => answerIsTrue(item.question)).length;
  const share = trues / statements.length;
  if (share >= TRUE_SHARE_RANGE.min && share <= TRUE_SHARE_RANGE.max) return [];
  const tooFewTrue = share < TRUE_SHARE_RANGE.min;
  const target = tooFewTrue ? Math.ceil(TRUE_SHARE_RANGE.min * statements.length) - trues : trues - Math.floor(TRUE_SHARE_RANGE.max * statements.length);
  const majority = (q: Question) => q.kind === 'true-false' && answerIsTrue(q) !== tooFewTrue;
  return [
    {
      file: filesWhere(located, majority),
      field: 'true-false answers',
      problem: `${trues} of ${statements.length} true-false statements are True (${percent(share)}; ${percent(TRUE_SHARE_RANGE.min)}–${percent(TRUE_SHARE_RANGE.max)} allowed), so "always answer ${tooFewTrue ? 'False' : 'True'}" scores ${percent(tooFewTrue ? 1 - share : share)}`,
      fix: `rewrite at least ${target} ${tooFewTrue ? 'false' : 'true'} statement${target === 1 ? '' : 's'} as ${tooFewTrue ? 'true' : 'false'} (by substance, not by one word), from: ${idsWhere(located, majority)}.`,
    },
  ];
}
