import type { AstroIntegrationLogger } from 'astro';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICONS_DIR, MANIFEST_FILE, SERVICE_WORKER_FILE } from '../../../src/features/offline/offline-names.ts';
import { buildOfflineApp, measurePrecache } from '../../../src/features/offline/service-worker.ts';
import { ICON_FILES } from '../../../src/features/offline/web-manifest.ts';
import { workerSettings } from '../../../src/features/offline/worker/worker-settings.ts';

// Workbox itself lists a small built site, so the plan is checked as the real build applies it.
describe('the service worker of a built site', () => {
  let site: string;
  const files: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    'concepts/tokens/index.html': '<h1>Tokens</h1>',
    'questions/tokens-count/index.html': '<h1>A question</h1>',
    'offline/index.html': '<h1>You are offline</h1>',
    '_astro/page.abc123.js': 'console.log(1)',
    'pagefind/pagefind.js': 'export {}',
    'pdf/guide.pdf': '%PDF-1.7',
    'print/guide/index.html': '<h1>The whole guide</h1>',
    'question-bank.json': '{}',
  };
  const kept = ['index.html', 'concepts/tokens/index.html', 'offline/index.html', '_astro/page.abc123.js', 'pagefind/pagefind.js'];

  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'offline-precache-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    }
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('counts the files it keeps and their bytes, leaving out question pages, PDFs, print pages and the whole bank', async () => {
    expect(await measurePrecache(site)).toEqual({ count: kept.length, size: kept.reduce((sum, path) => sum + files[path]!.length, 0) });
  });

  it('writes one minified worker with the precache list in it, the settings for its base path, and no Workbox development logging', async () => {
    const lines: string[] = [];
    const log = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(`warning: ${line}`) } as unknown as AstroIntegrationLogger;
    await buildOfflineApp({ outDir: site, base: '/guide/', log });
    // The step writes the web app manifest and its icons first, and they are precached too.
    const precached = [...kept, MANIFEST_FILE, ...ICON_FILES.map(({ file }) => `${ICONS_DIR}/${file}`)];
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^service worker precaches ${precached.length} files, 0\\.0 MB in \\d+\\.\\d\\d s$`))]);

    const worker = readFileSync(join(site, SERVICE_WORKER_FILE), 'utf8');
    const listed = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]);
    expect(listed.toSorted()).toEqual(precached.toSorted());
    expect(worker).not.toContain('__WB_MANIFEST');
    for (const value of Object.values(workerSettings('/guide/'))) expect(worker).toContain(JSON.stringify(value));
    // Workbox's logger (its %cworkbox console badge) exists only where NODE_ENV is not "production".
    expect(worker).not.toMatch(/%cworkbox|process\.env/);
  });

  it('falls back to the offline page under the base path and keeps the pages of each guide apart', () => {
    expect(workerSettings('/guide/')).toEqual({
      cacheId: 'genai-guide',
      pagesCache: 'genai-guide-pages-/guide/',
      pdfCache: 'genai-guide-pdfs-/guide/',
      offlineFallback: '/guide/offline/index.html',
      skipWaitingType: 'SKIP_WAITING',
    });
  });
});
