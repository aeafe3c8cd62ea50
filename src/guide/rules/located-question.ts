// What every bank-wide rule needs to word its message: the question with its file, percentages, and
// the short lists of files and question ids an author should open.
import type { Question } from '../schemas/question.ts';

/** A question with the file it came from, for messages. */
export interface LocatedQuestion {
  question: Question;
  file: string;
}

/** A share as a whole percentage: 0.345 → "35%". */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The files holding questions that pass `test`, at most three named. */
export function filesWhere(located: readonly LocatedQuestion[], test: (q: Question) => boolean): string {
  const files = [...new Set(located.filter((item) => test(item.question)).map((item) => item.file))];
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more files`;
}

/** The ids of questions that pass `test`, at most eight named. */
export function idsWhere(located: readonly LocatedQuestion[], test: (q: Question) => boolean): string {
  const ids = located.filter((item) => test(item.question)).map((item) => item.question.id);
  return ids.length <= 8 ? ids.join(', ') : `${ids.slice(0, 8).join(', ')} (+${ids.length - 8} more)`;
}
