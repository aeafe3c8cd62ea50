// `npm run check:content`: checks every content file in a second or two, without building the
// site, using the same content layout, frontmatter parser, schemas and rules as the build. Prints each
// problem with file, field, fix.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { config } from '../src/config.ts';
import { collectionFiles, collectionFolder } from '../src/guide/content-layout.ts';
import { formatProblem, partitionProblems, type ContentProblem } from '../src/guide/rules/content-problem.ts';
import type { ConceptEntry, ModuleEntry, QuestionSetEntry } from '../src/guide/model.ts';
import { formatSolverSummary, runTestWiseSolver } from '../src/guide/rules/test-wise-solver/test-wise-solver.ts';
import { checkGuide } from '../src/guide/rules/guide-rules.ts';
import { ConceptFrontmatterSchema } from '../src/guide/schemas/concept.ts';
import { ModuleSchema } from '../src/guide/schemas/module.ts';
import { QuestionSetSchema } from '../src/guide/schemas/question.ts';

const root = config.contentDir;
const problems: ContentProblem[] = [];
const modules: ModuleEntry[] = [];
const concepts: ConceptEntry[] = [];
const questionSets: QuestionSetEntry[] = [];

function parseWith<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown, file: string): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: issue.path.join('.') || '(file)', problem: issue.message, fix: 'correct the field as the message says (see content/README.md).' });
  }
  return undefined;
}

function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(YAML syntax)', problem: (error as Error).message.split('\n')[0] ?? 'cannot be parsed', fix: 'fix the YAML syntax (quote text that contains ": ").' });
    return undefined;
  }
}

/** Heading ids as GitHub (and Astro) make them, in document order. */
function headingIds(source: string): string[] {
  const slugger = new GithubSlugger();
  const withoutCode = source.replace(/```[\s\S]*?```/g, '');
  return [...withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) => slugger.slug(match[1]!.replace(/[*_`]/g, '')));
}

for (const name of collectionFiles('modules')) {
  const file = join(collectionFolder('modules'), name);
  const data = parseWith(ModuleSchema, readYaml(file), file);
  if (data) modules.push({ id: basename(name, '.yaml'), file, data });
}
for (const name of collectionFiles('concepts')) {
  const file = join(collectionFolder('concepts'), name);
  const source = readFileSync(file, 'utf8');
  if (extractFrontmatter(source) === undefined) {
    problems.push({ file, field: 'frontmatter', problem: 'the file does not start with a --- frontmatter block', fix: 'start the file with the frontmatter shown in content/README.md.' });
    continue;
  }
  // The parser the MDX integration uses, so a file that passes here parses the same in the build.
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source);
  } catch (error) {
    problems.push({ file, field: 'frontmatter (YAML syntax)', problem: (error as Error).message.split('\n')[0] ?? '', fix: 'fix the YAML syntax.' });
    continue;
  }
  const data = parseWith(ConceptFrontmatterSchema, parsed.frontmatter, file);
  if (data) concepts.push({ slug: basename(name, '.mdx'), folder: dirname(name), file, data, headingIds: headingIds(parsed.content) });
}
for (const name of collectionFiles('questions')) {
  const file = join(collectionFolder('questions'), name);
  const data = parseWith(QuestionSetSchema, readYaml(file), file);
  if (data) questionSets.push({ fileSlug: basename(name, '.yaml'), file, data });
}

problems.push(...checkGuide({ modules, concepts, questionSets }));
const questionCount = questionSets.reduce((sum, set) => sum + set.data.questions.length, 0);
const { failing, advisory } = partitionProblems(problems);
if (advisory.length > 0) {
  console.warn(advisory.map((problem) => `[advisory] ${formatProblem(problem)}`).join('\n\n'));
  console.warn(`\n! ${advisory.length} advisory problem(s): reported, not failing (their balance rules are switched off).\n`);
}
if (failing.length > 0) console.error(`${failing.map(formatProblem).join('\n\n')}\n`);
// The bank's give-away as one figure; a measure to read, not a rule (see `npm run bench` for the detail).
if (questionCount > 0) console.log(formatSolverSummary(runTestWiseSolver(questionSets.flatMap((set) => set.data.questions))));
if (failing.length > 0) {
  console.error(`✗ ${failing.length} problem(s) in ${root}/ (${modules.length} modules, ${concepts.length} concepts, ${questionCount} questions).`);
  process.exit(1);
}
console.log(`✓ ${root}/ is valid: ${modules.length} modules, ${concepts.length} concepts, ${questionCount} questions.`);
