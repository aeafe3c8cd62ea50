// What a page's own text says about a query, read once the page's fragment is loaded: whether it
// holds the words as the learner wrote them (Pagefind's stemmer also finds "account" for
// "accountability", "agency" is not "agent"), and whether one of its aliases is named.
import { hasForm, wordBase } from './search-query.ts';
import { aliasFactor, otherFormFactor } from './search-ranking.ts';
import { wordAlternatives } from './search-synonyms.ts';

/** What is known of one page and the query. */
export interface PageEvidence {
  /** The query's words the page was found by. */
  foundBy: readonly string[];
  /** The distinct words of the page's text (see wordsOf). */
  pageWords: ReadonlySet<string>;
  /** The page's aliases, each as its words. */
  aliases: readonly (readonly string[])[];
  /** Each word of the query and how rare it is. */
  rarities: ReadonlyMap<string, number>;
  /** Whether some page holds this exact word (the vocabulary knows it). */
  isIndexed: (word: string) => boolean;
}

/**
 * How a page's score changes on reading it: `drop` when every word it was found by is there only in
 * another form while other pages hold the word itself (a stemming collision, kept apart); otherwise
 * a factor, lower for words held only in another form, higher for a named alias.
 */
export function weighEvidence({ foundBy, pageWords, aliases, rarities, isIndexed }: PageEvidence): { drop: boolean; factor: number } {
  const otherForm = foundBy.filter((word) => !wordAlternatives(word).some((form) => hasForm(pageWords, form)));
  const drop = foundBy.length > 0 && otherForm.length === foundBy.length && otherForm.every(isIndexed);
  return { drop, factor: otherFormFactor(otherForm, rarities) * aliasFactor(aliases, rarities, wordBase) };
}
