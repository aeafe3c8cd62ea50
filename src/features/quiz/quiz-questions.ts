import type { BankQuestion, Guide } from '../../guide/load-guide.ts';

/** What `<Quiz />` in an MDX page names: chosen ids, or (by default) every question of its concept. */
export interface QuizSelection {
  ids?: string[] | undefined;
  concept?: string | undefined;
}

/**
 * The questions a `<Quiz />` shows, on the site and in the printed book alike. An unknown id or
 * concept fails the build with the file and the fix.
 */
export function quizQuestions(guide: Guide, { ids, concept }: QuizSelection): BankQuestion[] {
  const where = concept ? `content/concepts/…/${concept}.mdx` : 'an MDX page';
  if (ids) {
    return ids.map((id) => {
      const question = guide.questions.get(id);
      if (!question) {
        throw new Error(`${where} › <Quiz ids>: no question has the id "${id}".\n  Fix: use an id from content/questions/*.yaml, or leave \`ids\` out to show every question of the page's concept.`);
      }
      return question;
    });
  }
  if (!concept || !guide.concepts.has(concept)) {
    throw new Error(`${where} › <Quiz concept>: no concept has the slug "${concept ?? ''}".\n  Fix: use the file name (without .mdx) of a page in content/concepts/.`);
  }
  return guide.questionsByConcept.get(concept) ?? [];
}
