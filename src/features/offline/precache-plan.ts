// Which built files the service worker saves on install (pure, unit-tested). Everything a learner
// needs to study with no network is precached; large or rarely used files are left to the network
// or to the cache-on-first-view rule in worker/sw.ts.

/**
 * Why a file is left out of the precache, by its path inside the built site. `glob` marks what is
 * large (in bytes or in number) and never saved: the build does not even read it (no hashing, no
 * size warnings).
 */
const LEFT_OUT: readonly { pattern: RegExp; glob?: string; why: string }[] = [
  // 382 question pages weigh about 11 MB: more than the rest of the guide together. Their questions
  // are on the concept pages (quizzes), in practice exams and in review, which are all precached; a
  // question page the learner opens is kept then (worker/sw.ts).
  { pattern: /^questions\/[^/]+\/index\.html$/, glob: 'questions/*/index.html', why: 'question page: cached on first view' },
  { pattern: /^pdf\//, glob: 'pdf/**', why: 'PDF: large; kept once opened' },
  { pattern: /^print\//, glob: 'print/**', why: 'print-first pages exist only to make the PDFs' },
  { pattern: /^question-bank\.json$/, glob: 'question-bank.json', why: 'the whole bank for other tools; the pages use question-bank/<module>.json' },
  { pattern: /^404\.html$/, why: 'offline, a missing page shows the offline page instead' },
  { pattern: /^sitemap[^/]*\.xml$/, why: 'for search engines' },
  { pattern: /^_headers$/, why: "the host's header rules" },
  { pattern: /^sw[^/]*\.js$/, why: 'the service worker itself' },
  { pattern: /\.map$/, why: 'source maps' },
];

/** Whether the built file at `path` (relative to the site root, with `/`) is precached. */
export function shouldPrecache(path: string): boolean {
  return !LEFT_OUT.some(({ pattern }) => pattern.test(path));
}

/** Globs (Workbox's `globIgnores`) of the large files the precache never holds. */
export const NEVER_LISTED: readonly string[] = LEFT_OUT.flatMap(({ glob }) => (glob ? [glob] : []));

/** Files named with a content hash need no revision of their own: the name changes when they do. */
export const HASHED_FILE = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/;

/** The precache in figures, as the build log and `npm run bench` print it. */
export function describePrecache({ count, size }: { count: number; size: number }): string {
  return `${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`;
}
