// The search itself, shared by the dialog and the search page: loads Pagefind on first use, runs the
// query with its synonyms and typo corrections, merges and ranks the pages, and turns Pagefind's
// data into what a result shows. No DOM here; rendering is in search-results.ts.
import { SEARCH_BUNDLE_DIR, VOCABULARY_FILE } from '../engine/search-bundle.ts';
import { ALIASES_META, aliasesOf, wordsOf } from '../engine/search-html.ts';
import { weighEvidence } from '../engine/search-evidence.ts';
import { contentWords } from '../engine/search-query.ts';
import { blendRankings, coverageByWords, mergeRuns, rankByKind, rarity, withoutStragglers, type WordRun } from '../engine/search-ranking.ts';
import { MAX_PAGE_COUNT, SpellingIndex, correctedQueries, decodeWordList } from '../engine/search-spelling.ts';
import { queryVariants, senseHints, wordAlternatives } from '../engine/search-synonyms.ts';
import { excerptSegments, highlightSegments, queryWords, withoutLeadingTitle, type TextSegment } from '../engine/search-text.ts';

/** The filters a search can be narrowed by; values are as indexed (module title, kind, difficulty). */
export interface SearchFilters {
  module?: string;
  kind?: string;
  difficulty?: string;
}
export const FILTER_NAMES = ['module', 'kind', 'difficulty'] as const;

/** A section of a page that matched: a heading, a glossary term. */
export interface SearchSubHit {
  title: string;
  url: string;
  excerpt: TextSegment[];
}

/** One page in the results. */
export interface SearchHit {
  id: string;
  url: string;
  title: string;
  kind: string | undefined;
  module: string | undefined;
  difficulty: string | undefined;
  excerpt: TextSegment[];
  subHits: SearchSubHit[];
  score: number;
}

/** Pages of one kind of result, ranked; the first few are loaded. */
export interface ResultGroup {
  /** How many pages matched in all. */
  total: number;
  /** The first pages, ranked. */
  hits: SearchHit[];
  /** Loads the next pages (empty once all are shown). */
  more(count?: number): Promise<SearchHit[]>;
  /** How many pages hold every word of the query (all of them when the query has one word). */
  complete: number;
}

/** What one search found. */
export interface SearchOutcome {
  query: string;
  filters: SearchFilters;
  /** Concept, module and glossary pages, or only the kind the filters ask for. */
  pages: ResultGroup;
  /** Practice questions, shown as a group of their own when no kind is chosen. */
  questions: ResultGroup | undefined;
  /** Words the index does not know, and what was searched instead. */
  corrections: { from: string; to: string }[];
  /** Words no page contains and none is close to: left out of the search. */
  ignored: string[];
  /** No page holds every word: the pages shown hold most of them (the rarest count most). */
  partial: boolean;
}

// The parts of Pagefind's API the guide uses (pagefind.js is loaded at run time, not bundled).
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: unknown; weighted_locations: { balanced_score: number }[] }[];
}
type PagefindFilters = Record<string, string | { none: string[] }>;
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** How much a rewrite of the query counts next to the query as typed. */
const VARIANT_WEIGHT = 0.9;
/** Practice questions shown with the pages when no kind is chosen. */
const QUESTIONS_IN_GROUP = 3;
/** Sections shown under the first page of the results, and under each of the others. */
const SUB_HITS_FIRST = 2;
const SUB_HITS_OTHERS = 1;
/** Words in an excerpt. */
const EXCERPT_WORDS = 22;
/** Anchors that are not sections explaining the page: its quiz, its footnotes. */
const NOT_A_SECTION = /#(quiz-|footnote-label$)/;
/** How many of the best pages are read (their text) to check the exact forms of the query's words. */
const RERANK_DEPTH = 12;

/** Loads Pagefind and the vocabulary from the site and answers queries. */
export class SearchEngine {
  readonly #pagefind: PagefindModule;
  readonly #spelling: Promise<SpellingIndex | undefined>;
  readonly #known = new Map<string, Promise<boolean>>();
  /** How many pages each combination of filters allows, for the rarity of words. */
  readonly #sizes = new Map<string, Promise<number>>();

