// A distinctive word of the stem that comes back only in the right option(s) points at the answer:
// a learner who knows nothing picks the option that repeats the question.
import type { ContentProblem } from './content-problem.ts';
import type { Question } from '../schemas/question.ts';
import type { LocatedQuestion } from './located-question.ts';
import { distinctiveTerms } from './surface-text.ts';

/** A stem word that only correct options repeat, as the stem wrote it, with the options (0-based) that repeat it. */
export interface StemEcho {
  word: string;
  options: number[];
}

/**
 * The stem's distinctive terms (stop words out, "models" = "model") that appear in at least one correct
 * option and in no wrong option. A term every option uses, or no option uses, gives nothing away.
 */
export function stemEchoes(question: Question): StemEcho[] {
  if (question.kind === 'true-false') return [];
  const optionTerms = question.options.map((option) => distinctiveTerms(option.text));
  const echoes: StemEcho[] = [];
  for (const [stem, word] of distinctiveTerms(question.prompt)) {
    const users = optionTerms.flatMap((terms, index) => (terms.has(stem) ? [index] : []));
    if (users.length > 0 && users.every((index) => question.options[index]!.correct)) echoes.push({ word, options: users });
  }
  return echoes;
}

/** One problem per question whose stem gives its answer away. */
export function checkAnswerTermInStem(located: readonly LocatedQuestion[]): ContentProblem[] {
  return located.flatMap(({ question, file }) => {
    const echoes = stemEchoes(question);
    if (echoes.length === 0) return [];
    const words = echoes.map((echo) => `"${echo.word}"`).join(', ');
    const options = [...new Set(echoes.flatMap((echo) => echo.options))].sort((a, b) => a - b).map((index) => index + 1);
    const plural = echoes.length > 1;
    return [
      {
        file,
        field: `question "${question.id}" › prompt`,
        problem: `the stem word${plural ? 's' : ''} ${words} ${plural ? 'come' : 'comes'} back only in the correct option${options.length > 1 ? 's' : ''} (${options.join(', ')}), which points at the answer`,
        fix: `use ${plural ? 'these words' : 'the word'} in wrong options too, or reword the stem or the right option so no option repeats ${plural ? 'them' : 'it'}.`,
      },
    ];
  });
}
