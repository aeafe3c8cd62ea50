// Turns one Pagefind result into what a result shows: title, kind, module, an excerpt or the page's
// description, its best sections; and gives the page's text and aliases for re-ranking.
import { ALIASES_META, aliasesOf } from '../engine/search-html.ts';
import { contentWords } from '../engine/search-query.ts';
import { excerptSegments, highlightSegments, queryWords, withoutLeadingTitle } from '../engine/search-text.ts';
import type { PagefindResult, SearchHit } from './search-types.ts';

/** Sections kept under a page, at most. */
export const MAX_SECTIONS = 2;
/** Anchors that are not sections explaining the page: its quiz, its footnotes. */
const NOT_A_SECTION = /#(quiz-|footnote-label$)/;

/** The words of an alias as a query's are read, a hyphenated one by its parts ("LLM-as-a-judge": llm, judge). */
export function aliasWords(alias: string): string[] {
  return contentWords(queryWords(alias.replace(/[-‐‑–]/g, ' ')));
}

/** A result as shown, and the page's text (title, description and body) for checking word forms. */
export async function toHit(result: PagefindResult, score: number, words: readonly string[]): Promise<{ hit: SearchHit; text: string; aliases: string[] }> {
  const data = await result.data();
  const title = data.meta['title'] ?? data.url;
  // A concept or module page shows its one-sentence description, the best summary of what it is;
  // where the words appear in the page, its sections show.
  const description = data.meta['description'];
  const subHits = data.sub_results
    .filter((sub) => sub.anchor !== undefined && sub.title && sub.title !== title && !NOT_A_SECTION.test(sub.url))
    .map((sub) => ({ sub, weight: sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_SECTIONS)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: withoutLeadingTitle(excerptSegments(sub.excerpt), sub.title) }));
  const hit = {
    id: result.id,
    url: data.url,
    title,
    kind: data.filters['kind']?.[0],
    module: data.filters['module']?.[0],
    difficulty: data.filters['difficulty']?.[0],
    excerpt: description ? highlightSegments(description, words) : withoutLeadingTitle(excerptSegments(data.excerpt), title),
    subHits,
    score,
  };
  return { hit, text: `${title} ${description ?? ''} ${data.content}`, aliases: aliasesOf(data.meta[ALIASES_META]) };
}