  private constructor(pagefind: PagefindModule, spelling: Promise<SpellingIndex | undefined>) {
    this.#pagefind = pagefind;
    this.#spelling = spelling;
  }

  /** Loads Pagefind from `<base>pagefind/`, and the vocabulary alongside. `base` ends with a slash. */
  static async load(base: string): Promise<SearchEngine> {
    const bundle = `${base}${SEARCH_BUNDLE_DIR}/`;
    // The vocabulary only matters once a word is mistyped: it must not hold up the index.
    const spelling = fetch(`${bundle}${VOCABULARY_FILE}`, { priority: 'low' })
      .then((response) => (response.ok ? response.text() : undefined))
      .then((text) => (text ? new SpellingIndex(decodeWordList(text)) : undefined))
      .catch(() => undefined); // no typo correction, but search still works
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    await pagefind.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, excerptEllipsis: '…' });
    await pagefind.init();
    return new SearchEngine(pagefind, spelling);
  }

  /** The values of each filter with their page counts, e.g. `{ kind: { concept: 45 } }`. */
  filterValues(): Promise<Record<string, Record<string, number>>> {
    return this.#pagefind.filters();
  }

  /**
   * Searches; an empty query with filters lists every page the filters allow. Without a kind filter,
   * practice questions come as a group of their own, so hundreds of short question pages never crowd
   * out the pages that explain a term.
   */
  async search(query: string, filters: SearchFilters = {}, limit = 10): Promise<SearchOutcome> {
    const words = queryWords(query);
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
    const run = async (term: string | null, groupFilters: PagefindFilters = chosen) =>
      (await this.#pagefind.search(term, { filters: groupFilters }))?.results ?? [];

    // What to search for: the words as typed, with unknown words corrected (or left out when no
    // indexed word is close), then the same with synonyms swapped in.
    let corrections: { from: string; to: string }[] = [];
    let ignored: string[] = [];
    let searched = words;
    if (words.length > 0) {
      const typed = words.join(' ');
      // The last word may still be being typed (Pagefind matches it as a prefix), unless nothing matched.
      const stillTyping = async () => !/\s$/.test(query) && (await run(typed)).length > 0;
      const unknown = await this.#unknownWords(words, stillTyping);
      if (unknown.size > 0) {
        const best = await this.#bestCorrection(words, unknown, (term) => run(term));
        corrections = best?.corrections ?? [];
        ignored = [...unknown].filter((word) => !corrections.some((correction) => correction.from === word));
        searched = (best ? best.query.split(' ') : words).filter((word) => !ignored.includes(word));
      }
    }
    // What has to match: the words without the little words of a question. Synonyms are found in
    // the whole query first ("chain of thought"), then each rewrite loses its little words too.
    const needed = [...new Set(contentWords(searched))];
    const main = needed.join(' ');
    const rewrites = queryVariants(searched.join(' ')).map((variant) => contentWords(variant.query.split(' ')));
    const variants = rewrites.map((variant) => variant.join(' ')).filter((variant) => variant !== main);
    // The words a synonym brought in ("hallucination" for "make things up") are searched alone too,
    // only where a phrase became a shorter term: "artificial intelligence" for "AI" would add noise.
    const synonyms = [...new Set(rewrites.filter((variant) => variant.length < needed.length).flat())].filter((word) => !needed.includes(word));
    const forms: { term: string | null; weight: number }[] =
      words.length === 0
        ? [{ term: null, weight: 1 }]
        : main
          ? [{ term: main, weight: 1 }, ...[...new Set(variants)].map((term) => ({ term, weight: VARIANT_WEIGHT }))]
          : [];
    // Each word alone too, when there are several (or a two-meaning word needs its hint).
    const hints = senseHints(searched);
    const alone = needed.length > 1 ? [...needed, ...synonyms, ...hints] : hints.length > 0 ? [...needed, ...hints] : [];
    const highlight = [...searched];
    const spelling = await this.#spelling;

    const group = async (groupFilters: PagefindFilters, count: number, firstHasMore: boolean): Promise<ResultGroup> => {
      const [runs, wordRuns] = await Promise.all([
        Promise.all(forms.map(async ({ term, weight }) => ({ results: await run(term, groupFilters), weight }))),
        this.#wordRuns(alone, groupFilters, spelling, run),
      ]);
      const all = mergeRuns(runs);
      const ranked = wordRuns.length > 0 ? withoutStragglers(blendRankings(all, coverageByWords(wordRuns)), all) : all;
      // The words a page is judged by: the query's, and the hint of a two-meaning word's sense.
      const judged = [...needed, ...hints];
      const rarities = new Map(wordRuns.map((wordRun) => [wordRun.word, wordRun.rarity]));
      if (rarities.size === 0) for (const word of judged) rarities.set(word, 1);
      // The first pages are read in full: what their text says about the words (exact forms, aliases)
      // changes their score, then the kind of page counts.
      let dropped = 0;
      const loadHits = async (slice: typeof ranked): Promise<SearchHit[]> => {
        const hits = await Promise.all(
          slice.map(async (ranking) => {
            const { hit, text, aliases } = await toHit(ranking.result, ranking.score, highlight);
            if (words.length === 0) return hit;
            const foundBy = 'words' in ranking && Array.isArray(ranking.words) && ranking.words.length > 0 ? (ranking.words as string[]) : judged;
            const { drop, factor } = weighEvidence({
              foundBy,
              pageWords: wordsOf(text),
              aliases: aliases.map(aliasWords),
              rarities,
              isIndexed: (word) => spelling?.has(word) ?? false,
            });
            return drop ? undefined : { ...hit, score: hit.score * factor };
          }),
        );
        const kept = hits.filter((hit) => hit !== undefined);
        dropped += hits.length - kept.length;
        return kept;
      };
      let loaded = 0;
      let buffered: SearchHit[] = [];
      const next = async (n: number) => {
        const first = loaded === 0;
        if (first) {
          const depth = Math.max(n, words.length > 0 ? RERANK_DEPTH : 0);
          const hits = await loadHits(ranked.slice(0, depth));
          loaded = Math.min(depth, ranked.length);
          // With words, rank; listing what the filters allow, show overviews first, then by title.
          buffered = words.length > 0 ? rankByKind(hits) : hits.sort(byKindThenTitle);
        }
        while (buffered.length < n && loaded < ranked.length) {
          const slice = ranked.slice(loaded, loaded + n - buffered.length);
          loaded += slice.length;
          buffered.push(...(await loadHits(slice)));
        }
        const shown = buffered.splice(0, n);
        return shown.map((hit, i) => ({ ...hit, subHits: hit.subHits.slice(0, firstHasMore && first && i === 0 ? SUB_HITS_FIRST : SUB_HITS_OTHERS) }));
      };
      const hits = await next(count);
      return {
        get total() {
          return ranked.length - dropped;
        },
        hits,
        more: (n = limit) => next(n),
        complete: all.length,
      };
    };

    const [pages, questions] = await Promise.all([
      group(chosen['kind'] ? chosen : { ...chosen, kind: { none: ['question'] } }, limit, true),
      chosen['kind'] ? undefined : group({ ...chosen, kind: 'question' }, QUESTIONS_IN_GROUP, false),
    ]);
    const groups = [pages, questions].filter((found) => found !== undefined);
    const partial = words.length > 0 && groups.some((found) => found.total > 0) && groups.every((found) => found.complete === 0);
    return { query, filters, pages, questions, corrections, ignored, partial };
  }

  /**
   * Each word searched alone, with its rarity over the whole guide: the exact word's page count from
   * the vocabulary, or Pagefind's count for a word the vocabulary counts as common. Pagefind's
   * stemmer finds "account" pages for "accountability", which would make a rare word look common.
   */
  async #wordRuns(words: readonly string[], filters: PagefindFilters, spelling: SpellingIndex | undefined, run: (term: string, filters: PagefindFilters) => Promise<PagefindResult[]>): Promise<WordRun<PagefindResult>[]> {
    if (words.length === 0) return [];
    const search = async (word: string) => {
      const forms = wordAlternatives(word);
      const runs = await Promise.all(forms.map(async (form, i) => ({ results: await run(form, filters), weight: i === 0 ? 1 : VARIANT_WEIGHT })));
      return mergeRuns(runs).map(({ result, score }) => ({ ...result, score, data: () => result.data() }));
    };
    const pagesWith = async (word: string) => {
      const exact = spelling?.pages(word);
      return exact !== undefined && exact < MAX_PAGE_COUNT ? exact : (await run(word, {})).length;
    };
    const [total, runs] = await Promise.all([
      this.#size({}),
      Promise.all(words.map(async (word) => ({ word, results: await search(word), pages: await pagesWith(word) }))),
    ]);
    return runs.map(({ word, results, pages }) => ({ word, results, rarity: rarity(pages, total) }));
  }

  /** How many pages the filters allow. */
  #size(filters: PagefindFilters): Promise<number> {
    const key = JSON.stringify(filters);
    let size = this.#sizes.get(key);
    if (!size) {
      size = this.#pagefind.search(null, { filters }).then((response) => response?.results.length ?? 1);
      this.#sizes.set(key, size);
    }
    return size;
  }

  /**
   * Words of the query that no page contains: not in the vocabulary, not the start of a word still
   * being typed, and not found by an exact search (which also knows other forms: "hallucinating").
   */
  async #unknownWords(words: readonly string[], stillTyping: () => Promise<boolean>): Promise<Set<string>> {
    const spelling = await this.#spelling;
    if (!spelling) return new Set();
    const checks = words.map(async (word, i) => {
      if (word.length < 3 || /\d/.test(word) || spelling.has(word)) return undefined;
      if (i === words.length - 1 && spelling.startsAWord(word) && (await stillTyping())) return undefined;
      let known = this.#known.get(word);
      if (!known) {
        known = this.#pagefind.search(`"${word}"`).then((response) => (response?.results.length ?? 0) > 0);
        this.#known.set(word, known);
      }
      return (await known) ? undefined : word;
    });
    return new Set((await Promise.all(checks)).filter((word): word is string => word !== undefined));
  }

  /** Tries a few corrections of the unknown words and keeps the one whose results score best. */
  async #bestCorrection(words: string[], unknown: Set<string>, run: (term: string) => Promise<PagefindResult[]>) {
    const spelling = await this.#spelling;
    if (!spelling) return undefined;
    const candidates = correctedQueries(words, unknown, spelling);
    const tried = await Promise.all(candidates.map(async (candidate) => ({ ...candidate, results: await run(candidate.query) })));
    const score = (results: PagefindResult[]) => results.slice(0, 3).reduce((sum, result) => sum + result.score, 0);
    return tried.filter((candidate) => candidate.results.length > 0).sort((a, b) => score(b.results) - score(a.results))[0];
  }
}

