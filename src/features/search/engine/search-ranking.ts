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

// Ranking by the words of a query. Pagefind ranks the pages holding every word; a learner's question
// often has a word no page holds, and a rare word ("LISA") says more than a common one ("framework").
// So each word is also searched alone, and a page scores by how much of the query it covers, each word
// counting by its rarity.

/** How much a word counts by how few of `total` pages hold it (an inverse document frequency). */
export function rarity(pages: number, total: number): number {
  return Math.log(1 + total / Math.max(pages, 1));
}

/** The pages one word of the query found, and how rare the word is. */
export interface WordRun<T extends ScoredId = ScoredId> {
  word: string;
  results: readonly T[];
  rarity: number;
}

/** A page as the words of a query found it. */
export interface Coverage<T extends ScoredId = ScoredId> {
  result: T;
  /** Share of the query's rarity the page holds, each word scaled by the page's score for it (0–1). */
  coverage: number;
  /** The words the page holds. */
  words: string[];
  /** How well the page holds its weakest word: its score for it relative to the best page's (0–1). */
  weakest: number;
}

/**
 * Scores pages by the words they hold: for each word, the page's score relative to the best page for
 * that word, times the word's rarity; summed and divided by the rarity of the whole query.
 */
export function coverageByWords<T extends ScoredId>(runs: readonly WordRun<T>[]): Map<string, Coverage<T>> {
  const total = runs.reduce((sum, run) => sum + run.rarity, 0) || 1;
  const pages = new Map<string, Coverage<T>>();
  for (const { word, results, rarity: weight } of runs) {
    const best = Math.max(...results.map((result) => result.score), Number.MIN_VALUE);
    for (const result of results) {
      const page = pages.get(result.id) ?? { result, coverage: 0, words: [], weakest: 1 };
      page.coverage += (weight * result.score) / best / total;
      page.weakest = Math.min(page.weakest, result.score / best);
      if (!page.words.includes(word)) page.words.push(word);
      pages.set(result.id, page);
    }
  }
  const words = new Set(runs.map((run) => run.word));
  for (const page of pages.values()) if (page.words.length < words.size) page.weakest = 0;
  return pages;
}

/** How much Pagefind's ranking of the pages holding every word lifts their coverage (at most ×1.5). */
const ALL_WORDS_BONUS = 0.5;
/** The coverage assumed for a page only a rewrite of the query found (a synonym of its words). */
const REWRITE_COVERAGE = 0.5;

/**
 * Blends the coverage of each word with Pagefind's ranking of the pages that hold every word (`all`,
 * best first): coverage × (1 + bonus × score relative to the best × how well the page holds its
 * weakest word). A page that names the rarest word in passing gains little from holding the others;
 * one holding only the rarest word can win. Equal scores keep Pagefind's order.
 */
export function blendRankings<T extends ScoredId>(all: readonly { result: T; score: number }[], covered: ReadonlyMap<string, Coverage<T>>): { result: T; score: number; words: string[] }[] {
  const best = Math.max(...all.map((hit) => hit.score), Number.MIN_VALUE);
  const blended = new Map<string, { result: T; score: number; words: string[]; order: number }>();
  all.forEach(({ result, score }, order) => {
    const coverage = covered.get(result.id);
    const held = coverage ? coverage.coverage : REWRITE_COVERAGE;
    const bonus = ALL_WORDS_BONUS * (score / best) * (coverage ? coverage.weakest : 1);
    blended.set(result.id, { result, score: held * (1 + bonus), words: coverage?.words ?? [], order });
  });
  for (const [id, { result, coverage, words }] of covered) {
    if (!blended.has(id)) blended.set(id, { result, score: coverage, words, order: blended.size });
  }
  return [...blended.values()].sort((a, b) => b.score - a.score || a.order - b.order).map(({ result, score, words }) => ({ result, score, words }));
}

/** A page holding only some of the words is shown when it scores at least this share of the best. */
const PARTIAL_MIN_SHARE = 0.3;

/**
 * Leaves out the long tail of pages holding only some of the words (a common one, often): pages
 * holding every word stay, and so do the others scoring near the best (the page of a rare word).
 */
export function withoutStragglers<T extends ScoredId>(ranked: readonly { result: T; score: number; words: string[] }[], all: readonly { result: T }[]): { result: T; score: number; words: string[] }[] {
  const complete = new Set(all.map(({ result }) => result.id));
  const best = ranked[0]?.score ?? 0;
  return ranked.filter(({ result, score }) => complete.has(result.id) || score >= PARTIAL_MIN_SHARE * best);
}

/** How much a page loses for each word it holds only in another form the stemmer merged in. */
export const OTHER_FORM_PENALTY = 0.6;

/**
 * The factor a page's score is multiplied by when it holds some words of the query only as another
 * word with the same stem ("account" for "accountability"): 1 minus the penalty times the share of
 * the query's rarity those words carry.
 */
export function otherFormFactor(missing: readonly string[], rarities: ReadonlyMap<string, number>): number {
  const total = [...rarities.values()].reduce((sum, value) => sum + value, 0);
  if (total === 0 || missing.length === 0) return 1;
  const lost = missing.reduce((sum, word) => sum + (rarities.get(word) ?? 0), 0);
  return 1 - OTHER_FORM_PENALTY * (lost / total);
}

/** How much a page gains when one of its aliases is named in full by the query's rarest words. */
export const ALIAS_BOOST = 1;

/**
 * The factor a page's score is multiplied by when the query names one of the page's aliases (its
 * frontmatter `aliases`): strong evidence the page is the one meant. An alias counts by the share of
 * the query's rarity its words carry (as `base` reads words: "agents" names the alias "AI agent"),
 * in proportion to how much of the alias the query names.
 */
export function aliasFactor(aliases: readonly (readonly string[])[], query: ReadonlyMap<string, number>, base: (word: string) => string = (word) => word): number {
  const total = [...query.values()].reduce((sum, value) => sum + value, 0);
  if (total === 0) return 1;
  const byBase = new Map([...query].map(([word, weight]) => [base(word), weight]));
  let best = 0;
  for (const alias of aliases) {
    const words = [...new Set(alias.map(base))];
    const named = words.filter((word) => byBase.has(word));
    if (named.length === 0) continue;
    // An alias named in part ("instruction" of "instruction tuning") counts in proportion.
    const covered = named.reduce((sum, word) => sum + byBase.get(word)!, 0);
    best = Math.max(best, (covered / total) * (named.length / words.length));
  }
  return 1 + ALIAS_BOOST * best;
}
