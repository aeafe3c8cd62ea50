import type { APIRoute } from 'astro';
import { getGuide } from '../../guide/load-guide.ts';
import { conceptUrl, href, moduleUrl, questionUrl } from '../../paths.ts';
import { splitQuestionBank } from '../../features/question-bank/bank-files.ts';
import { buildQuestionBank } from '../../features/question-bank/question-bank.ts';

/** The index of the split question bank (ids per module); the format is documented in src/features/question-bank/bank-files.ts. */
export const GET: APIRoute = async () => {
  const guide = await getGuide();
  const bank = buildQuestionBank(guide.syllabus, (concept) => guide.questionsByConcept.get(concept) ?? [], { module: moduleUrl, concept: conceptUrl, question: questionUrl }, guide.edition);
  const { index } = splitQuestionBank(bank, (id) => href(`question-bank/${id}.json`));
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } });
};
