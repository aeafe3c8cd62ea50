/** The letter a learner sees next to an option: A, B, C ... */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** What a question asks the learner to do, by kind. */
export const KIND_HINTS = {
  single: 'Choose one answer.',
  multiple: 'Choose all that apply.',
  'true-false': 'Choose true or false.',
} as const;

/** The first words of an option's explanation once the answer is shown. */
export const optionVerdict = (correct: boolean): string => (correct ? 'Correct answer.' : 'Not the answer.');
