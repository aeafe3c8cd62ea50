// The offline app's names, shared by the build step, the client elements and the tests (isomorphic:
// no Node or DOM imports). Every path is relative to the site's base path.

/** The service worker, at the base path so its scope is the whole guide and nothing outside it. */
export const SERVICE_WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';
export const ICONS_DIR = 'icons';
/** The page shown for a page that is not saved for offline use while the network is gone. */
export const OFFLINE_PAGE = 'offline/';

/** Prefix of every cache the guide's service worker fills (Workbox's cache-name prefix). */
export const CACHE_ID = 'genai-guide';

/**
 * Pages cached on first view (question pages and anything else not precached). Emptied when a new
 * version takes over, so a page from an older build never asks for styles that build removed.
 * Cache Storage is per origin: the base path keeps two guides on one host apart.
 */
export const pagesCacheName = (base: string) => `${CACHE_ID}-pages-${base}`;
/** PDFs the learner opened; kept across versions (each PDF is self-contained). */
export const pdfCacheName = (base: string) => `${CACHE_ID}-pdfs-${base}`;

/**
 * Whether a cache belongs to the guide published at this base path: its runtime caches, or the
 * Workbox precache, which Workbox names `<cacheId>-precache-v2-<registration scope URL>`.
 */
export function isGuideCache(name: string, scopeUrl: string, base: string): boolean {
  if (name === pagesCacheName(base) || name === pdfCacheName(base)) return true;
  return name.startsWith(`${CACHE_ID}-precache-`) && name.endsWith(`-${scopeUrl}`);
}

/**
 * localStorage key set when the learner removes the offline copy, so the guide stops saving itself
 * again on the next page. Separate from progress storage, which an update or a removal never touches.
 */
export const OFFLINE_OPT_OUT_KEY = 'genai-guide:offline-removed';

/** The message the service worker (worker/sw.ts) listens for to stop waiting and take over. */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;
