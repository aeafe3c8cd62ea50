import type { APIRoute } from 'astro';
import { getGuide } from '../guide/load-guide.ts';
import { conceptUrl, moduleUrl, questionUrl } from '../paths.ts';
import { buildQuestionBank } from '../features/question-bank/question-bank.ts';

/** The machine-readable question bank; its format is documented in src/features/question-bank/question-bank.ts. */
export const GET: APIRoute = async () => {
  const guide = await getGuide();
  const bank = buildQuestionBank(
    guide.syllabus,
    (concept) => guide.questionsByConcept.get(concept) ?? [],
    { module: moduleUrl, concept: conceptUrl, question: questionUrl },
    guide.edition,
  );
  return new Response(JSON.stringify(bank), { headers: { 'content-type': 'application/json' } });
};
