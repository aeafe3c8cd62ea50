// Build speed, in one run on this machine: a cold full build (PDFs printed, empty PDF cache), a warm
// rebuild (nothing changed: every PDF reused), the site without PDFs, and the content copied 1×, 4× and
// 12× (scale-content.mjs) built without PDFs, each with time per page, the search-index step and peak
// memory; beside each, Starlight building the same Markdown (../shared/bench/starlight/run.sh, when
// present). Absolute times on a shared machine are noisy: read the ratios, measured in the same run.
// Usage: node scripts/bench/build-speed.mjs   (BENCH_SCALES=1,4 to pick scales; BENCH_ROUNDS=N builds per 1× figure, default 3; STARLIGHT_RUN=… for the harness)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scaleContent } from './lib/scale-content.mjs';

const root = process.cwd();
const scales = (process.env.BENCH_SCALES || '1,4,12').split(',').map(Number);
// A single build of 400 pages varies by a second or more from run to run here (Starlight's too): the
// 1× figures are medians of this many builds each; the scaled builds (a minute each) run once.
const rounds = Number(process.env.BENCH_ROUNDS || 3);
// The harness sits in shared/ beside the main checkout (../shared) or beside the worktrees' folder (../../shared).
const starlightRun = resolve(process.env.STARLIGHT_RUN || ['../shared', '../../shared'].map((dir) => `${dir}/bench/starlight/run.sh`).find((path) => existsSync(path)) || '../shared/bench/starlight/run.sh');
const timer = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path));
const work = mkdtempSync(join(tmpdir(), 'guide-bench-'));

/**
 * Runs one build command to the end: wall seconds, its log, and peak memory (MB, the largest process,
 * when GNU time exists). Throws with the log's end when it fails.
 */
