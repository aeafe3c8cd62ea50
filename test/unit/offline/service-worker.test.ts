import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePrecache, serviceWorkerOptions } from '../../../src/features/offline/service-worker.ts';

// Workbox itself lists a small built site, so the plan is checked as the real build applies it.
describe('the precache of a built site', () => {
  let site: string;
  const files: Record<string, string> = {
    'index.html': '<h1>Home</h1>',
    'concepts/tokens/index.html': '<h1>Tokens</h1>',
    'questions/tokens-count/index.html': '<h1>A question</h1>',
    'offline/index.html': '<h1>You are offline</h1>',
    '_astro/page.abc123.js': 'console.log(1)',
    'pagefind/pagefind.js': 'export {}',
    'pdf/guide.pdf': '%PDF-1.7',
    'question-bank.json': '{}',
  };

  beforeAll(() => {
    site = mkdtempSync(join(tmpdir(), 'offline-precache-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), text);
    }
  });
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('counts the files it keeps and their bytes, leaving out question pages, PDFs and the whole bank', async () => {
    const kept = ['index.html', 'concepts/tokens/index.html', 'offline/index.html', '_astro/page.abc123.js', 'pagefind/pagefind.js'];
    expect(await measurePrecache(site)).toEqual({ count: kept.length, size: kept.reduce((sum, path) => sum + files[path]!.length, 0) });
  });

  it('falls back to the offline page under the base path, and lets a new version wait for the learner', () => {
    const options = serviceWorkerOptions(site, '/guide/');
    expect(options).toMatchObject({ skipWaiting: false, clientsClaim: true, swDest: join(site, 'sw.js') });
    const pages = options.runtimeCaching!.find((rule) => typeof rule.urlPattern === 'function')!;
    expect(pages.options?.precacheFallback).toEqual({ fallbackURL: '/guide/offline/index.html' });
    expect(pages.options?.cacheName).toBe('genai-guide-pages-/guide/');
  });
});
