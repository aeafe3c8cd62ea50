// The offline copy in this browser, for the page scripts: whether the learner removed it, what it
// holds, and removing it. Progress storage is never touched here.
import { base } from '../../paths.ts';
import { OFFLINE_OPT_OUT_KEY, SERVICE_WORKER_FILE, isGuideCache } from './offline-names.ts';

/** Whether the learner removed the offline copy; then no page saves it again (update-notice.ts checks it too). */
export function offlineCopyRemoved(): boolean {
  try {
    return localStorage.getItem(OFFLINE_OPT_OUT_KEY) === '1';
  } catch {
    return false;
  }
}

/** Registers the guide's service worker, which saves the offline copy as it installs. */
export const registerOfflineCopy = (): Promise<ServiceWorkerRegistration> => navigator.serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base });

/** The guide's caches in this browser (its precache and the pages and PDFs kept on view). */
async function guideCaches(scopeUrl: string): Promise<string[]> {
  return (await caches.keys()).filter((name) => isGuideCache(name, scopeUrl, base));
}

/** How many files the offline copy holds and their size in bytes. */
export async function measureOfflineCopy(scopeUrl: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const name of await guideCaches(scopeUrl)) {
    const cache = await caches.open(name);
    const sizes = await Promise.all((await cache.keys()).map(async (request) => (await (await cache.match(request))?.blob())?.size ?? 0));
    files += sizes.length;
    bytes += sizes.reduce((sum, size) => sum + size, 0);
  }
  return { files, bytes };
}

/** Stops the service worker and deletes every file it saved; remembers the choice. */
export async function removeOfflineCopy(registration: ServiceWorkerRegistration): Promise<void> {
  try {
    localStorage.setItem(OFFLINE_OPT_OUT_KEY, '1');
  } catch {
    // Storage blocked: the copy is removed now, and the next page may save it again.
  }
  const scopeUrl = registration.scope;
  await registration.unregister();
  await Promise.all((await guideCaches(scopeUrl)).map((name) => caches.delete(name)));
}

/** Lets pages save the offline copy again (the next page load registers the service worker). */
export function allowOfflineCopy(): void {
  try {
    localStorage.removeItem(OFFLINE_OPT_OUT_KEY);
  } catch {
    // Storage blocked: nothing was stored either.
  }
}
