import type { Question } from '../schemas/question.ts';
import type { ContentProblem } from './content-problem.ts';
import { normaliseText } from './question-rules.ts';
import { filesWhere, idsWhere, percent, type LocatedQuestion } from './located-question.ts';

export type { LocatedQuestion } from './located-question.ts';

/** Most single-choice answers one option position may hold, as a share of them. */
export const MAX_POSITION_SHARE = 0.35;
/** Most single-choice questions whose correct option may be the shortest option, as a share of them. */
export const MAX_SHORTEST_SHARE = 0.3;
/** Most single-choice questions whose correct option may be the longest option, as a share of them. */
export const MAX_LONGEST_SHARE = 0.3;
/** Below this many questions (of the kind a rule looks at) the shares say nothing, so the share rules wait. */
export const MIN_QUESTIONS_FOR_SHARES = 20;

/** Share of single-choice questions whose correct option sits at each position (0-based). */
export function correctPositionShares(questions: readonly Question[]): number[] {
  const singles = questions.filter((question) => question.kind === 'single');
  const counts: number[] = [];
  for (const question of singles) {
    const position = question.options.findIndex((option) => option.correct);
    if (position >= 0) counts[position] = (counts[position] ?? 0) + 1;
  }
  return Array.from(counts, (count) => (count ?? 0) / Math.max(singles.length, 1));
}

/** True when a correct option is strictly longer than every wrong option (true-false excluded). */
export function correctIsLongest(question: Question): boolean {
  if (question.kind === 'true-false') return false;
  const longestWrong = Math.max(0, ...question.options.filter((o) => !o.correct).map((o) => o.text.length));
  return question.options.some((option) => option.correct && option.text.length > longestWrong);
}

/** True when a correct option is strictly shorter than every wrong option (true-false excluded). */
export function correctIsShortest(question: Question): boolean {
  if (question.kind === 'true-false') return false;
  const shortestWrong = Math.min(Infinity, ...question.options.filter((o) => !o.correct).map((o) => o.text.length));
  return question.options.some((option) => option.correct && option.text.length < shortestWrong);
}

/** Checks the bank as a whole: duplicate prompts and the single-choice answer-position spread. */
export function checkBankQuality(located: readonly LocatedQuestion[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const prompts = new Map<string, LocatedQuestion>();
  for (const item of located) {
    const key = normaliseText(item.question.prompt);
    const first = prompts.get(key);
    if (first) {
      problems.push({
        file: item.file,
        field: `question "${item.question.id}" › prompt`,
        problem: `has the same prompt as question "${first.question.id}" in ${first.file}`,
        fix: 'reword one of them so each question asks something different, or delete the duplicate.',
      });
    } else prompts.set(key, item);
  }

  const questions = located.map((item) => item.question);
  const singles = questions.filter((question) => question.kind === 'single');
  if (singles.length >= MIN_QUESTIONS_FOR_SHARES) {
    correctPositionShares(questions).forEach((share, position) => {
      if (share > MAX_POSITION_SHARE) {
        const files = filesWhere(located, (q) => q.kind === 'single' && q.options[position]?.correct === true);
        problems.push({
          file: files,
          field: `single-choice answers at option ${position + 1}`,
          problem: `${percent(share)} of single-choice questions have their correct option in position ${position + 1} (at most ${percent(MAX_POSITION_SHARE)} allowed)`,
          fix: `move the correct option of some of these questions to another position: ${idsWhere(located, (q) => q.kind === 'single' && q.options[position]?.correct === true)}.`,
        });
      }
    });
  }
  return problems;
}

/**
 * Single-choice option lengths: the correct option may be the shortest, or the longest, in no more
 * questions than chance allows, or "pick the shortest" (or longest) beats the questions.
 */
export function checkSingleChoiceLengths(located: readonly LocatedQuestion[]): ContentProblem[] {
  const singles = located.filter((item) => item.question.kind === 'single');
  if (singles.length < MIN_QUESTIONS_FOR_SHARES) return [];
  const chance = singles.reduce((sum, item) => sum + 1 / item.question.options.length, 0) / singles.length;
  const rules = [
    { test: correctIsShortest, word: 'shortest', max: MAX_SHORTEST_SHARE, fix: 'give the correct option as much detail as the wrong ones (or write a wrong option as briefly)' },
    { test: correctIsLongest, word: 'longest', max: MAX_LONGEST_SHARE, fix: 'make a wrong option as long and specific as the right one (a real mistake, not filler)' },
  ];
  const problems: ContentProblem[] = [];
  for (const { test, word, max, fix } of rules) {
    const isSingleAnd = (q: Question) => q.kind === 'single' && test(q);
    const share = singles.filter((item) => test(item.question)).length / singles.length;
    if (share > max) {
      problems.push({
        file: filesWhere(located, isSingleAnd),
        field: 'single-choice option lengths',
        problem: `in ${percent(share)} of single-choice questions the correct option is the ${word} (at most ${percent(max)} allowed; chance is about ${percent(chance)}), so "pick the ${word}" gives answers away`,
        fix: `${fix} in some of: ${idsWhere(located, isSingleAnd)}.`,
      });
    }
  }
  return problems;
}
