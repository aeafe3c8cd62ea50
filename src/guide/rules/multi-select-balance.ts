// Multi-select questions must not reward "tick the first option, then two more": the number of
// correct options varies, and correct options sit at every position about equally.
import type { ContentProblem } from './content-problem.ts';
import { MIN_QUESTIONS_FOR_SHARES } from './bank-quality.ts';
import type { Question } from '../schemas/question.ts';
import { idsWhere, filesWhere, percent, type LocatedQuestion } from './located-question.ts';

/** Most multi-select questions whose first option may be correct, as a share of them. */
export const MAX_FIRST_OPTION_CORRECT_SHARE = 0.35;
/** How far (in share points) a position's correct share may rise above its fair share. */
const MAX_POSITION_EXCESS = 0.15;
/** A position is judged only when at least this many multi-select questions have it. */
const MIN_QUESTIONS_AT_POSITION = 10;
/** Correct-option counts that the bank's multi-select questions must all use. */
export const REQUIRED_CORRECT_COUNTS: readonly number[] = [1, 2, 3, 4];
/** Fewest multi-select questions, as a share, that each required count needs. */
export const MIN_REQUIRED_COUNT_SHARE = 0.1;
/** Most multi-select questions one correct-option count may cover, as a share of them. */
export const MAX_ONE_COUNT_SHARE = 0.6;

const correctCount = (question: Question) => question.options.filter((option) => option.correct).length;

/** For multi-select questions: how many have each number of correct options, and the share whose first option is correct. */
export function multiSelectFigures(questions: readonly Question[]) {
  const multis = questions.filter((q) => q.kind === 'multiple');
  const counts = new Map<number, number>();
  for (const q of multis) counts.set(correctCount(q), (counts.get(correctCount(q)) ?? 0) + 1);
  return {
    questions: multis.length,
    counts: new Map([...counts].sort((a, b) => a[0] - b[0])),
    firstOptionCorrect: multis.filter((q) => q.options[0]?.correct).length / Math.max(multis.length, 1),
  };
}

/** Where multi-select answers sit: first option correct too often, or a position far above its fair share. */
export function checkMultiSelectPositions(located: readonly LocatedQuestion[]): ContentProblem[] {
  const multis = located.filter((item) => item.question.kind === 'multiple').map((item) => item.question);
  if (multis.length < MIN_QUESTIONS_FOR_SHARES) return [];
  const problems: ContentProblem[] = [];
  const correctAt = (position: number) => (q: Question) => q.kind === 'multiple' && q.options[position]?.correct === true;

  const firstShare = multiSelectFigures(multis).firstOptionCorrect;
  if (firstShare > MAX_FIRST_OPTION_CORRECT_SHARE) {
    problems.push({
      file: filesWhere(located, correctAt(0)),
      field: 'multi-select answers at option 1',
      problem: `the first option is correct in ${percent(firstShare)} of multi-select questions (at most ${percent(MAX_FIRST_OPTION_CORRECT_SHARE)} allowed), so "always tick the first" pays`,
      fix: `make the first option a plausible wrong one (move a correct option further down) in some of: ${idsWhere(located, correctAt(0))}.`,
    });
  }

  // Position 1 is held to the stricter first-option share above.
  const longest = Math.max(...multis.map((q) => q.options.length));
  for (let position = 1; position < longest; position++) {
    const having = multis.filter((q) => q.options.length > position);
    if (having.length < MIN_QUESTIONS_AT_POSITION) continue;
    const share = having.filter(correctAt(position)).length / having.length;
    // The share a position would hold if answers were placed at random in these questions.
    const fair = having.reduce((sum, q) => sum + correctCount(q) / q.options.length, 0) / having.length;
    if (share - fair > MAX_POSITION_EXCESS) {
      problems.push({
        file: filesWhere(located, correctAt(position)),
        field: `multi-select answers at option ${position + 1}`,
        problem: `option ${position + 1} is correct in ${percent(share)} of the multi-select questions that have it, against a fair share of ${percent(fair)} (at most ${Math.round(MAX_POSITION_EXCESS * 100)} points above allowed)`,
        fix: `move correct options away from position ${position + 1} (to the positions that are rarely correct) in some of: ${idsWhere(located, correctAt(position))}.`,
      });
    }
  }
  return problems;
}

/** How many options are correct: never all of them, and a spread of counts across the bank. */
export function checkMultiSelectCounts(located: readonly LocatedQuestion[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { question, file } of located) {
    if (question.kind === 'multiple' && question.options.length > 1 && correctCount(question) === question.options.length) {
      problems.push({
        file,
        field: `question "${question.id}" › options`,
        problem: `all ${question.options.length} options are correct, so ticking everything scores`,
        fix: `make at least one option a plausible wrong answer (a multi-select question has 1 to ${question.options.length - 1} correct options).`,
      });
    }
  }
  const multis = located.filter((item) => item.question.kind === 'multiple');
  if (multis.length < MIN_QUESTIONS_FOR_SHARES) return problems;

  const byCount = multiSelectFigures(multis.map((item) => item.question)).counts;
  const [commonest = 0, commonestTally = 0] = [...byCount].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
  const hasCount = (count: number) => (q: Question) => q.kind === 'multiple' && correctCount(q) === count;
  const spread = [...byCount].map(([count, tally]) => `${count}: ${tally}`).join(', ');

  for (const count of REQUIRED_CORRECT_COUNTS) {
    const tally = byCount.get(count) ?? 0;
    if (tally / multis.length < MIN_REQUIRED_COUNT_SHARE) {
      problems.push({
        file: filesWhere(located, hasCount(commonest)),
        field: `multi-select questions with ${count} correct option${count === 1 ? '' : 's'}`,
        problem: `only ${tally} of ${multis.length} multi-select questions have exactly ${count} correct (each of ${REQUIRED_CORRECT_COUNTS.join(', ')} needs at least ${percent(MIN_REQUIRED_COUNT_SHARE)}; counts now ${spread})`,
        fix: `rewrite some questions with ${commonest} correct options so exactly ${count} ${count === 1 ? 'is' : 'are'} right: ${idsWhere(located, hasCount(commonest))}.`,
      });
    }
  }
  if (commonestTally / multis.length > MAX_ONE_COUNT_SHARE) {
    problems.push({
      file: filesWhere(located, hasCount(commonest)),
      field: 'multi-select correct-option counts',
      problem: `${percent(commonestTally / multis.length)} of multi-select questions have exactly ${commonest} correct options (at most ${percent(MAX_ONE_COUNT_SHARE)} allowed; counts now ${spread}), so "tick ${commonest}" pays`,
      fix: `give some of them another number of correct options: ${idsWhere(located, hasCount(commonest))}.`,
    });
  }
  return problems;
}
