import { describe, expect, it } from 'vitest';
import { isGuideCache, pagesCacheName, pdfCacheName } from '../../../src/features/offline/offline-names.ts';

describe('isGuideCache', () => {
  const root = 'http://127.0.0.1:4321/';
  const sub = 'http://127.0.0.1:4321/guide/';

  it("finds the guide's precache (Workbox's name) and its runtime caches", () => {
    expect(isGuideCache(`genai-guide-precache-v2-${root}`, root, '/')).toBe(true);
    expect(isGuideCache(pagesCacheName('/'), root, '/')).toBe(true);
    expect(isGuideCache(pdfCacheName('/'), root, '/')).toBe(true);
  });

  it('never takes the caches of a guide under another base path on the same host', () => {
    expect(isGuideCache(`genai-guide-precache-v2-${sub}`, root, '/')).toBe(false);
    expect(isGuideCache(pagesCacheName('/guide/'), root, '/')).toBe(false);
    expect(isGuideCache(`genai-guide-precache-v2-${root}`, sub, '/guide/')).toBe(false);
    expect(isGuideCache(pagesCacheName('/'), sub, '/guide/')).toBe(false);
  });

  it("ignores other sites' caches", () => {
    expect(isGuideCache(`workbox-precache-v2-${root}`, root, '/')).toBe(false);
    expect(isGuideCache('my-app-cache', root, '/')).toBe(false);
  });
});
