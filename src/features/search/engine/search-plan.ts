// What to ask Pagefind for one query, once typos are corrected: the words that have to match, the
// rewrites with synonyms, and the words searched one by one for ranking by rarity.
import { contentWords } from './search-query.ts';
import { queryVariants, senseHints } from './search-synonyms.ts';

/** The searches one query makes. */
export interface QueryPlan {
  /** The words that have to match: the query without the little words of a question. */
  needed: string[];
  /** The query as Pagefind searches it (every needed word), then its rewrites with synonyms. */
  terms: string[];
  /** Words searched one by one: the needed ones, a synonym's words, a two-meaning word's hint. */
  alone: string[];
  /** The words a page is judged by once read: the needed ones and the hints. */
  judged: string[];
}

/** Plans the searches for the (corrected) words of a query. */
export function planQuery(searched: readonly string[]): QueryPlan {
  const needed = [...new Set(contentWords(searched))];
  const main = needed.join(' ');
  // Synonyms are found in the whole query ("chain of thought"), then each rewrite loses its little words too.
  const rewrites = queryVariants(searched.join(' ')).map((variant) => contentWords(variant.query.split(' ')));
  const terms = main ? [...new Set([main, ...rewrites.map((variant) => variant.join(' '))])] : [];
  // The words a synonym brought in ("hallucination" for "make things up") are searched alone too,
  // only where a phrase became a shorter term: "artificial intelligence" for "AI" would add noise.
  const synonyms = [...new Set(rewrites.filter((variant) => variant.length < needed.length).flat())].filter((word) => !needed.includes(word));
  const hints = senseHints(searched);
  // One word alone is the query itself, unless a two-meaning word needs its hint.
  const alone = needed.length > 1 ? [...needed, ...synonyms, ...hints] : hints.length > 0 ? [...needed, ...hints] : [];
  return { needed, terms, alone, judged: [...needed, ...hints] };
}
