// A test-wise learner, built to measure how much the bank gives away: it learns surface cues on one half
// of the bank (by question-id hash), answers the other half, then the other way round. Its accuracy
// above chance is what a learner could score without knowing the subject.
import type { QuestionKind } from '../../schemas/question.ts';
import { predictLogistic, trainLogistic, type LogisticModel } from './logistic-regression.ts';
import { OPTION_FEATURES, optionFeatures as measureOptions, STATEMENT_FEATURES, statementFeatures as measureStatement, type SurfaceQuestion } from './surface-features.ts';

export type Half = 'A' | 'B';

/** Measures each question once: the solver trains three times and answers twice over the same bank. */
function remembered<T>(measure: (question: SurfaceQuestion) => T): (question: SurfaceQuestion) => T {
  const cache = new WeakMap<SurfaceQuestion, T>();
  return (question) => {
    if (!cache.has(question)) cache.set(question, measure(question));
    return cache.get(question)!;
  };
}
const optionFeatures = remembered(measureOptions);
const statementFeatures = remembered(measureStatement);
const KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true-false'];

/** The half of the bank a question falls in: a fixed hash (FNV-1a) of its id, so the split never drifts. */
export function halfOf(id: string): Half {
  let hash = 0x811c9dc5;
  for (const char of id) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'A' : 'B';
}

/**
 * The chance of answering exactly right by guessing: one option in n; one of True/False; for
 * multi-select, one of the 2^n − 2 answers that tick at least one option and not all.
 */
export function chanceOf(question: SurfaceQuestion): number {
  const n = question.options.length;
  if (question.kind === 'multiple') return 1 / Math.max(2 ** n - 2, 1);
  return 1 / Math.max(n, 1);
}

/** What the solver learnt from its training half. */
interface TestWiseSolver {
  single?: LogisticModel;
  multiple?: { model: LogisticModel; threshold: number };
  trueFalse?: LogisticModel;
}

const optionRows = (questions: readonly SurfaceQuestion[]) => questions.flatMap((q) => optionFeatures(q));
const optionLabels = (questions: readonly SurfaceQuestion[]) => questions.flatMap((q) => q.options.map((o) => o.correct));
const isTrue = (q: SurfaceQuestion) => q.options.find((o) => o.text === 'True')?.correct === true;

/** The options a multi-select answer ticks: those scoring at least `threshold`, but never none and never all. */
function tick(scores: readonly number[], threshold: number): number[] {
  const order = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  const count = Math.min(Math.max(scores.filter((s) => s >= threshold).length, 1), Math.max(scores.length - 1, 1));
  return order.slice(0, count).map((o) => o.i).sort((a, b) => a - b);
}

/** Whether the chosen options are exactly the correct ones. */
function isExactlyRight(question: SurfaceQuestion, chosen: readonly number[]): boolean {
  return question.options.every((option, i) => option.correct === chosen.includes(i));
}

/** Learns one model per kind from surface features; for multi-select also the score threshold to tick at. */
export function trainSolver(questions: readonly SurfaceQuestion[]): TestWiseSolver {
  const of = (kind: QuestionKind) => questions.filter((q) => q.kind === kind);
  const solver: TestWiseSolver = {};
  const singles = of('single');
  if (singles.length > 0) solver.single = trainLogistic(optionRows(singles), optionLabels(singles));
  const statements = of('true-false');
  if (statements.length > 0) solver.trueFalse = trainLogistic(statements.map(statementFeatures), statements.map(isTrue));
  const multis = of('multiple');
  if (multis.length > 0) {
    const model = trainLogistic(optionRows(multis), optionLabels(multis));
    const scored = multis.map((q) => ({ q, scores: optionFeatures(q).map((row) => predictLogistic(model, row)) }));
    // The threshold that answers the most training questions exactly right (the lowest, on a tie).
    const candidates = [...new Set(scored.flatMap((s) => s.scores))].sort((a, b) => a - b);
    let threshold = 0.5;
    let best = -1;
    for (const candidate of candidates) {
      const right = scored.filter(({ q, scores }) => isExactlyRight(q, tick(scores, candidate))).length;
      if (right > best) [best, threshold] = [right, candidate];
    }
    solver.multiple = { model, threshold };
  }
  return solver;
}

/** The options the solver picks (0-based), from the question's surface alone. */
function answerQuestion(solver: TestWiseSolver, question: SurfaceQuestion): number[] {
  if (question.kind === 'true-false') {
    const saysTrue = solver.trueFalse ? predictLogistic(solver.trueFalse, statementFeatures(question)) >= 0.5 : true;
    return [question.options.findIndex((o) => o.text === (saysTrue ? 'True' : 'False'))];
  }
  const model = question.kind === 'single' ? solver.single : solver.multiple?.model;
  const scores = optionFeatures(question).map((row) => (model ? predictLogistic(model, row) : 0));
  if (question.kind === 'multiple') return tick(scores, solver.multiple?.threshold ?? 0.5);
  return [scores.indexOf(Math.max(...scores))];
}

/** Accuracy against chance for one kind (or overall), each question answered by the model trained on the other half. */
interface SolverFigures {
  questions: number;
  /** Share answered exactly right, over both splits. */
  accuracy: number;
  chance: number;
  /** Accuracy on half B of a model trained on A, and on A of one trained on B. */
  trainedOnA: number;
  trainedOnB: number;
}

export interface SolverReport {
  byKind: Partial<Record<QuestionKind, SolverFigures>>;
  overall: SolverFigures;
  /** The cues each kind's model (trained on the whole bank) leans on most, strongest first, with sign. */
  cues: Partial<Record<QuestionKind, string[]>>;
  /** Every weight of each kind's model trained on the whole bank, strongest first (see solverWeights). */
  weights: Partial<Record<QuestionKind, NamedWeight[]>>;
}

