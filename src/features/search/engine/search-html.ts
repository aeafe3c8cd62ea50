// Build-time helpers for the search index: which built pages are searched, how their HTML is
// readied for Pagefind, and the vocabulary the search box uses to correct typos. Pure string work,
// no file system, so every rule is unit-tested (test/unit/search/search-html.test.ts).

/** Kinds of page the search indexes (`<main data-page-kind>`); home, 404 and the search page are left out. */
export const SEARCHABLE_KINDS: readonly string[] = ['concept', 'module', 'glossary', 'question'];

/**
 * Parts of a page that are visible but are not content: `.class` or `.ancestor .class`. Handed to
 * Pagefind as `excludeSelectors` and skipped by the vocabulary too, so both see the same text.
 */
export const NOT_INDEXED_SELECTORS: readonly string[] = [
  '.question-number', // "Question 3 of 8" on every quiz question
  '.question-hint', // "Choose one answer."
  '.option-letter', // "A", "B" before each option: Pagefind would glue it to the option's first word
  '.question-actions', // "Check answer" / "Try again" buttons
  '.quiz-score', // "8 questions. Answers are checked here in your browser ..."
  '.card-meta', // "introductory · 8 questions" under each concept card of a module page
  '.question .options', // a question is indexed by its prompt only (concept and question pages alike)
  '.glossary-link', // "Explained in <concept title>": navigation, and it made every title match the glossary
];

/** The metadata field holding a concept's aliases, as "Also known as: a, b, c" (see aliasesOf). */
export const ALIASES_META = 'aliases';

/** The aliases of a concept from its `aliases` metadata: "Also known as: RAG, grounding" → ["RAG", "grounding"]. */
export function aliasesOf(meta: string | undefined): string[] {
  if (!meta) return [];
  return meta
    .replace(/^\s*Also known as:\s*/, '')
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);
}

/** Elements whose text Pagefind never indexes (besides `data-pagefind-ignore`). */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'svg', 'template', 'noscript', 'head']);
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that sit inside a line of text: closing one does not end a word. */
const INLINE_ELEMENTS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** The kind a built page declares on `<main data-page-kind="…">`, or undefined. */
export function pageKindOf(html: string): string | undefined {
  return /<main\b[^>]*\sdata-page-kind="([^"]+)"/.exec(html)?.[1];
}

/** The URL path of a built page from its path inside the output folder: `concepts/x/index.html` → `/concepts/x/`. */
export function urlOfPage(relativePath: string): string {
  const path = relativePath.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1');
  return `/${path}`.replace(/\/{2,}/g, '/');
}

/**
 * The part of a built page that search reads, as text: its `<head>` and its `<main>`, which holds
 * `data-pagefind-body` and every `data-pagefind-filter`/`-meta`. What lies around `<main>` (the
 * navigation, which lists the whole syllabus on every page, the header, the search dialog) is never
 * indexed, yet grows with the guide: cutting it from the file's bytes, before decoding, keeps the
 * search step's work per page constant. A page without `<main>` is returned whole.
 */
export function searchablePart(page: Buffer): string {
  const headEnd = page.indexOf('</head>');
  const mainStart = page.indexOf('<main');
  const mainEnd = page.lastIndexOf('</main>');
  if (headEnd === -1 || mainStart === -1 || mainEnd < mainStart) return page.toString('utf8');
  return `${page.toString('utf8', 0, headEnd)}</head><body>${page.toString('utf8', mainStart, mainEnd + '</main>'.length)}</body></html>`;
}

/**
 * Readies a built page's HTML for Pagefind without changing the page itself:
 * - Pagefind skips everything inside `<form>` and `<label>`, and each quiz question is a form whose
 *   options are labels, so these become `<div>`s and `<span>`s here: question prompts (and, on a
 *   question's own page, its options) stay searchable. Answers and explanations carry
 *   `data-pagefind-ignore` and stay out.
 * - A concept's aliases ("Also known as: …") also become its `aliases` metadata, so the search can
 *   tell a page named by the query from one that merely mentions its words.
 * - Pagefind joins the text of adjacent table cells and of a `<dt>` and its `<dd>` into one word
 *   ("LoRALow-rank adaptation"); a space after each closing cell or term keeps the words apart.
 */
