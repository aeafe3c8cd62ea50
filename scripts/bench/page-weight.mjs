// Page weight: what a learner downloads for each kind of page, gzipped (level 9), counting every
// script chunk a page imports. The quiz's own share and budget are in scripts/bench/learning.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath, gzipBytes, pageScripts } from '../lib/built-scripts.mjs';

const DIST = process.argv[2] ?? 'dist';
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function weigh(page) {
  const { html, files, inline } = pageScripts(DIST, page);
  const js = inline + [...files.values()].reduce((sum, bytes) => sum + bytes, 0);
  const source = readFileSync(join(DIST, page), 'utf8');
  const css = [...source.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gzipBytes(readFileSync(assetPath(DIST, m[1]), 'utf8')), 0);
  return { html, css, js };
}

const pages = {
  home: 'index.html',
  module: 'modules/generative-ai-fundamentals/index.html',
  concept: 'concepts/fine-tuning/index.html',
  question: 'questions/fine-tuning-role/index.html',
  glossary: 'glossary/index.html',
  search: 'search/index.html',
};
console.log('page        HTML       CSS        JS (gzipped, with imported chunks)');
for (const [kind, page] of Object.entries(pages)) {
  if (!existsSync(join(DIST, page))) continue;
  const w = weigh(page);
  console.log(`${kind.padEnd(11)} ${kb(w.html).padEnd(10)} ${kb(w.css).padEnd(10)} ${kb(w.js)}`);
}
