import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, SERVICE_WORKER_FILE } from '../../src/features/offline/offline-names.ts';

// GUIDE_OFFLINE=0 in a real build (of the small fixture content): no service worker, no manifest, and
// no page registers one. The offline app itself is tested in the browser (e2e/offline*.spec.ts).
const work = mkdtempSync(join(tmpdir(), 'guide-offline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`, relative. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' });

describe('GUIDE_OFFLINE=0', () => {
  it('builds the site with no service worker, no web app manifest and no registration script', () => {
    cpSync('test/build/fixtures/content', join(work, 'content'), { recursive: true });
    const dist = join(work, 'dist');
    // Vitest puts Vite's own variables (BASE_URL, MODE …) in the environment; the build must not inherit them.
    const { BASE_URL, MODE, DEV, PROD, SSR, ...inherited } = process.env;
    const result = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
      encoding: 'utf8',
      env: { ...inherited, GUIDE_OFFLINE: '0', GUIDE_CONTENT_DIR: join(work, 'content'), GUIDE_CACHE_DIR: join(work, 'cache'), GUIDE_SKIP_PDF: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('GUIDE_OFFLINE=0: no service worker or web app manifest');

    const files = filesUnder(dist);
    expect(files).not.toContain(SERVICE_WORKER_FILE);
    expect(files).not.toContain(MANIFEST_FILE);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
    // No page, nor any script a page loads, registers a service worker or links a manifest.
    const pages = files.filter((file) => file.endsWith('.html')).map((file) => readFileSync(join(dist, file), 'utf8'));
    const scripts = new Set(pages.flatMap((html) => [...html.matchAll(/<script[^>]* src="\/([^"]+)"/g)].map((match) => match[1]!)));
    const code = [...pages, ...[...scripts].map((file) => readFileSync(join(dist, file), 'utf8'))];
    expect(scripts.size).toBeGreaterThan(0);
    expect(code.filter((text) => /update-notice|serviceWorker\.register|rel="manifest"/.test(text))).toEqual([]);
  });
});
