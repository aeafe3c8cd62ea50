// Typo tolerance for the search box. Pagefind matches exact words and prefixes only, so
// "halucination" finds nothing useful. The build writes every indexed word with the number of pages
// it appears on (the vocabulary); a word the index does not know is compared with it here.

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1. Stops early and returns `max + 1` once the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typos a word of this length may contain and still be corrected. */
export function allowedTypos(length: number): number {
  if (length < 3) return 0;
  return length >= 8 ? 2 : 1;
}

// The vocabulary file: one word a line, alphabetical, each line starting with how many letters it
// shares with the word before and how many pages it is on (1–z, z meaning 35 or more), both in base 36.
// Sharing prefixes ("hallucinate", "hallucination", …) halves the size.

/** The largest page count the vocabulary records: one base-36 digit. */
export const MAX_PAGE_COUNT = 35;

/** Writes words and their page counts (in alphabetical order) as the compact vocabulary text. */
export function encodeWordList(words: ReadonlyMap<string, number>): string {
  let previous = '';
  const lines: string[] = [];
  for (const [word, pages] of words) {
    let shared = 0;
    while (shared < 35 && shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared++;
    lines.push(`${shared.toString(36)}${Math.min(Math.max(pages, 1), MAX_PAGE_COUNT).toString(36)}${word.slice(shared)}`);
    previous = word;
  }
  return `${lines.join('\n')}\n`;
}

/** Reads the vocabulary text back into words and page counts. */
export function decodeWordList(text: string): Map<string, number> {
  const words = new Map<string, number>();
  let previous = '';
  for (const line of text.split('\n')) {
    if (line.length < 3) continue;
    const word = previous.slice(0, parseInt(line[0]!, 36)) + line.slice(2);
    words.set(word, parseInt(line[1]!, 36));
    previous = word;
  }
  return words;
}

/** Indexed words, for telling a typo from a word still being typed and for suggesting corrections. */
export class SpellingIndex {
  readonly #pages: ReadonlyMap<string, number>;
  readonly #sorted: string[];
  readonly #byLength = new Map<number, string[]>();

  /** `words` maps each indexed word to the number of pages it appears on. */
  constructor(words: ReadonlyMap<string, number>) {
    this.#pages = words;
    this.#sorted = [...words.keys()].sort();
    for (const word of this.#sorted) {
      const list = this.#byLength.get(word.length) ?? [];
      list.push(word);
      this.#byLength.set(word.length, list);
    }
  }

  /** How many pages hold this exact word (MAX_PAGE_COUNT meaning that many or more), or undefined for a word not indexed. */
  pages(word: string): number | undefined {
    return this.#pages.get(word);
  }

  /** Whether the index holds this exact word. */
  has(word: string): boolean {
    return this.#pages.has(word);
  }

  /** Whether some indexed word starts with `prefix` (a word still being typed). */
  startsAWord(prefix: string): boolean {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.#sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    return this.#sorted[low]?.startsWith(prefix) ?? false;
  }

  /**
   * Indexed words close to `word`, best first: fewest typos, then the more common word. A candidate
   * must start with the same letter (people rarely mistype the first one) unless the first two
   * letters are swapped.
   */
  suggestions(word: string, limit = 3): string[] {
    const max = allowedTypos(word.length);
    if (max === 0) return [];
    const found: { word: string; distance: number; pages: number }[] = [];
    for (let length = word.length - max; length <= word.length + max; length++) {
      for (const candidate of this.#byLength.get(length) ?? []) {
        if (candidate === word) continue;
        const sameStart = candidate[0] === word[0] || (candidate[0] === word[1] && candidate[1] === word[0]);
        if (!sameStart) continue;
        const distance = editDistance(word, candidate, max);
        if (distance <= max) found.push({ word: candidate, distance, pages: this.#pages.get(candidate) ?? 0 });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.pages - a.pages || (a.word < b.word ? -1 : 1));
    return found.slice(0, limit).map((entry) => entry.word);
  }
}

/** One way of rewriting a query with its unknown words corrected. */
export interface CorrectedQuery {
  /** The rewritten query, words separated by single spaces. */
  query: string;
  /** Each unknown word and the word that replaced it. */
  corrections: { from: string; to: string }[];
}

/**
 * Rewrites of `words` with each unknown word replaced by one of its suggestions, at most `limit`
 * of them, best first. The caller runs each and keeps the one whose results score best, so the
 * other words of the query decide between "room" and "row" for "chinese rom".
 */
export function correctedQueries(words: readonly string[], unknown: ReadonlySet<string>, index: SpellingIndex, limit = 4): CorrectedQuery[] {
  let rewrites: CorrectedQuery[] = [{ query: '', corrections: [] }];
  for (const word of words) {
    const options = unknown.has(word) ? index.suggestions(word) : [];
    const choices = options.length > 0 ? options : [word];
    rewrites = rewrites
      .flatMap((rewrite) =>
        choices.map((choice) => ({
          query: rewrite.query ? `${rewrite.query} ${choice}` : choice,
          corrections: choice === word ? rewrite.corrections : [...rewrite.corrections, { from: word, to: choice }],
        })),
      )
      .slice(0, limit);
  }
  return rewrites.filter((rewrite) => rewrite.corrections.length > 0);
}
