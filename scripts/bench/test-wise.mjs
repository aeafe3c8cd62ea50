// How much the question bank gives away to a test-wise learner: a solver that sees only the surface of
// each question (lengths, positions, wording, overlaps) learns on one half of the bank and answers the
// other. Reads the authored bank (content/questions), so it needs no build.
// Usage: node scripts/bench/test-wise.mjs [content-dir] [--weights]   (--weights lists every learned weight per kind)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describeBankBalance } from '../../src/guide/rules/bank-balance-figures.ts';
import { formatSolverTable, formatSolverWeights, runTestWiseSolver } from '../../src/guide/rules/test-wise-solver/test-wise-solver.ts';
import { QuestionSetSchema } from '../../src/guide/schemas/question.ts';

const args = process.argv.slice(2);
const root = args.find((arg) => !arg.startsWith('--')) ?? process.env.GUIDE_CONTENT_DIR ?? 'content';
const folder = join(root, 'questions');
const questions = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .flatMap((name) => QuestionSetSchema.parse(parse(readFileSync(join(folder, name), 'utf8'))).questions);

const started = performance.now();
const report = runTestWiseSolver(questions);
console.log(`Test-wise solver on ${questions.length} questions (${Math.round(performance.now() - started)} ms)`);
console.log(formatSolverTable(report).join('\n'));
if (args.includes('--weights')) console.log(formatSolverWeights(report).join('\n'));
console.log('\nBank balance (limits in parentheses; rules in src/guide/rules/)');
console.log(describeBankBalance(questions).map((line) => `  ${line}`).join('\n'));
