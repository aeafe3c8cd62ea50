import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Real `astro build`s of a tiny fixture guide, each with one thing broken: the build must stop
// and say which file, which field and how to fix it.
const FIXTURE = 'test/build/fixtures/content';
const workDirs: string[] = [];

function buildWith(breakIt: (dir: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'guide-build-'));
  workDirs.push(work);
  const content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  breakIt(content);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
    encoding: 'utf8',
    env: { ...process.env, GUIDE_CONTENT_DIR: content, GUIDE_CACHE_DIR: join(work, 'cache'), GUIDE_SKIP_PDF: '1', GUIDE_SKIP_SEARCH: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(work, 'dist') };
}

const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('a malformed content file fails the build with file, field and fix', () => {
  it('the unbroken fixture builds (so the failures below come from the breakage), with GFM rendered', () => {
    const { status, output, dist } = buildWith(() => {});
    expect(output).toContain('expected pages built');
    expect(status).toBe(0);
    const html = readFileSync(join(dist, 'concepts/first-idea/index.html'), 'utf8');
    expect(html).toMatch(/<table>[\s\S]*<th class="align-left">Input<\/th>[\s\S]*<th class="align-center">Fixed\?<\/th>/);
    expect(html).toMatch(/<li class="task-list-item"><input type="checkbox" checked disabled[^>]*> stays the same/);
    expect(html).toContain('<del>random</del>');
    expect(html).toMatch(/<section data-footnotes[^>]*class="footnotes"/);
    expect(html).not.toMatch(/style="text-align/);
    // GUIDE_SKIP_PDF=1: the print-first book pages exist only to be printed, so none is built.
    expect(existsSync(join(dist, 'print'))).toBe(false);
  });

  it('bad frontmatter: a difficulty that does not exist', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'concepts/basics/first-idea.mdx'), 'difficulty: introductory', 'difficulty: easy'));
    expect(status).not.toBe(0);
    expect(output).toContain('first-idea.mdx');
    expect(output).toContain('difficulty: must be one of: introductory, intermediate, advanced');
  });

  it('an unknown module', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'concepts/basics/first-idea.mdx'), 'module: basics', 'module: basic'));
    expect(status).not.toBe(0);
    expect(output).toContain('first-idea.mdx › module: unknown module "basic"');
    expect(output).toContain('Fix: use one of "basics", or add content/modules/basic.yaml.');
  });

  it('a single-choice question with two correct options', () => {
    const { status, output } = buildWith((dir) =>
      edit(join(dir, 'questions/first-idea.yaml'), 'explanation: A fixture that changed', 'correct: true\n        explanation: A fixture that changed'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/questions/first-idea.yaml › question "first-idea-q0" › options: a single question must have exactly one correct option, found 2');
  });

  it('a stem that gives its answer away (a bank-balance rule)', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'questions/first-idea.yaml'), 'Which statement about fixture number 0 is true?', 'Why is fixture number 0 kept fixed?'));
    expect(status).not.toBe(0);
    expect(output).toContain('question "first-idea-q0" › prompt: the stem word "fixed" comes back only in the correct option (2), which points at the answer');
  });

  it('a <Quiz> that names an unknown question id', () => {
    const { status, output } = buildWith((dir) => edit(join(dir, 'concepts/basics/first-idea.mdx'), '<Quiz />', '<Quiz ids={["first-idea-q9"]} />'));
    expect(status).not.toBe(0);
    expect(output).toContain('<Quiz ids>: no question has the id "first-idea-q9"');
  });
});
