import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEVER_LISTED, describePrecache, shouldPrecache } from '../../../src/features/offline/precache-plan.ts';

/** Built files the learner needs offline. */
const kept = [
  'index.html',
  'concepts/fine-tuning/index.html',
  'modules/generative-ai-fundamentals/index.html',
  'glossary/index.html',
  'questions/index.html',
  'search/index.html',
  'practice/index.html',
  'review/index.html',
  'progress/index.html',
  'offline/index.html',
  '_astro/BaseLayout.KmsrQBYy.css',
  '_astro/QuizQuestion.astro_astro_type_script_index_0_lang.0oXq4i16.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/fragment/en_1a2b3c.pf_fragment',
  'pagefind/index/en_4d5e6f.pf_index',
  'pagefind/guide-vocabulary.txt',
  'question-bank/index.json',
  'question-bank/generative-ai-fundamentals.json',
  'manifest.webmanifest',
  'icons/icon-192.png',
  'favicon.svg',
];
/** Built files the precache does without. */
const left = [
  'questions/fine-tuning-role/index.html',
  'pdf/genai-study-guide.pdf',
  'pdf/generative-ai-fundamentals.pdf',
  'print/guide/index.html',
  'print/running-heads.css',
  'question-bank.json',
  '404.html',
  'sitemap-index.xml',
  'sitemap-0.xml',
  '_headers',
  'sw.js',
  '_astro/page.abc.js.map',
];

describe('shouldPrecache', () => {
  it('keeps every page a learner studies with, the assets and the whole search bundle', () => {
    expect(kept.filter((path) => !shouldPrecache(path))).toEqual([]);
  });

  it('leaves out question pages, PDFs, print pages, the whole-bank file, the 404 page, sitemaps and itself', () => {
    expect(left.filter((path) => shouldPrecache(path))).toEqual([]);
  });
});

describe('NEVER_LISTED', () => {
  it('names, for the build to skip unread, only files the plan leaves out: question pages, PDFs, print pages and the whole bank', () => {
    const matched = (paths: string[]) => paths.filter((path) => NEVER_LISTED.some((glob) => matchesGlob(path, glob)));
    expect(matched(kept)).toEqual([]);
    expect(matched(left)).toEqual(left.slice(0, 6));
  });
});

describe('describePrecache', () => {
  it('gives the count and the size in megabytes', () => {
    expect(describePrecache({ count: 551, size: 6_606_028 })).toBe('551 files, 6.3 MB');
  });
});
