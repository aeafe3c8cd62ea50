// Where the build writes the search files and where the browser fetches them, relative to the base path.

/** Folder of the Pagefind bundle inside the built site: the browser loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** Written into the bundle folder: every indexed word and its page count, for typo correction. */
export const VOCABULARY_FILE = 'guide-vocabulary.txt';
