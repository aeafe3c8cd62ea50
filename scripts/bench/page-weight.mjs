// Page weight: bytes a learner downloads for each kind of page, gzipped, and how much of a concept
// page's JavaScript is the quiz (budget: 3 KB gzipped for all quiz code on a page).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DIST = process.argv[2] ?? 'dist';
const QUIZ_BUDGET = 3 * 1024;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scripts and stylesheets a built page loads, with their gzipped sizes. */
function weigh(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const scripts = [];
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(match[1])?.[1];
    const code = src ? readFileSync(join(DIST, src.replace(/^\/(guide\/)?/, '')), 'utf8') : match[2];
    scripts.push({ code, bytes: gz(code) });
  }
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, m) => sum + gz(readFileSync(join(DIST, m[1].replace(/^\//, '')), 'utf8')), 0);
  return { html: gz(html), css, js: scripts.reduce((sum, s) => sum + s.bytes, 0), scripts };
}

const pages = { home: 'index.html', module: 'modules/generative-ai-fundamentals/index.html', concept: 'concepts/fine-tuning/index.html', glossary: 'glossary/index.html' };
console.log('page        HTML       CSS        JS (all gzipped)');
for (const [kind, page] of Object.entries(pages)) {
  if (!existsSync(join(DIST, page))) continue;
  const w = weigh(page);
  console.log(`${kind.padEnd(11)} ${kb(w.html).padEnd(10)} ${kb(w.css).padEnd(10)} ${kb(w.js)}`);
}
const concept = weigh(pages.concept);
const quiz = concept.scripts.filter((s) => /quiz-question|quiz-score/.test(s.code)).reduce((sum, s) => sum + s.bytes, 0);
console.log(`\nquiz JavaScript on a concept page: ${quiz} bytes gzipped (budget ${QUIZ_BUDGET}) ${quiz <= QUIZ_BUDGET ? 'within budget' : 'OVER BUDGET'}`);
console.log(`all JavaScript on a concept page:  ${concept.js} bytes gzipped`);
