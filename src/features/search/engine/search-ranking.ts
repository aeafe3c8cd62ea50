// Combining and ordering search results. One query runs in several forms (as typed, with synonyms,
// with typos corrected); each page keeps its best weighted score. Then the kind of page counts: a
// concept page explains a term, while a module overview or the glossary only mentions it.

/** A page found by one search, as Pagefind scores it. */
export interface ScoredId {
  id: string;
  score: number;
}

/** The results of one form of the query, and how much that form counts (1 for the query as typed). */
export interface SearchRun<T extends ScoredId = ScoredId> {
  results: readonly T[];
  weight: number;
}

/** How much each kind of page counts when ranking. Kinds not listed count 1. */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  concept: 1,
  question: 0.6,
  module: 0.7,
  glossary: 0.6,
};

/**
 * Merges runs: each page once, with its best weighted score, best first (ties keep the earlier run's
 * order). The result object kept for each page is the one from the earliest run that found it, so
 * list the run whose highlights should show first.
 */
export function mergeRuns<T extends ScoredId>(runs: readonly SearchRun<T>[]): { result: T; score: number }[] {
  const best = new Map<string, { result: T; score: number; order: number }>();
  let order = 0;
  for (const { results, weight } of runs) {
    for (const result of results) {
      const score = result.score * weight;
      const known = best.get(result.id);
      if (!known) best.set(result.id, { result, score, order: order++ });
      else if (score > known.score) known.score = score;
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ result, score }) => ({ result, score }));
}

/** Re-orders pages by score times the weight of their kind; equal scores keep their order. */
export function rankByKind<T extends { score: number; kind: string | undefined }>(hits: readonly T[]): T[] {
  const weighted = hits.map((hit, index) => ({ hit, index, score: hit.score * (KIND_WEIGHTS[hit.kind ?? ''] ?? 1) }));
  return weighted.sort((a, b) => b.score - a.score || a.index - b.index).map(({ hit }) => hit);
}
