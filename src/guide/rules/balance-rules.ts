// The rules that keep the question bank fair to a learner who answers from wording, length or position
// alone. Each can be switched between failing the build (enforced) and being reported only.
import type { ContentProblem } from './content-problem.ts';
import { checkSingleChoiceLengths } from './bank-quality.ts';
import { checkAbsoluteWordBalance } from './absolute-word-balance.ts';
import { checkAnswerTermInStem } from './answer-term-in-stem.ts';
import type { LocatedQuestion } from './located-question.ts';
import { checkMultiSelectCounts, checkMultiSelectPositions } from './multi-select-balance.ts';
import { checkTrueFalseShare } from './true-false-balance.ts';

const BALANCE_RULES = {
  singleChoiceLengths: checkSingleChoiceLengths,
  multiSelectPositions: checkMultiSelectPositions,
  multiSelectCounts: checkMultiSelectCounts,
  absoluteWordBalance: checkAbsoluteWordBalance,
  trueFalseShare: checkTrueFalseShare,
  answerTermInStem: checkAnswerTermInStem,
} as const;

export type BalanceRuleName = keyof typeof BALANCE_RULES;

/**
 * Whether each rule fails the build (true) or is only reported as advisory (false). Switch a rule off
 * only while a rewrite of the bank is under way, and back on when it lands.
 */
export const BALANCE_RULES_ENFORCED: Readonly<Record<BalanceRuleName, boolean>> = {
  singleChoiceLengths: true,
  multiSelectPositions: true,
  multiSelectCounts: true,
  absoluteWordBalance: true,
  trueFalseShare: true,
  answerTermInStem: true,
};

/** Runs every balance rule; problems of a rule that is not enforced come back marked advisory. */
export function checkBankBalance(located: readonly LocatedQuestion[], enforced: Readonly<Record<BalanceRuleName, boolean>> = BALANCE_RULES_ENFORCED): ContentProblem[] {
  return (Object.keys(BALANCE_RULES) as BalanceRuleName[]).flatMap((name) =>
    BALANCE_RULES[name](located).map((problem) => (enforced[name] ? problem : { ...problem, advisory: true })),
  );
}
