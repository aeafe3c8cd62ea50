import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuide } from '../../guide/load-guide.ts';
import { conceptUrl, href, moduleUrl, questionUrl } from '../../paths.ts';
import { splitQuestionBank } from '../../features/question-bank/bank-files.ts';
import { buildQuestionBank } from '../../features/question-bank/question-bank.ts';

/** One module's questions, loaded by the practice exam and review; the format is in src/features/question-bank/bank-files.ts. */
export const getStaticPaths = (async () => {
  const guide = await getGuide();
  const bank = buildQuestionBank(guide.syllabus, (concept) => guide.questionsByConcept.get(concept) ?? [], { module: moduleUrl, concept: conceptUrl, question: questionUrl }, guide.edition);
  const { modules } = splitQuestionBank(bank, (id) => href(`question-bank/${id}.json`));
  return modules.map((file) => ({ params: { module: file.module }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['file']), { headers: { 'content-type': 'application/json' } });
