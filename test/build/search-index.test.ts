import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/features/search/search-index.ts';
import { decodeWordList } from '../../src/features/search/engine/search-spelling.ts';

// The search step of the build: which pages it indexes, what it writes, how it reports and fails.
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-search-'));
  workDirs.push(dir);
  return dir;
}

/** A logger that keeps its lines. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(`warn: ${line}`) } as unknown as AstroIntegrationLogger;
  return { lines, logger };
}

const page = (kind: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${kind}</title></head><body><header data-pagefind-ignore>Site</header>` +
  `<main data-page-kind="${kind}" data-pagefind-body>${body}</main></body></html>`;

function writePage(dir: string, path: string, html: string) {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, path, 'index.html'), html);
}

describe('buildSearchIndex', () => {
  it('indexes content pages only, writes the bundle and the vocabulary, and logs counts and time', async () => {
    const dist = workDir();
    writePage(dist, '', page('home', '<h1>Welcome</h1><p>Every concept title listed here.</p>'));
    writePage(dist, 'concepts/fine-tuning', page('concept', '<h1>Fine-tuning</h1><p>LoRA trains small adapters.</p>'));
    writePage(dist, 'modules/basics', page('module', '<h1>Basics</h1><p>An overview.</p>'));
    writePage(dist, 'glossary', page('glossary', '<h1>Glossary</h1><dl><dt>LoRA</dt><dd>Low-rank adaptation.</dd></dl>'));
    writePage(dist, 'search', page('search', '<h1>Search</h1>'));
    writeFileSync(join(dist, '404.html'), page('not-found', '<h1>Page not found</h1>'));
    const { lines, logger } = recordingLogger();

    await buildSearchIndex(dist, logger);

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^indexed 3 pages \(1 concept, 1 glossary, 1 module\) in \d+\.\d\d s$/);
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(3);
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'guide-vocabulary.txt']));
    // Pagefind's own UIs are not used by the guide and are not shipped.
    expect(files.filter((file) => /pagefind-(ui|component-ui|modular-ui|highlight)/.test(file))).toEqual([]);
    const words = decodeWordList(readFileSync(join(dist, 'pagefind', 'guide-vocabulary.txt'), 'utf8'));
    expect(words.get('lora')).toBe(2);
    expect(words.has('lowrank')).toBe(true); // "Low-rank", kept apart from "LoRA" by the space added after </dt>
    expect(words.has('welcome')).toBe(false); // the home page is not indexed
    expect(words.has('site')).toBe(false); // nor the header
  });

  it('fails with the cause when no page is searchable', async () => {
    const dist = workDir();
    writePage(dist, '', page('home', '<h1>Welcome</h1>'));
    const error = await buildSearchIndex(dist, recordingLogger().logger).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^The search index could not be built: No searchable page found in .+\n {2}To build without search: GUIDE_SKIP_SEARCH=1 npm run build$/);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});

describe('the search step in a real build', () => {
  function build(extraEnv: Record<string, string>) {
    const work = workDir();
    cpSync('test/build/fixtures/content', join(work, 'content'), { recursive: true });
    // Vitest puts Vite's own variables (BASE_URL, MODE …) in the environment; the build must not inherit them.
    const { BASE_URL, MODE, DEV, PROD, SSR, ...inherited } = process.env;
    const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
      encoding: 'utf8',
      env: { ...inherited, GUIDE_CONTENT_DIR: join(work, 'content'), GUIDE_CACHE_DIR: join(work, 'cache'), GUIDE_SKIP_PDF: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extraEnv },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(work, 'dist') };
  }

  it('runs after the pages are written, under a base path too, and logs what it indexed', () => {
    const { status, output, dist } = build({ BASE_PATH: '/guide/' });
    expect(status).toBe(0);
    expect(output).toMatch(/\[genai-guide:search-index\] indexed \d+ pages \(.*concept.*\) in \d+\.\d\d s/);
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    // The dialog in every page loads the bundle from under the base path.
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home.match(/<search-dialog[^>]*>/)?.[0]).toBe('<search-dialog data-base="/guide/">');
  });

  it('GUIDE_SKIP_SEARCH=1 skips it and says so', () => {
    const { status, output, dist } = build({ GUIDE_SKIP_SEARCH: '1' });
    expect(status).toBe(0);
    expect(output).toContain('GUIDE_SKIP_SEARCH=1: search index not built');
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  });
});