function timedBuild(label, command, { cwd, env }) {
  const rssFile = join(work, 'rss');
  const started = performance.now();
  const result = spawnSync(timer ?? command[0], timer ? ['-f', '%M', '-o', rssFile, ...command] : command.slice(1), {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${label}: the build failed\n${log.slice(-3000)}`);
  const peakMb = timer ? Number(spawnSync('tail', ['-1', rssFile], { encoding: 'utf8' }).stdout) / 1024 : undefined;
  return { seconds, log, peakMb };
}

/** Builds the site once; returns wall seconds, peak memory, pages written and the search-index seconds. */
function build(label, { contentDir = 'content', outDir, env = {} }) {
  // `npm run build`'s command (scripts/build.mjs: astro build with its memory settings).
  const { seconds, log, peakMb } = timedBuild(label, [process.execPath, 'scripts/build.mjs', '--outDir', outDir], {
    env: { NO_COLOR: '1', GUIDE_CONTENT_DIR: contentDir, GUIDE_CACHE_DIR: join(work, 'astro-cache'), ...env },
  });
  const pages = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  const search = Number(/indexed \d+ pages .* in ([\d.]+) s/.exec(log)?.[1] ?? NaN);
  const pdf = /\[genai-guide:pdf-books\] (\d+ PDFs \(.*)/.exec(log)?.[1];
  return { label, outDir, seconds, peakMb, pages, search, pdf };
}

/** The result of the median time among `results`. */
const medianOf = (results) => [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor((results.length - 1) / 2)];

/**
 * A Starlight project holding the same Markdown as `contentDir` (and a page per question, from
 * `questionBank`), made by the harness, or undefined without it. With 0 rounds the harness only
 * prepares the project (in $TMPDIR/starlight-baseline-run): the builds are timed here, alternating
 * with ours, so both see the same moments of this machine (its speed drifts within minutes).
 */
function prepareStarlight(contentDir, questionBank) {
  if (!existsSync(starlightRun)) return undefined;
  const project = join(work, 'starlight-source');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'dist'), { recursive: true });
  symlinkSync(resolve(contentDir), join(project, 'content'));
  cpSync(questionBank, join(project, 'dist', 'question-bank.json'));
  const result = spawnSync('bash', [starlightRun, project, '0'], { encoding: 'utf8', env: { ...process.env, TMPDIR: work, QUESTIONS: '1', PROJECT_BUILD: 'true' } });
  const pages = /pages=(\d+)/.exec(result.stdout)?.[1];
  if (result.status !== 0 || !pages) {
    console.log(`  (Starlight harness failed: ${(result.stderr || result.stdout).trim().split('\n').at(-1)})`);
    return undefined;
  }
  return { dir: join(work, 'starlight-baseline-run'), pages: Number(pages) };
}

/** One Starlight build of the prepared project: wall seconds and peak memory. */
function buildStarlight({ dir, pages }) {
  const { seconds, peakMb } = timedBuild("Starlight's build", ['npm', 'run', 'build'], { cwd: dir, env: {} });
  return { pages, seconds, peakMb };
}

/** The Starlight project for `contentDir`, made from the bank our build of it wrote; the harness keeps one project at a time. */
let prepared = { contentDir: undefined, project: undefined };
function starlightFor(contentDir, outDir) {
  if (prepared.contentDir !== contentDir) prepared = { contentDir, project: prepareStarlight(contentDir, join(outDir, 'question-bank.json')) };
  return prepared.project;
}

/** `count` rounds of our build (`ours(round)`) then Starlight's of the same content: the median of each. */
function alternate(count, contentDir, ours) {
  const mine = [];
  const theirs = [];
  for (let round = 0; round < count; round += 1) {
    const run = ours(round);
    mine.push(run);
    const project = starlightFor(contentDir, run.outDir);
    if (project) theirs.push(buildStarlight(project));
  }
  return { run: medianOf(mine), versus: theirs.length > 0 ? medianOf(theirs) : undefined };
}

const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
function row(run, versus) {
  const ratio = versus
    ? `${fmt(run.seconds / versus.seconds, 2)}× Starlight (${fmt(versus.seconds)} s, ${versus.pages} pages, peak ${fmt(versus.peakMb, 0)} MB)`
    : '';
  console.log(
    `${run.label.padEnd(30)} ${`${fmt(run.seconds)} s`.padStart(8)} ${String(run.pages).padStart(6)} pages ${`${fmt((run.seconds * 1000) / run.pages, 1)} ms/page`.padStart(14)}` +
      ` ${`search ${fmt(run.search, 2)} s`.padStart(15)} ${`peak ${fmt(run.peakMb, 0)} MB`.padStart(13)}  ${ratio}${run.pdf ? `\n${''.padEnd(31)}${run.pdf}` : ''}`,
  );
}

try {
  console.log(`Build speed (${timer ? 'peak memory: the largest process, from GNU time' : 'no GNU time here: peak memory not measured'}; Starlight: ${existsSync(starlightRun) ? starlightRun : 'harness not found'})`);
  console.log(`This guide and Starlight build in turn, so both meet the same moments of this machine; 1× rows: median of ${rounds} rounds, scaled rows: one`);
  const site = join(work, 'site');
  // Each cold build starts from an empty PDF cache; the warm ones rebuild over the last cold build.
  const pdfCache = (round) => join(work, `pdf-cache-${round}`);
  const cold = alternate(rounds, 'content', (round) => build('cold full build (PDFs)', { outDir: site, env: { GUIDE_PDF_CACHE_DIR: pdfCache(round) } }));
  row(cold.run, cold.versus);
  const warm = alternate(rounds, 'content', () => build('warm rebuild (no change)', { outDir: site, env: { GUIDE_PDF_CACHE_DIR: pdfCache(rounds - 1) } }));
  row(warm.run, warm.versus);
  for (const times of scales) {
    const contentDir = times === 1 ? 'content' : join(work, `content-x${times}`);
    if (times > 1) scaleContent('content', contentDir, times);
    const out = join(work, `site-x${times}`);
    const label = times === 1 ? 'site without PDFs' : `${times}× content, without PDFs`;
    const { run, versus } = alternate(times === 1 ? rounds : 1, contentDir, () => build(label, { contentDir, outDir: out, env: { GUIDE_SKIP_PDF: '1' } }));
    row(run, versus);
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  process.chdir(root);
}
