// The search itself, shared by the dialog and the search page: loads Pagefind on first use, runs the
// query with its synonyms and typo corrections, merges and ranks the pages, and turns Pagefind's
// data into what a result shows. No DOM here; rendering is in search-results.ts.
import { SEARCH_BUNDLE_DIR, VOCABULARY_FILE } from '../engine/search-bundle.ts';
import { mergeRuns, rankByKind } from '../engine/search-ranking.ts';
import { SpellingIndex, correctedQueries, decodeWordList } from '../engine/search-spelling.ts';
import { queryVariants } from '../engine/search-synonyms.ts';
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
}

// The parts of Pagefind's API the guide uses (pagefind.js is loaded at run time, not bundled).
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
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
const SUB_HITS_FIRST = 3;
const SUB_HITS_OTHERS = 2;
/** Words in an excerpt. */
const EXCERPT_WORDS = 22;

/** Loads Pagefind and the vocabulary from the site and answers queries. */
export class SearchEngine {
  readonly #pagefind: PagefindModule;
  readonly #spelling: Promise<SpellingIndex | undefined>;
  readonly #known = new Map<string, Promise<boolean>>();

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
    const main = searched.join(' ');
    const forms: { term: string | null; weight: number }[] =
      words.length === 0
        ? [{ term: null, weight: 1 }]
        : main
          ? [{ term: main, weight: 1 }, ...queryVariants(main).map((variant) => ({ term: variant.query, weight: VARIANT_WEIGHT }))]
          : [];
    const highlight = [...searched];

    const group = async (groupFilters: PagefindFilters, count: number, firstHasMore: boolean): Promise<ResultGroup> => {
      const runs = await Promise.all(forms.map(async ({ term, weight }) => ({ results: await run(term, groupFilters), weight })));
      const ranked = mergeRuns(runs);
      let shown = 0;
      const next = async (n: number) => {
        const first = shown === 0;
        const slice = ranked.slice(shown, shown + n);
        shown += slice.length;
        const hits = await Promise.all(slice.map(({ result, score }) => toHit(result, score, highlight)));
        // With words, rank; listing what the filters allow, show overviews first, then by title.
        const ordered = words.length > 0 ? rankByKind(hits) : hits.sort(byKindThenTitle);
        return ordered.map((hit, i) => ({ ...hit, subHits: hit.subHits.slice(0, firstHasMore && first && i === 0 ? SUB_HITS_FIRST : SUB_HITS_OTHERS) }));
      };
      return { total: ranked.length, hits: await next(count), more: (n = limit) => next(n) };
    };

    const [pages, questions] = await Promise.all([
      group(chosen['kind'] ? chosen : { ...chosen, kind: { none: ['question'] } }, limit, true),
      chosen['kind'] ? undefined : group({ ...chosen, kind: 'question' }, QUESTIONS_IN_GROUP, false),
    ]);
    return { query, filters, pages, questions, corrections, ignored };
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

const LISTING_ORDER = ['module', 'concept', 'glossary', 'question'];

function byKindThenTitle(a: SearchHit, b: SearchHit): number {
  const rank = (hit: SearchHit) => {
    const index = LISTING_ORDER.indexOf(hit.kind ?? '');
    return index === -1 ? LISTING_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.title.localeCompare(b.title);
}

async function toHit(result: PagefindResult, score: number, words: readonly string[]): Promise<SearchHit> {
  const data = await result.data();
  const title = data.meta['title'] ?? data.url;
  // A concept or module page shows its one-sentence description, the best summary of what it is;
  // where the words appear in the page, its sections show.
  const description = data.meta['description'];
  const subHits = data.sub_results
    .filter((sub) => sub.anchor !== undefined && sub.title && sub.title !== title)
    .map((sub) => ({ sub, weight: sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, SUB_HITS_FIRST)
    .map(({ sub }) => ({ title: sub.title, url: sub.url, excerpt: withoutLeadingTitle(excerptSegments(sub.excerpt), sub.title) }));
  return {
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
}
