/// <reference lib="webworker" />
// The guide's service worker (runs in the learner's browser, not in Node). The build bundles it with
// the Workbox modules and writes the precache list in place of self.__WB_MANIFEST (service-worker.ts).
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { PrecacheFallbackPlugin, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import type { WorkerSettings } from './worker-settings.ts';

declare const self: ServiceWorkerGlobalScope;
/** Replaced at bundle time with workerSettings(base) (worker-settings.ts). */
declare const GUIDE_WORKER_SETTINGS: WorkerSettings;
const settings = GUIDE_WORKER_SETTINGS;

// Workbox's plugin classes declare their optional hooks as `T | undefined`, which its own WorkboxPlugin
// type rejects under exactOptionalPropertyTypes (tsconfig): the classes do fit at runtime.
const plugin = (instance: ExpirationPlugin | PrecacheFallbackPlugin) => instance as WorkboxPlugin;

setCacheNameDetails({ prefix: settings.cacheId });

// A new version waits until the learner chooses "Reload" (the page posts this message), so an open
// page never runs with another build's files underneath; the first version takes the page at once.
self.addEventListener('message', (event) => {
  if (event.data?.type === settings.skipWaitingType) void self.skipWaiting();
});
clientsClaim();

// Workbox removes old precache entries itself but keeps runtime caches across versions. A page kept
// from an older build would then load that build's styles and scripts, which the new precache no
// longer has: so a new version starts with no kept pages.
self.addEventListener('activate', (event) => event.waitUntil(caches.delete(settings.pagesCache)));

// Pages and files are the same whatever the query (?q= on search, ?seed= on practice, Pagefind's ?ts=).
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./] });
cleanupOutdatedCaches();

registerRoute(/\.pdf$/, new NetworkFirst({ cacheName: settings.pdfCache, plugins: [plugin(new ExpirationPlugin({ maxEntries: 12 }))] }));

// Any other page (question pages, mainly): the network when there is one, else the copy kept from an
// earlier view, else the offline page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: settings.pagesCache,
    networkTimeoutSeconds: 6,
    plugins: [plugin(new ExpirationPlugin({ maxEntries: 500 })), plugin(new PrecacheFallbackPlugin({ fallbackURL: settings.offlineFallback }))],
  }),
);
