// The sentences of the search status line that depend on what happened (what a search found, why the
// index did not load), kept apart so the controller is about wiring, not wording.
import type { SearchOutcome } from './search-engine.ts';
import { KIND_LABELS } from './search-results.ts';
import { queryWords } from '../engine/search-text.ts';

/** Why the search index did not load, and what to do about it. */
export function loadErrorText(): string {
  return window.location.protocol === 'file:'
    ? 'Search needs the guide to be served over HTTP (npm run preview); it cannot run from files on disk.'
    : 'The search index could not be loaded. Check your connection and reload the page.';
}

/** "8 pages and 12 practice questions for “rag”." */
export function statusText(outcome: SearchOutcome, pagesShown: number): string {
  const query = outcome.query.trim();
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const kind = KIND_LABELS[outcome.filters.kind ?? ''];
  const pageWord = kind ? [kind.one.toLowerCase(), kind.many.toLowerCase()] : ['page', 'pages'];
  const parts: string[] = [];
  if (outcome.pages.total > 0) {
    const shown = pagesShown < outcome.pages.total ? `${pagesShown} of ` : '';
    parts.push(shown + count(outcome.pages.total, pageWord[0]!, pageWord[1]!));
  }
  if (outcome.questions && outcome.questions.total > 0) parts.push(count(outcome.questions.total, 'practice question', 'practice questions'));
  const found = parts.join(' and ');
  const missing = outcome.ignored.length > 0 ? ` No page contains ${outcome.ignored.map((word) => `“${word}”`).join(' or ')}.` : '';
  if (!found) return query ? `No results for “${query}”.${missing}` : 'No page matches these filters.';
  if (!query) return `${found} match the filters.`;
  const corrected = queryWords(query)
    .filter((word) => !outcome.ignored.includes(word))
    .map((word) => outcome.corrections.find((c) => c.from === word)?.to ?? word);
  const searched = outcome.corrections.length > 0 || outcome.ignored.length > 0 ? ` Showing results for “${corrected.join(' ')}”.` : '';
  const partial = outcome.partial ? ' No page holds every word: these hold most of them, the rarest words counting most.' : '';
  return `${found} for “${query}”.${searched}${missing}${partial}`;
}
