import type { Question } from '../schemas/question.ts';
import type { ContentProblem } from './content-problem.ts';

/** Fewest options a question of each kind may have. */
const MIN_OPTIONS = { single: 3, multiple: 2, 'true-false': 2 } as const;

const ABOVE_PATTERN = /\b(all|none|both|neither) of the (above|options|answers)\b/i;

/** Checks the rules that span a question's options; the shape is checked by QuestionSchema. */
export function checkQuestion(question: Question, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (part: string) => `question "${question.id}" › ${part}`;
  const add = (part: string, problem: string, fix: string) => problems.push({ file, field: at(part), problem, fix });
  const correctCount = question.options.filter((option) => option.correct).length;
  const optionCount = question.options.length;

  if (optionCount < MIN_OPTIONS[question.kind]) {
    add(
      'options',
      `a ${question.kind} question has ${optionCount} option${optionCount === 1 ? '' : 's'}, fewer than the ${MIN_OPTIONS[question.kind]} it needs`,
      `add plausible wrong options until there are at least ${MIN_OPTIONS[question.kind]}.`,
    );
  }
  if (question.kind === 'true-false') {
    const texts = question.options.map((option) => option.text);
    if (optionCount !== 2 || texts[0] !== 'True' || texts[1] !== 'False') {
      add('options', `a true-false question must have exactly the options "True" and "False", found ${JSON.stringify(texts)}`, 'write two options, `text: "True"` then `text: "False"`, and mark the right one `correct: true`.');
    }
  }
  if ((question.kind === 'single' || question.kind === 'true-false') && correctCount !== 1) {
    add(
      'options',
      `a ${question.kind} question must have exactly one correct option, found ${correctCount}`,
      correctCount === 0
        ? 'mark the one right option with `correct: true`.'
        : 'keep `correct: true` on the single best option, or change `kind` to `multiple` if several are right.',
    );
  }
  if (question.kind === 'multiple' && correctCount === 0) {
    add('options', 'a multiple-choice question has no correct option', 'mark every right option with `correct: true`.');
  }
  const seen = new Set<string>();
  question.options.forEach((option, index) => {
    const key = normaliseText(option.text);
    if (seen.has(key)) {
      add(`options[${index}].text`, `the option "${option.text}" appears twice`, 'make every option of a question different.');
    }
    seen.add(key);
    if (ABOVE_PATTERN.test(option.text)) {
      add(`options[${index}].text`, `"${option.text}" is an "all/none of the above" option`, 'replace it with a specific, plausible option that stands on its own.');
    }
  });
  return problems;
}

/** Lower-cases and folds white space and trailing punctuation, so near-identical texts compare equal. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.?!\s]+$/, '').trim();
}
