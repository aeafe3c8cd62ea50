import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';

describe('config: the environment, read and checked in one place', () => {
  it('gives every setting its one default (an empty variable counts as unset)', () => {
    expect(readConfig({})).toEqual({
      basePath: '/',
      siteUrl: 'https://genai-study-guide.example',
      skipPdf: false,
      skipSearch: false,
      contentDir: 'content',
      cacheDir: undefined,
      chromiumPath: undefined,
      browser: 'auto',
      offline: true,
      pdfCacheDir: 'node_modules/.cache/genai-guide/pdf-books',
    });
    expect(readConfig({ BASE_PATH: '', SITE_URL: '', GUIDE_CONTENT_DIR: '', GUIDE_BROWSER: '', GUIDE_OFFLINE: '' })).toEqual(readConfig({}));
  });

  it('keeps the offline app unless GUIDE_OFFLINE is 0, and names the fix for any other value', () => {
    expect(readConfig({ GUIDE_OFFLINE: '1' }).offline).toBe(true);
    expect(readConfig({ GUIDE_OFFLINE: '0' }).offline).toBe(false);
    expect(() => readConfig({ GUIDE_OFFLINE: 'no' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid environment variable (fix or unset it):
        GUIDE_OFFLINE: must be 0 (no offline app) or 1 (keep it); leave it unset to keep it.]
    `);
  });

  it('spells the base path one way, with a slash at each end', () => {
    for (const written of ['guide', '/guide', 'guide/', '/guide/', '//guide//']) expect(readConfig({ BASE_PATH: written }).basePath).toBe('/guide/');
    expect(readConfig({ BASE_PATH: '/' }).basePath).toBe('/');
    expect(readConfig({ BASE_PATH: '/a/b' }).basePath).toBe('/a/b/');
  });

  it('reads the skip flags, the folders and the browser settings', () => {
    const config = readConfig({ GUIDE_SKIP_PDF: '1', GUIDE_SKIP_SEARCH: '0', GUIDE_CONTENT_DIR: '/tmp/c', GUIDE_CACHE_DIR: '/tmp/cache', CHROMIUM_PATH: '/opt/chrome', GUIDE_BROWSER: 'bundled' });
    expect(config).toMatchObject({ skipPdf: true, skipSearch: false, contentDir: '/tmp/c', cacheDir: '/tmp/cache', chromiumPath: '/opt/chrome', browser: 'bundled' });
  });

  it('stops on a value it cannot use, naming the variable and the fix', () => {
    expect(() => readConfig({ GUIDE_SKIP_PDF: 'yes' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid environment variable (fix or unset it):
        GUIDE_SKIP_PDF: must be 1 (skip) or 0 (keep); leave it unset to keep the step.]
    `);
    expect(() => readConfig({ SITE_URL: 'example.org' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid environment variable (fix or unset it):
        SITE_URL: must be an absolute URL such as https://example.org]
    `);
    expect(() => readConfig({ GUIDE_BROWSER: 'system' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid environment variable (fix or unset it):
        GUIDE_BROWSER: must be auto (the first Chromium found) or bundled (the one npm installs).]
    `);
    expect(() => readConfig({ BASE_PATH: '/my guide/' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: Invalid environment variable (fix or unset it):
        BASE_PATH: must be a URL path such as /guide/ (letters, digits, - _ . /).]
    `);
  });
});
