// The search itself, shared by the dialog and the search page: loads Pagefind on first use, runs the
// query with its synonyms and typo corrections, merges and ranks the pages, and turns Pagefind's
// data into what a result shows. No DOM here; rendering is in search-results.ts.
import { SEARCH_BUNDLE_DIR, VOCABULARY_FILE } from '../engine/search-bundle.ts';
import { wordsOf } from '../engine/search-html.ts';
import { weighEvidence } from '../engine/search-evidence.ts';
import { planQuery } from '../engine/search-plan.ts';
import { blendRankings, coverageByWords, mergeRuns, rankByKind, rarity, withoutStragglers, type WordRun } from '../engine/search-ranking.ts';
import { MAX_PAGE_COUNT, SpellingIndex, correctedQueries, decodeWordList } from '../engine/search-spelling.ts';
import { wordAlternatives } from '../engine/search-synonyms.ts';
import { queryWords } from '../engine/search-text.ts';
import { MAX_SECTIONS, aliasWords, toHit } from './search-hit.ts';
import type { PagefindFilters, PagefindModule, PagefindResult, ResultGroup, SearchFilters, SearchHit, SearchOutcome } from './search-types.ts';

export { FILTER_NAMES, type ResultGroup, type SearchFilters, type SearchHit, type SearchOutcome, type SearchSubHit } from './search-types.ts';

/** How much a rewrite of the query counts next to the query as typed. */
const VARIANT_WEIGHT = 0.9;
/** Practice questions shown with the pages when no kind is chosen. */
const QUESTIONS_IN_GROUP = 3;
/** Sections shown under the first page of the results, and under each of the others. */
const SUB_HITS_FIRST = MAX_SECTIONS;
const SUB_HITS_OTHERS = 1;
/** Words in an excerpt. */
const EXCERPT_WORDS = 22;
/**
 * How many of the best pages are read (their text) to check the exact forms of the query's words,
 * at least: twice the pages shown, up to the ten a first screen shows. Each is one more request on
 * the first search, so no more than that.
 */
const RERANK_DEPTH = 10;

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
    const { terms, alone, judged } = planQuery(searched);
    const forms: { term: string | null; weight: number }[] =
      words.length === 0 ? [{ term: null, weight: 1 }] : terms.map((term, i) => ({ term, weight: i === 0 ? 1 : VARIANT_WEIGHT }));
    const highlight = [...searched];
    const spelling = await this.#spelling;

    const group = async (groupFilters: PagefindFilters, count: number, firstHasMore: boolean): Promise<ResultGroup> => {
      const [runs, wordRuns] = await Promise.all([
        Promise.all(forms.map(async ({ term, weight }) => ({ results: await run(term, groupFilters), weight }))),
        this.#wordRuns(alone, groupFilters, spelling, run),
      ]);
      const all = mergeRuns(runs);
      const ranked = wordRuns.length > 0 ? withoutStragglers(blendRankings(all, coverageByWords(wordRuns)), all) : all;
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
          const depth = words.length > 0 ? Math.max(n, Math.min(2 * n, RERANK_DEPTH)) : n;
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

const LISTING_ORDER = ['module', 'concept', 'glossary', 'question'];

function byKindThenTitle(a: SearchHit, b: SearchHit): number {
  const rank = (hit: SearchHit) => {
    const index = LISTING_ORDER.indexOf(hit.kind ?? '');
    return index === -1 ? LISTING_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.title.localeCompare(b.title);
}
