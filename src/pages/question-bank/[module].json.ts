import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuide } from '../../data/guide.ts';
import { conceptUrl, href, moduleUrl, questionUrl } from '../../data/paths.ts';
import { splitQuestionBank } from '../../lib/bank-files.ts';
import { buildQuestionBank } from '../../lib/question-bank.ts';

/** One module's questions, loaded by the practice exam and review; the format is in src/lib/bank-files.ts. */
export const getStaticPaths = (async () => {
  const guide = await getGuide();
  const bank = buildQuestionBank(guide.syllabus, (concept) => guide.questionsByConcept.get(concept) ?? [], { module: moduleUrl, concept: conceptUrl, question: questionUrl }, guide.edition);
  const { modules } = splitQuestionBank(bank, (id) => href(`question-bank/${id}.json`));
  return modules.map((file) => ({ params: { module: file.module }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props['file']), { headers: { 'content-type': 'application/json' } });
