// The bank's balance as figures beside their limits, for `npm run bench`: one place to read how far the
// bank is from each rule, before the rules fail it.
import { correctIsLongest, correctIsShortest, correctPositionShares, MAX_LONGEST_SHARE, MAX_POSITION_SHARE, MAX_SHORTEST_SHARE } from './bank-quality.ts';
import type { Question } from '../schemas/question.ts';
import { absoluteWordRates, MAX_ABSOLUTE_RATE_GAP, MAX_TRUE_FALSE_ABSOLUTE_GAP } from './absolute-word-balance.ts';
import { stemEchoes } from './answer-term-in-stem.ts';
import { percent } from './located-question.ts';
import { MAX_FIRST_OPTION_CORRECT_SHARE, MAX_ONE_COUNT_SHARE, MIN_REQUIRED_COUNT_SHARE, multiSelectFigures, REQUIRED_CORRECT_COUNTS } from './multi-select-balance.ts';
import { TRUE_SHARE_RANGE, trueShare } from './true-false-balance.ts';

const points = (share: number) => Math.round(share * 100);

/** One line per rule: the bank's figure and the limit it must keep. */
export function describeBankBalance(questions: readonly Question[]): string[] {
  const singles = questions.filter((q) => q.kind === 'single');
  const share = (test: (q: Question) => boolean) => singles.filter(test).length / Math.max(singles.length, 1);
  const multi = multiSelectFigures(questions);
  const counts = [...multi.counts].map(([count, tally]) => `${count}: ${tally}`).join(', ');
  const rates = absoluteWordRates(questions);
  const choices = questions.filter((q) => q.kind !== 'true-false');
  const echoes = choices.filter((q) => stemEchoes(q).length > 0).length;
  return [
    `single choice (${singles.length}): correct at positions ${correctPositionShares(questions).map(percent).join(' / ')} (each ≤ ${percent(MAX_POSITION_SHARE)}); correct is shortest ${percent(share(correctIsShortest))} (≤ ${percent(MAX_SHORTEST_SHARE)}), longest ${percent(share(correctIsLongest))} (≤ ${percent(MAX_LONGEST_SHARE)})`,
    `multi-select (${multi.questions}): first option correct ${percent(multi.firstOptionCorrect)} (≤ ${percent(MAX_FIRST_OPTION_CORRECT_SHARE)}); correct counts ${counts} (each of ${REQUIRED_CORRECT_COUNTS.join(', ')} in ≥ ${percent(MIN_REQUIRED_COUNT_SHARE)}, none over ${percent(MAX_ONE_COUNT_SHARE)})`,
    `true-false (${questions.length - choices.length}): ${percent(trueShare(questions))} True (${percent(TRUE_SHARE_RANGE.min)}–${percent(TRUE_SHARE_RANGE.max)})`,
    `absolute words: correct options ${percent(rates.correct)}, wrong ${percent(rates.wrong)} (gap ≤ ${points(MAX_ABSOLUTE_RATE_GAP)} points); true statements ${percent(rates.trueStatements)}, false ${percent(rates.falseStatements)} (gap ≤ ${points(MAX_TRUE_FALSE_ABSOLUTE_GAP)} points)`,
    `answer term in stem: ${echoes} of ${choices.length} questions (none allowed)`,
  ];
}
