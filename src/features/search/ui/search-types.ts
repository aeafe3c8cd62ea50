// The shapes the search deals in: what a search found (for the views) and the parts of Pagefind's
// API the guide uses (pagefind.js is loaded at run time, not bundled).
import type { TextSegment } from '../engine/search-text.ts';

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

export interface PagefindResult {
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
export type PagefindFilters = Record<string, string | { none: string[] }>;
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