/** The words of an alias as a query's are read, a hyphenated one by its parts ("LLM-as-a-judge": llm, judge). */
function aliasWords(alias: string): string[] {
  return contentWords(queryWords(alias.replace(/[-‐‑–]/g, ' ')));
}

const LISTING_ORDER = ['module', 'concept', 'glossary', 'question'];

function byKindThenTitle(a: SearchHit, b: SearchHit): number {
  const rank = (hit: SearchHit) => {
    const index = LISTING_ORDER.indexOf(hit.kind ?? '');
    return index === -1 ? LISTING_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.title.localeCompare(b.title);
}

/** A result as shown, and the page's text (title, description and body) for checking word forms. */
async function toHit(result: PagefindResult, score: number, words: readonly string[]): Promise<{ hit: SearchHit; text: string; aliases: string[] }> {
  const data = await result.data();
  const title = data.meta['title'] ?? data.url;
  // A concept or module page shows its one-sentence description, the best summary of what it is;
  // where the words appear in the page, its sections show.
  const description = data.meta['description'];
  const subHits = data.sub_results
    .filter((sub) => sub.anchor !== undefined && sub.title && sub.title !== title && !NOT_A_SECTION.test(sub.url))
    .map((sub) => ({ sub, weight: sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, SUB_HITS_FIRST)
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
