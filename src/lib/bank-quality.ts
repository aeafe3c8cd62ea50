import type { Question } from '../guide/schemas/question.ts';
import type { ContentProblem } from '../guide/rules/content-problem.ts';
import { normaliseText } from '../guide/rules/question-rules.ts';

/** A question with the file it came from, for messages. */
export interface LocatedQuestion {
  question: Question;
  file: string;
}

/** Most single-choice answers one option position may hold, as a share of them. */
export const MAX_POSITION_SHARE = 0.35;
/** Most questions whose correct option may also be the longest option, as a share of them. */
export const MAX_LONGEST_SHARE = 0.4;
/** Below this many questions the shares say nothing, so the share rules wait. */
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

/** Checks the bank as a whole: duplicate prompts, answer-position spread, longest-answer giveaway. */
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
  const choiceQuestions = questions.filter((question) => question.kind !== 'true-false');
  if (choiceQuestions.length >= MIN_QUESTIONS_FOR_SHARES) {
    const longest = choiceQuestions.filter(correctIsLongest).length / choiceQuestions.length;
    if (longest > MAX_LONGEST_SHARE) {
      problems.push({
        file: filesWhere(located, correctIsLongest),
        field: 'option lengths',
        problem: `in ${percent(longest)} of questions the correct option is the longest (at most ${percent(MAX_LONGEST_SHARE)} allowed), which gives answers away`,
        fix: `make a wrong option as long and specific as the right one in some of: ${idsWhere(located, correctIsLongest)}.`,
      });
    }
  }
  return problems;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function filesWhere(located: readonly LocatedQuestion[], test: (q: Question) => boolean): string {
  const files = [...new Set(located.filter((item) => test(item.question)).map((item) => item.file))];
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more files`;
}

function idsWhere(located: readonly LocatedQuestion[], test: (q: Question) => boolean): string {
  const ids = located.filter((item) => test(item.question)).map((item) => item.question.id);
  return ids.length <= 8 ? ids.join(', ') : `${ids.slice(0, 8).join(', ')} (+${ids.length - 8} more)`;
}
