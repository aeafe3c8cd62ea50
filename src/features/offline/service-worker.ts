import type { AstroIntegrationLogger } from 'astro';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenerateSWOptions, GetManifestOptions, ManifestTransform } from 'workbox-build';
import { CACHE_ID, ICONS_DIR, MANIFEST_FILE, OFFLINE_PAGE, SERVICE_WORKER_EXTRA_FILE, SERVICE_WORKER_FILE, pagesCacheName, pdfCacheName } from './offline-names.ts';
import { HASHED_FILE, describePrecache, shouldPrecache } from './precache-plan.ts';
import { ICON_FILES, webManifest } from './web-manifest.ts';

const ICONS_SOURCE = fileURLToPath(new URL('./icons/', import.meta.url));

/** Workbox lists every file; the plan (precache-plan.ts) says which are saved. */
const keepPlannedFiles: ManifestTransform = (entries) => ({ manifest: entries.filter((entry) => shouldPrecache(entry.url)) });

/** What both the build and `npm run bench` give Workbox to list the precache of a built site. */
function precacheOptions(outDir: string) {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, SERVICE_WORKER_EXTRA_FILE],
    // The Pagefind WebAssembly and the largest pages stay well under this; a bigger file is a mistake to see.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    dontCacheBustURLsMatching: HASHED_FILE,
    manifestTransforms: [keepPlannedFiles],
  } satisfies GetManifestOptions;
}

/** The precache a built site would get: file count and bytes (for `npm run bench`). */
export async function measurePrecache(outDir: string): Promise<{ count: number; size: number }> {
  const { getManifest } = await import('workbox-build');
  const { count, size } = await getManifest(precacheOptions(outDir));
  return { count, size };
}

/** The service worker's settings for a site at `base`: precache, cache-on-view rules, update flow. */
export function serviceWorkerOptions(outDir: string, base: string): GenerateSWOptions {
  return {
    ...precacheOptions(outDir),
    swDest: join(outDir, SERVICE_WORKER_FILE),
    // One self-contained file (no workbox-*.js beside it), minified.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    cacheId: CACHE_ID,
    // Pages and files are the same whatever the query (?q= on search, ?seed= on practice, Pagefind's ?ts=).
    ignoreURLParametersMatching: [/./],
    // A new version waits until the learner chooses "Reload" (the page posts SKIP_WAITING), so an open
    // page never runs with another build's files underneath; the first version takes the page at once.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    importScripts: [SERVICE_WORKER_EXTRA_FILE],
    runtimeCaching: [
      {
        urlPattern: /\.pdf$/,
        handler: 'NetworkFirst',
        options: { cacheName: pdfCacheName(base), expiration: { maxEntries: 12 } },
      },
      {
        // Any other page (question pages, mainly): the network when there is one, else the copy kept
        // from an earlier view, else the offline page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: pagesCacheName(base),
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: 500 },
          // The precache knows the file, not the directory URL: Workbox looks the fallback up as written.
          precacheFallback: { fallbackURL: `${base}${OFFLINE_PAGE}index.html` },
        },
      },
    ],
  };
}

/**
 * Workbox's generated worker removes old precache entries itself but keeps runtime caches across
 * versions. A question page kept from an older build would then load that build's styles and
 * scripts, which the new precache no longer has: so a new version starts with no kept pages.
 * Workbox has no option for this; `importScripts` is its way to add code to the generated worker.
 */
const runtimeCleanup = (base: string) =>
  `// Written by the build (src/features/offline/service-worker.ts): a new version starts with no pages kept from the old one.\n` +
  `self.addEventListener('activate', (event) => event.waitUntil(caches.delete(${JSON.stringify(pagesCacheName(base))})));\n`;

/**
 * The offline build step, after the pages and the search index are written: the web app manifest
 * and its icons, then the service worker that precaches the guide (src/integrations/guide-integration.ts runs it).
 */
export async function buildOfflineApp({ outDir, base, log }: { outDir: string; base: string; log: AstroIntegrationLogger }): Promise<void> {
  const started = performance.now();
  const offlinePage = join(outDir, OFFLINE_PAGE, 'index.html');
  if (!existsSync(offlinePage)) {
    throw new Error(`The offline app needs ${offlinePage} (src/pages/offline.astro), and it was not built. Restore the page, or build without the offline app: GUIDE_OFFLINE=0.`);
  }
  const { generateSW } = await import('workbox-build');
  try {
    writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(webManifest(base), null, 2)}\n`);
    mkdirSync(join(outDir, ICONS_DIR), { recursive: true });
    for (const { file } of ICON_FILES) copyFileSync(join(ICONS_SOURCE, file), join(outDir, ICONS_DIR, file));
    writeFileSync(join(outDir, SERVICE_WORKER_EXTRA_FILE), runtimeCleanup(base));

    const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir, base));
    for (const warning of warnings) log.warn(warning);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    log.info(`service worker precaches ${describePrecache({ count, size })} in ${seconds} s`);
  } catch (cause) {
    throw new Error(`Could not write the offline app (service worker, manifest, icons) into ${outDir}.`, { cause });
  }
}
