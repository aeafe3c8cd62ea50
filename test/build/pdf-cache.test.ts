import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PDF_DIR, PDF_MANIFEST, type PdfManifest } from '../../src/features/books/book-files.ts';
import { scaleContent } from '../../scripts/bench/lib/scale-content.mjs';

// Real builds with PDFs of a two-module fixture guide (the fixture and a renamed copy of it), sharing
// one PDF cache: the first prints every book, an unchanged rebuild prints none, and a changed concept
// re-prints its module's book and the whole guide while the other module's book is reused.
const work = mkdtempSync(join(tmpdir(), 'guide-pdf-cache-'));
const content = join(work, 'content');
const dist = join(work, 'dist');
scaleContent('test/build/fixtures/content', content, 2);

function build() {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    encoding: 'utf8',
    env: { ...process.env, GUIDE_CONTENT_DIR: content, GUIDE_CACHE_DIR: join(work, 'cache'), GUIDE_SKIP_SEARCH: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  const manifest = JSON.parse(readFileSync(join(dist, PDF_DIR, PDF_MANIFEST), 'utf8')) as PdfManifest;
  const reused = Object.fromEntries(manifest.books.map((book) => [book.file, book.reused === true]));
  const passes = Object.fromEntries(manifest.books.map((book) => [book.file, book.passes]));
  // Read now: the next build overwrites these files.
  const pdfs = new Map(manifest.books.map((book) => [book.file, readFileSync(join(dist, PDF_DIR, book.file))]));
  const pdf = (file: string) => pdfs.get(file)!;
  return { output, reused, passes, pdf };
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('PDF books are printed only when what they are printed from changed', () => {
  let first: ReturnType<typeof build>;

  it('a first build prints every book', () => {
    first = build();
    expect(first.reused).toEqual({ 'genai-study-guide.pdf': false, 'basics.pdf': false, 'basics-x2.pdf': false });
    expect(first.output).toContain('3 PDFs (3 printed, 0 reused)');
    // A measuring render (targets painted, the rest laid out but hidden), then the final one: the
    // numbers measured held, so the hidden render laid the book out exactly as the final one.
    expect(first.passes).toEqual({ 'genai-study-guide.pdf': 2, 'basics.pdf': 2, 'basics-x2.pdf': 2 });
  });

  it('a rebuild with no change prints none and says which books it reused', () => {
    const again = build();
    expect(again.reused).toEqual({ 'genai-study-guide.pdf': true, 'basics.pdf': true, 'basics-x2.pdf': true });
    expect(again.output).toContain('reused 3 PDFs (unchanged)');
    expect(again.output).toMatch(/genai-study-guide\.pdf, basics\.pdf, basics-x2\.pdf/);
    expect(again.output).not.toContain('printing');
    expect(again.pdf('genai-study-guide.pdf').equals(first.pdf('genai-study-guide.pdf'))).toBe(true);
  });

  it('a changed concept re-prints its module book and the whole guide; the other module book is reused', () => {
    appendFileSync(join(content, 'concepts/basics/first-idea.mdx'), '\nA sentence added after the first build.\n');
    const changed = build();
    expect(changed.reused).toEqual({ 'genai-study-guide.pdf': false, 'basics.pdf': false, 'basics-x2.pdf': true });
    expect(changed.output).toContain('printing 2 PDFs (changed: genai-study-guide.pdf, basics.pdf)');
    expect(changed.output).toContain('reused 1 PDF (unchanged) from');
    expect(changed.pdf('basics.pdf').equals(first.pdf('basics.pdf'))).toBe(false);
    expect(changed.pdf('basics-x2.pdf').equals(first.pdf('basics-x2.pdf'))).toBe(true);
  });
});
