import type { APIRoute } from 'astro';
import { getGuide } from '../../../guide/load-guide.ts';
import { runningHeadsCss } from '../running-heads.ts';

// The printed books' running headers, one named page per module (see src/features/books/running-heads.ts).
// A stylesheet of its own, so the content security policy ('self') allows it.
export const GET: APIRoute = async () => {
  const guide = await getGuide();
  const css = runningHeadsCss(guide.syllabus.map(({ module }) => ({ id: module.id, text: `Module ${module.data.order} · ${module.data.title}` })));
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