/** Trains on each half, answers the other, and sums up accuracy beside chance per kind and overall. */
export function runTestWiseSolver(questions: readonly SurfaceQuestion[]): SolverReport {
  const answered = (['A', 'B'] as const).flatMap((trainHalf) => {
    const solver = trainSolver(questions.filter((q) => halfOf(q.id) === trainHalf));
    return questions
      .filter((q) => halfOf(q.id) !== trainHalf)
      .map((q) => ({ q, trainHalf, right: isExactlyRight(q, answerQuestion(solver, q)) }));
  });
  const figures = (list: typeof answered): SolverFigures => {
    const share = (part: typeof answered) => part.filter((a) => a.right).length / Math.max(part.length, 1);
    return {
      questions: list.length,
      accuracy: share(list),
      chance: list.reduce((sum, a) => sum + chanceOf(a.q), 0) / Math.max(list.length, 1),
      trainedOnA: share(list.filter((a) => a.trainHalf === 'A')),
      trainedOnB: share(list.filter((a) => a.trainHalf === 'B')),
    };
  };
  const byKind: SolverReport['byKind'] = {};
  for (const kind of KINDS) {
    const list = answered.filter((a) => a.q.kind === kind);
    if (list.length > 0) byKind[kind] = figures(list);
  }
  const weights = solverWeights(trainSolver(questions));
  const cues: SolverReport['cues'] = {};
  for (const kind of KINDS) {
    const list = weights[kind];
    if (list) cues[kind] = list.slice(0, 3).map(formatWeight);
  }
  return { byKind, overall: figures(answered), cues, weights };
}

/**
 * One learned weight, on standardised feature values: positive means the feature marks right options
 * (for true-false, a True statement), negative wrong ones (False); the larger, the more it gives away.
 */
export interface NamedWeight {
  feature: string;
  weight: number;
}

/** Every weight of each kind's model, named by its feature and sorted strongest first. */
export function solverWeights(solver: TestWiseSolver): Partial<Record<QuestionKind, NamedWeight[]>> {
  const named = (model: LogisticModel, names: readonly string[]) =>
    names.map((feature, j) => ({ feature, weight: model.weights[j]! })).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const weights: Partial<Record<QuestionKind, NamedWeight[]>> = {};
  if (solver.single) weights.single = named(solver.single, OPTION_FEATURES);
  if (solver.multiple) weights.multiple = named(solver.multiple.model, OPTION_FEATURES);
  if (solver.trueFalse) weights['true-false'] = named(solver.trueFalse, STATEMENT_FEATURES);
  return weights;
}

const formatWeight = ({ feature, weight }: NamedWeight) => `${feature} ${weight >= 0 ? '+' : '−'}${Math.abs(weight).toFixed(2)}`;

/** Every learned weight per kind, for `node scripts/bench/test-wise.mjs --weights`. */
export function formatSolverWeights(report: SolverReport): string[] {
  return KINDS.flatMap((kind) => {
    const list = report.weights[kind];
    return list ? [`  ${kind} weights (+ marks right${kind === 'true-false' ? ' = True' : ''}):`, ...list.map((w) => `    ${formatWeight(w)}`)] : [];
  });
}

/** Most the solver may score above chance, overall, for a fair bank (share points). */
const MAX_SOLVER_EDGE = 0.03;

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const edge = (f: SolverFigures) => `${f.accuracy >= f.chance ? '+' : '−'}${(Math.abs(f.accuracy - f.chance) * 100).toFixed(1)} points`;

/** Below this many questions a half holds too few to learn from, and the figure means nothing. */
const MIN_QUESTIONS_FOR_SOLVER = 40;

/** One line for `npm run check:content`. */
export function formatSolverSummary(report: SolverReport): string {
  if (report.overall.questions < MIN_QUESTIONS_FOR_SOLVER) {
    return `Test-wise solver: not measured (${report.overall.questions} questions; it needs ${MIN_QUESTIONS_FOR_SOLVER} to learn from one half and answer the other).`;
  }
  const kinds = KINDS.flatMap((kind) => {
    const f = report.byKind[kind];
    return f ? [`${kind} ${pct(f.accuracy)} vs ${pct(f.chance)}`] : [];
  });
  const { overall } = report;
  return `Test-wise solver (surface cues only; trained on half the bank, answering the other, both ways): ${pct(overall.accuracy)} vs chance ${pct(overall.chance)} (${edge(overall)}; target ≤ +${MAX_SOLVER_EDGE * 100}) — ${kinds.join(', ')}.`;
}

/** A small table for `npm run bench`: each kind and overall, both splits, chance, and the cues leant on. */
export function formatSolverTable(report: SolverReport): string[] {
  const cells = (label: string, values: readonly string[]) => `  ${label.padEnd(11)}${values.map((v) => v.padStart(10)).join('')}`;
  const row = (label: string, f: SolverFigures) =>
    `${cells(label, [String(f.questions), pct(f.trainedOnA), pct(f.trainedOnB), pct(f.accuracy), pct(f.chance)])}   ${edge(f)}`;
  const lines = [
    '  Trained on one half of the bank (by id hash), answering the other: A→B and B→A, then both together.',
    `${cells('kind', ['questions', 'A→B', 'B→A', 'both', 'chance'])}   above chance`,
  ];
  for (const kind of KINDS) {
    const f = report.byKind[kind];
    if (f) lines.push(row(kind, f));
  }
  lines.push(row('overall', report.overall), `  target: overall at most +${MAX_SOLVER_EDGE * 100} points above chance`);
  for (const kind of KINDS) {
    const cues = report.cues[kind];
    if (cues?.length) lines.push(`  ${kind} answers lean on: ${cues.join(', ')}`);
  }
  return lines;
}
