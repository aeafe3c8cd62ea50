import type { AstroIntegrationLogger } from 'astro';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GetManifestOptions, ManifestTransform } from 'workbox-build';
import { ICONS_DIR, MANIFEST_FILE, OFFLINE_PAGE, SERVICE_WORKER_FILE } from './offline-names.ts';
import { HASHED_FILE, NEVER_LISTED, describePrecache, shouldPrecache } from './precache-plan.ts';
import { ICON_FILES, webManifest } from './web-manifest.ts';
import { workerSettings } from './worker/worker-settings.ts';

const ICONS_SOURCE = fileURLToPath(new URL('./icons/', import.meta.url));
const WORKER_SOURCE = fileURLToPath(new URL('./worker/sw.ts', import.meta.url));

// workbox-build's entry module loads its generateSW bundler (rollup, babel, terser) before anything
// else: about 0.5 s, against 0.09 s for the two functions used here, imported from their own modules
// (measured; the package has no `exports` map, and package.json pins its version).
const loadInjectManifest = async () => (await import('workbox-build/build/inject-manifest.js')).injectManifest;
const loadGetManifest = async () => (await import('workbox-build/build/get-manifest.js')).getManifest;

/** Workbox lists every file; the plan (precache-plan.ts) says which are saved. */
const keepPlannedFiles: ManifestTransform = (entries) => ({ manifest: entries.filter((entry) => shouldPrecache(entry.url)) });

/** What both the build and `npm run bench` give Workbox to list the precache of a built site. */
function precacheOptions(outDir: string) {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    // Large folders and files the plan never saves are not even read (nor hashed, nor warned about).
    globIgnores: [SERVICE_WORKER_FILE, ...NEVER_LISTED],
    // The Pagefind WebAssembly and the largest pages stay well under this; a bigger file is a mistake to see.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    dontCacheBustURLsMatching: HASHED_FILE,
    manifestTransforms: [keepPlannedFiles],
  } satisfies GetManifestOptions;
}

/** The precache a built site would get: file count and bytes (for `npm run bench`). */
export async function measurePrecache(outDir: string): Promise<{ count: number; size: number }> {
  const getManifest = await loadGetManifest();
  const { count, size } = await getManifest(precacheOptions(outDir));
  return { count, size };
}

/**
 * The service worker (worker/sw.ts) bundled with the Workbox modules it imports, for a site at `base`:
 * one self-contained, minified file that still holds `self.__WB_MANIFEST` for Workbox to fill.
 */
async function bundleServiceWorker(base: string): Promise<string> {
  const { build } = await import('esbuild');
  const { outputFiles } = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    write: false,
    format: 'iife',
    // Minifying on the browser platform also makes esbuild set NODE_ENV to "production", which drops
    // Workbox's development logging (esbuild's documented default; a unit test checks it).
    platform: 'browser',
    minify: true,
    // Workbox's private fields, as its own production build mangles them (workbox-build's bundle step);
    // the injection point stays as written for Workbox to find.
    mangleProps: /(^_|_$)/,
    reserveProps: /^__WB_MANIFEST$/,
    // The browsers the site's own scripts are built for (Vite's default, "baseline widely available").
    target: ['chrome107', 'edge107', 'firefox104', 'safari16'],
    // Declared in worker/sw.ts.
    define: { GUIDE_WORKER_SETTINGS: JSON.stringify(workerSettings(base)) },
    legalComments: 'none',
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}

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
  const work = mkdtempSync(join(tmpdir(), 'genai-guide-sw-'));
  try {
    writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(webManifest(base), null, 2)}\n`);
    mkdirSync(join(outDir, ICONS_DIR), { recursive: true });
    for (const { file } of ICON_FILES) copyFileSync(join(ICONS_SOURCE, file), join(outDir, ICONS_DIR, file));

    const [bundle, injectManifest] = await Promise.all([bundleServiceWorker(base), loadInjectManifest()]);
    const swSrc = join(work, SERVICE_WORKER_FILE);
    writeFileSync(swSrc, bundle);
    // Workbox writes the precache list in place of self.__WB_MANIFEST and the result to the site.
    const { count, size, warnings } = await injectManifest({ ...precacheOptions(outDir), swSrc, swDest: join(outDir, SERVICE_WORKER_FILE) });
    for (const warning of warnings) log.warn(warning);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    log.info(`service worker precaches ${describePrecache({ count, size })} in ${seconds} s`);
  } catch (cause) {
    throw new Error(`Could not write the offline app (service worker, manifest, icons) into ${outDir}.`, { cause });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
