// What in a learner's query has to match. Pagefind finds only pages holding every word, so a question
// typed in plain language ("what is the role of fine tuning") finds nothing or the wrong page because of
// its little words. Those are dropped here; and since Pagefind stems words ("accountability" matches
// "account"), the exact form a learner typed is checked against the pages it found.

/**
 * Words that carry no subject in a learner's question: question words, articles, pronouns, auxiliary
 * verbs, common prepositions. Kept short on purpose: "examples", "learn", "data" or "stop" say what the
 * learner wants, so they stay.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about am an and any are as at be been being between but by can could did do does doing for from get
  gets got had has have how i if in into is it its me my of on or our should so some than that the their
  them then there these they this those to too us vs versus was we were what whats when where which who
  why will with would you your yours really actually please tell explain explained
  difference differences different not no dont doesnt isnt cant`.split(/\s+/),
);

/**
 * The words of a query that have to match: without stop words. A query made only of stop words
 * ("what is it") keeps its words, so something is still searched.
 */
export function contentWords(words: readonly string[]): string[] {
  const kept = words.filter((word) => !STOP_WORDS.has(word));
  return kept.length > 0 ? kept : [...words];
}

/** Endings a learner adds to a word without changing the concept: plurals, tenses. */
const INFLECTIONS: readonly [RegExp, string][] = [
  [/ies$/, 'y'],
  [/(ss)es$/, '$1'],
  [/([^aisu])s$/, '$1'], // "agents", not "bias", "analysis", "corpus"
  [/(.{3,})ed$/, '$1'],
  [/(.{3,})ing$/, '$1'],
];

/**
 * The start every written form of a word shares, for telling the word a learner typed from the
 * words Pagefind's stemmer merges it with: "agents" → "agent" (so "agentic" counts, "agency" does
 * not); "biased" → "bias"; "accountability" stays whole, so "account" does not count.
 */
export function wordBase(word: string): string {
  for (const [pattern, replacement] of INFLECTIONS) {
    if (pattern.test(word)) {
      const base = word.replace(pattern, replacement);
      return base.length >= 3 ? base : word;
    }
  }
  return word;
}

/** Whether one of `pageWords` is a written form of `word` (starts with its base). */
export function hasForm(pageWords: Iterable<string>, word: string): boolean {
  const base = wordBase(word);
  for (const candidate of pageWords) if (candidate.startsWith(base)) return true;
  return false;
}
