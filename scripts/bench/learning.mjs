// Learning-loop figures for a built site: what the page quiz and the header's review count cost every
// concept page, what each learning page loads (page, scripts, question-bank files), and how long the
// pure logic takes on a large progress (FSRS replay, exam draw, mastery).
// Usage, after a build: node scripts/bench/learning.mjs [dist]   (plain figures; exit code 1 if the quiz is over budget)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assetPath as assetPathIn, gzipBytes, pageScripts as pageScriptsOf, scriptClosure } from '../lib/built-scripts.mjs';

const DIST = process.argv[2] ?? process.env.DIST ?? 'dist';
const QUIZ_BUDGET = 3 * 1024;
const gz = gzipBytes;
const assetPath = (url) => assetPathIn(DIST, url);

if (!existsSync(join(DIST, 'concepts/fine-tuning/index.html'))) {
  console.error(`No built site in ${DIST}/. Build it first (npm run build), then run this again.`);
  process.exit(1);
}

const pageScripts = (page) => pageScriptsOf(DIST, page);

const sum = (values) => [...values].reduce((total, n) => total + n, 0);
const name = (file) => file.split('/').pop();

// 1. The quiz on a concept page: its entry and every chunk it needs (the chunks are shared with other pages).
const concept = pageScripts('concepts/fine-tuning/index.html');
const home = pageScripts('index.html');
const quizEntry = [...concept.files.keys()].find((file) => /quiz-question/.test(readFileSync(file, 'utf8')) && /QuizQuestion|Quiz\.astro/.test(file));
const quizFiles = quizEntry ? [...scriptClosure(quizEntry)] : [];
const quizBytes = sum(quizFiles.map((file) => concept.files.get(file) ?? 0));
console.log('Page quiz on a concept page');
for (const file of quizFiles) console.log(`  ${name(file).padEnd(58)} ${concept.files.get(file)} B`);
console.log(`  total quiz JavaScript: ${quizBytes} B gzipped (budget ${QUIZ_BUDGET} B) ${quizBytes <= QUIZ_BUDGET ? 'within budget' : 'OVER BUDGET'}`);

// 2. The header's review count: on every page; the scheduler is fetched only for a learner with answers.
const dueEntry = [...home.files.keys()].find((file) => /DueCount/.test(file));
if (dueEntry) {
  const dueCode = readFileSync(dueEntry, 'utf8');
  const lazy = /import\(["'`]\.\/([^"'`]+)["'`]\)/.exec(dueCode)?.[1];
  const lazyFiles = lazy ? [...scriptClosure(join(dueEntry, '..', lazy))] : [];
  console.log('\nHeader review count');
  console.log(`  on every page: ${gz(dueCode)} B gzipped (${name(dueEntry)}; its only import, Vite's preload helper, is shared with search)`);
  console.log(`  fetched once answers exist: ${sum(lazyFiles.map((f) => gz(readFileSync(f, 'utf8'))))} B gzipped (${lazyFiles.map(name).join(', ')})`);
}

// 2b. The storage notice beside the quiz: its own entry (it imports nothing from the store), and the
// recovery code (download, clear) that loads only when a learner uses it.
const statusEntry = [...concept.files.keys()].find((file) => /StorageStatus/.test(file));
if (statusEntry) {
  const statusFiles = [...scriptClosure(statusEntry)].filter((file) => !quizFiles.includes(file) && !home.files.has(file));
  const lazy = [...readFileSync(statusEntry, 'utf8').matchAll(/import\(["'`]\.\/([^"'`]+)["'`]\)/g)].map((match) => match[1]);
  const recoveryFiles = [...new Set(lazy.flatMap((file) => [...scriptClosure(join(statusEntry, '..', file))]))].filter((file) => !concept.files.has(file));
  console.log('\nStorage notice on a concept page (beside the quiz, not part of it)');
  console.log(`  loaded with the page: ${sum(statusFiles.map((file) => concept.files.get(file) ?? 0))} B gzipped (${statusFiles.map(name).join(', ')}; chunks every page loads anyway not counted)`);
  console.log(`  loaded only with a notice (wording, download, clear): ${sum(recoveryFiles.map((f) => gz(readFileSync(f, 'utf8'))))} B gzipped (${recoveryFiles.map(name).join(', ')})`);
}

// 3. Each learning page: HTML, all its JavaScript, and the question-bank data it fetches.
const bankDir = join(DIST, 'question-bank');
const moduleFiles = existsSync(bankDir) ? readdirSync(bankDir).filter((f) => f !== 'index.json') : [];
const moduleSizes = moduleFiles.map((f) => gz(readFileSync(join(bankDir, f), 'utf8')));
const indexSize = existsSync(join(bankDir, 'index.json')) ? gz(readFileSync(join(bankDir, 'index.json'), 'utf8')) : 0;
const fullBank = existsSync(join(DIST, 'question-bank.json')) ? gz(readFileSync(join(DIST, 'question-bank.json'), 'utf8')) : 0;
console.log('\nLearning pages (gzipped)        HTML      JS (all, shared included)');
for (const [label, page] of [
  ['question page', 'questions/fine-tuning-role/index.html'],
  ['all questions', 'questions/index.html'],
  ['practice exam', 'practice/index.html'],
  ['review', 'review/index.html'],
  ['my progress', 'progress/index.html'],
]) {
  if (!existsSync(join(DIST, page))) continue;
  const weight = pageScripts(page);
  console.log(`  ${label.padEnd(30)} ${String(weight.html).padStart(6)} B  ${String(sum(weight.files.values()) + weight.inline).padStart(6)} B`);
}
console.log('\nQuestion bank data (gzipped), fetched by practice and review only');
console.log(`  index.json: ${indexSize} B; ${moduleFiles.length} module files: ${Math.min(...moduleSizes)}–${Math.max(...moduleSizes)} B, ${sum(moduleSizes)} B in all`);
console.log(`  whole bank in one file (question-bank.json, for other tools): ${fullBank} B`);

// 4. The pure logic on a large progress: every question answered five times.
const { buildDeck, dueCards } = await import('../../src/features/review/review-schedule.ts');
const { drawQuestions } = await import('../../src/features/exam/exam-draw.ts');
const bank = JSON.parse(readFileSync(join(DIST, 'question-bank.json'), 'utf8'));
const ids = bank.questions.map((q) => q.id);
const start = Date.parse('2026-01-01T00:00:00Z');
const attempts = Object.fromEntries(
  ids.map((id, i) => [id, Array.from({ length: 5 }, (_, n) => ({ at: new Date(start + (n * 9 + (i % 7)) * 86_400_000).toISOString(), choice: [0], correct: (i + n) % 3 !== 0, source: 'page' }))]),
);
const time = (run, times = 5) => {
  run();
  const began = performance.now();
  for (let i = 0; i < times; i += 1) run();
  return ((performance.now() - began) / times).toFixed(1);
};
console.log('\nPure logic (Node, mean of 5 runs)');
console.log(`  FSRS deck from ${ids.length * 5} attempts on ${ids.length} questions: ${time(() => dueCards(buildDeck(attempts), new Date('2026-03-01T00:00:00Z')))} ms`);
console.log(`  seeded draw of all ${ids.length} questions: ${time(() => drawQuestions(ids, 'bench', 'all'), 50)} ms`);

if (quizBytes > QUIZ_BUDGET) process.exitCode = 1;
