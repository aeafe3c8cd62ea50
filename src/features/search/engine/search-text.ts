// Text handling for search results: query words as Pagefind reads them, excerpts split into marked
// and unmarked runs (so the browser builds text nodes, never innerHTML), and highlighting of titles.

/** A run of text; `mark` when it matched the query. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

// Pagefind drops these characters from a query before it searches (dashes, brackets, quotes, other
// punctuation), so "fine-tuning" is searched as "finetuning". The same rule is applied here.
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** The words of a query as Pagefind searches them: lower-case, punctuation removed, accents kept. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().replace(DROPPED, '').split(/\s+/).filter(Boolean);
}

/** A query in the form Pagefind searches, so two spellings of one query compare equal. */
export function normaliseQuery(query: string): string {
  return queryWords(query).join(' ');
}

/**
 * Splits a Pagefind excerpt into segments. Pagefind escapes `<` and `>` in page text and wraps
 * matches in `<mark>`; anything else is text.
 */
export function excerptSegments(excerpt: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) {
      const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      const last = segments.at(-1);
      if (last && last.mark === mark) last.text += text;
      else segments.push({ text, mark });
    }
  }
  return segments;
}

/**
 * Marks the words of a title that the query matched: a title word matches when it starts with a
 * query word (Pagefind matches prefixes) or a query word starts with it (plurals, longer forms).
 */
export function highlightSegments(text: string, words: readonly string[]): TextSegment[] {
  const wanted = words.filter((word) => word.length >= 2);
  const segments: TextSegment[] = [];
  const push = (piece: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else segments.push({ text: piece, mark });
  };
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}'’\-‐]*[\p{L}\p{N}])?/gu)) {
    const word = match[0];
    // "Fine-tuning" is matched whole ("finetuning") and by its parts ("tuning").
    const forms = [word, ...word.split(/[-‐]/)].map((form) => form.toLowerCase().replace(DROPPED, ''));
    const matched = forms.some((form) => wanted.some((query) => form.startsWith(query) || (form.length >= 4 && query.startsWith(form))));
    if (match.index > at) push(text.slice(at, match.index), false);
    push(word, matched);
    at = match.index + word.length;
  }
  if (at < text.length) push(text.slice(at), false);
  return segments;
}

/** Whether `run` appears, word for word, somewhere in `words`. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

/**
 * Drops a section heading's own words from the start of its excerpt: Pagefind starts a section's
 * excerpt at the heading, which the result already shows as its title. Only whole trailing words of
 * the title are dropped (two at least, or the whole title), then the full stop Pagefind adds.
 */
export function withoutLeadingTitle(segments: readonly TextSegment[], title: string): TextSegment[] {
  const text = segments.map((segment) => segment.text).join('');
  const plain = (word: string) => word.toLowerCase().replace(DROPPED, '');
  const titleWords = title.split(/\s+/).map(plain).filter(Boolean);
  // Pagefind starts an excerpt that begins mid-text with an ellipsis; it goes with the dropped words.
  const excerptWords = [...text.matchAll(/\S+/g)];
  const from = excerptWords[0]?.[0] === '…' ? 1 : 0;
  // An excerpt that lies wholly inside the title (a long question's prompt) adds nothing.
  const inner = excerptWords.map((word) => plain(word[0])).filter(Boolean);
  if (inner.length > 0 && containsRun(titleWords, inner)) return [];
  let cut = 0;
  for (let k = Math.min(titleWords.length, excerptWords.length - from); k >= 1; k--) {
    if (k < 2 && k < titleWords.length) break;
    const tail = titleWords.slice(-k);
    if (tail.every((word, i) => plain(excerptWords[from + i]![0]) === word)) {
      const last = excerptWords[from + k - 1]!;
      cut = last.index + last[0].length;
      break;
    }
  }
  if (cut === 0) return segments.map((segment) => ({ ...segment }));
  while (cut < text.length && /\s/.test(text[cut]!)) cut++;
  if (cut >= text.length) return []; // the excerpt was only the title
  const result: TextSegment[] = [];
  let at = 0;
  for (const segment of segments) {
    const end = at + segment.text.length;
    if (end > cut) result.push({ text: segment.text.slice(Math.max(0, cut - at)), mark: segment.mark });
    at = end;
  }
  return result;
}
