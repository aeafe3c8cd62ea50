// What the service worker needs to know about the site it serves, built from the offline app's names
// (offline-names.ts). The build hands it to the worker's bundle as one constant (service-worker.ts),
// so no name is written twice (isomorphic: no Node or DOM imports).
import { CACHE_ID, OFFLINE_PAGE, SKIP_WAITING_MESSAGE, pagesCacheName, pdfCacheName } from '../offline-names.ts';

/** The service worker's settings for a site at `base`. */
export function workerSettings(base: string) {
  return {
    cacheId: CACHE_ID,
    pagesCache: pagesCacheName(base),
    pdfCache: pdfCacheName(base),
    // The precache knows the file, not the directory URL: Workbox looks the fallback up as written.
    offlineFallback: `${base}${OFFLINE_PAGE}index.html`,
    skipWaitingType: SKIP_WAITING_MESSAGE.type,
  };
}

export type WorkerSettings = ReturnType<typeof workerSettings>;