export function prepareForIndexing(html: string): string {
  return html
    .replace(/<p\b([^>]*)>(\s*Also known as:)/g, `<p$1 data-pagefind-meta="${ALIASES_META}">$2`)
    .replace(/<form\b/gi, '<div data-was-form')
    .replace(/<\/form>/gi, '</div>')
    .replace(/<label\b/gi, '<span data-was-label')
    .replace(/<\/label>/gi, '</span>')
    .replace(/<\/(th|td|dt|dd|caption|figcaption|summary|legend)>/gi, '</$1> ');
}

/**
 * The words a learner can find on a page: the text inside `data-pagefind-body`, leaving out what
 * Pagefind leaves out (`data-pagefind-ignore`, scripts, SVG, NOT_INDEXED_SELECTORS).
 */
export function indexedText(html: string): string {
  const tokens = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/g;
  // One entry per open element: whether it is inside the body, whether its text is skipped, and the
  // classes of it and its ancestors (for `.ancestor .class` selectors).
  const stack: { tag: string; body: boolean; skipped: boolean; classes: ReadonlySet<string> }[] = [];
  const rules = NOT_INDEXED_SELECTORS.map((selector) => selector.split(/\s+/).map((part) => part.replace(/^\./, '')));
  const parts: string[] = [];
  for (const match of html.matchAll(tokens)) {
    const [, closing, rawTag, attributes = '', text] = match;
    const parent = stack.at(-1) ?? { tag: '', body: false, skipped: false, classes: new Set<string>() };
    if (text !== undefined) {
      if (parent.body && !parent.skipped) parts.push(decodeEntities(text));
      continue;
    }
    if (!rawTag) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (closing) {
      const open = stack.findLastIndex((entry) => entry.tag === tag);
      if (open !== -1) stack.length = open;
      if (parent.body && !INLINE_ELEMENTS.has(tag)) parts.push(' ');
      continue;
    }
    if (VOID_ELEMENTS.has(tag) || attributes.trimEnd().endsWith('/')) continue;
    const own = /\sclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
    const excluded = rules.some((rule) => own.includes(rule.at(-1)!) && rule.slice(0, -1).every((name) => parent.classes.has(name)));
    stack.push({
      tag,
      body: parent.body || /\sdata-pagefind-body\b/.test(attributes),
      skipped: parent.skipped || SKIPPED_ELEMENTS.has(tag) || /\sdata-pagefind-ignore\b/.test(attributes) || excluded,
      classes: own.length > 0 ? new Set([...parent.classes, ...own]) : parent.classes,
    });
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The distinct words of a text as a learner would type them: lower-case, accents removed, at least
 * three letters. A hyphenated word counts whole ("finetuning") and by its parts, as Pagefind does.
 */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  const plain = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  for (const chunk of plain.split(/[^\p{L}\p{N}\-‐‑–]+/u)) {
    const parts = chunk.split(/[-‐‑–]+/).filter(Boolean);
    const candidates = parts.length > 1 ? [...parts, parts.join('')] : parts;
    for (const word of candidates) {
      if (word.length >= 3 && /\p{L}/u.test(word)) words.add(word);
    }
  }
  return words;
}

/**
 * The search vocabulary: every indexed word of three letters or more (no digits) with the number of
 * pages it appears on, in alphabetical order. Written with `encodeWordList` for typo correction.
 */
export function buildVocabulary(pageTexts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of pageTexts) {
    for (const word of wordsOf(text)) {
      if (!/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) ? String.fromCodePoint(point) : entity;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}
