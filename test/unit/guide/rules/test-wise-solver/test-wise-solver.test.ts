import { describe, expect, it } from 'vitest';
import { predictLogistic, trainLogistic } from '../../../../../src/guide/rules/test-wise-solver/logistic-regression.ts';
import type { SurfaceQuestion } from '../../../../../src/guide/rules/test-wise-solver/surface-features.ts';
import { chanceOf, formatSolverSummary, formatSolverTable, formatSolverWeights, halfOf, runTestWiseSolver, solverWeights, trainSolver, type SolverReport } from '../../../../../src/guide/rules/test-wise-solver/test-wise-solver.ts';

/** Mulberry32: a tiny seeded generator, so the synthetic banks are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = 'tokens weights layers context retrieval embeddings gradient sampling prompts agents vectors training corpus labels features clusters reward policy memory latency'.split(' ');

const PLACES = 'lattice prism beacon quarry harbour meadow canyon glacier orchard summit'.split(' ');

/** A synthetic bank whose options are random phrases; `plant` may add a cue to right or wrong options. */
function syntheticBank(seed: number, plant?: { right?: string; wrong?: string; longerRight?: boolean; echo?: boolean }) {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const phrase = (words: number) => Array.from({ length: words }, () => pick(VOCABULARY)).join(' ');
  const text = (correct: boolean) => {
    const base = phrase(3 + Math.floor(rand() * 5) + (correct && plant?.longerRight ? 6 : 0));
    const cue = correct ? plant?.right : plant?.wrong;
    return cue ? `${base} ${cue}` : base;
  };
  const bank: SurfaceQuestion[] = [];
  for (let i = 0; i < 240; i++) {
    const answer = Math.floor(rand() * 4);
    const place = pick(PLACES);
    const option = (p: number) => text(p === answer) + (plant?.echo && p === answer ? ` near the ${place}` : '');
    bank.push({ id: `single-${i}`, kind: 'single', prompt: `About ${phrase(4)} near the ${place}?`, options: [0, 1, 2, 3].map((p) => ({ text: option(p), correct: p === answer, explanation: '' })) });
  }
  for (let i = 0; i < 120; i++) {
    const count = 1 + Math.floor(rand() * 3);
    const positions = [0, 1, 2, 3].sort(() => rand() - 0.5).slice(0, count);
    bank.push({ id: `multi-${i}`, kind: 'multiple', prompt: `About ${phrase(4)}?`, options: [0, 1, 2, 3].map((p) => ({ text: text(positions.includes(p)), correct: positions.includes(p), explanation: '' })) });
  }
  for (let i = 0; i < 120; i++) {
    const isTrue = rand() < 0.5;
    bank.push({ id: `tf-${i}`, kind: 'true-false', prompt: text(isTrue), options: [{ text: 'True', correct: isTrue, explanation: '' }, { text: 'False', correct: !isTrue, explanation: '' }] });
  }
  return bank;
}

const aboveChance = (report: SolverReport, kind?: 'single' | 'multiple' | 'true-false') => {
  const f = kind ? report.byKind[kind]! : report.overall;
  return f.accuracy - f.chance;
};

describe('test-wise solver', () => {
  it('splits the bank in two fixed halves by id', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `concept-${i}`);
    const inA = ids.filter((id) => halfOf(id) === 'A').length;
    expect(inA).toBeGreaterThan(450);
    expect(inA).toBeLessThan(550);
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
  });

  it('counts chance per kind: one in n, one of True/False, one of the 2^n − 2 multi-select answers', () => {
    const [single, multi, tf] = ['single-0', 'multi-0', 'tf-0'].map((id) => syntheticBank(1).find((q) => q.id === id)!);
    expect([chanceOf(single!), chanceOf(multi!), chanceOf(tf!)]).toEqual([0.25, 1 / 14, 0.5]);
  });

  it('logistic regression learns a one-feature rule', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [i % 2, (i * 7) % 5]);
    const model = trainLogistic(rows, rows.map((row) => row[0] === 1));
    expect(predictLogistic(model, [1, 2])).toBeGreaterThan(0.8);
    expect(predictLogistic(model, [0, 2])).toBeLessThan(0.2);
  });

  it('solves a bank with a planted cue far above chance: right options are longer', () => {
    const report = runTestWiseSolver(syntheticBank(2, { longerRight: true }));
    expect(aboveChance(report, 'single')).toBeGreaterThan(0.4);
    expect(aboveChance(report, 'true-false')).toBeGreaterThan(0.2);
    expect(aboveChance(report)).toBeGreaterThan(0.3);
  });

  it('solves a bank with a planted cue far above chance: wrong options say "always", right ones "usually"', () => {
    const report = runTestWiseSolver(syntheticBank(3, { right: 'usually', wrong: 'always' }));
    for (const kind of ['single', 'multiple', 'true-false'] as const) expect(aboveChance(report, kind)).toBeGreaterThan(0.45);
  });

  it('solves a bank with a planted cue far above chance: the right option repeats a word of the stem', () => {
    expect(aboveChance(runTestWiseSolver(syntheticBank(6, { echo: true })), 'single')).toBeGreaterThan(0.4);
  });

  it('names every learned weight per kind, strongest first, with the planted cue on top and the right sign', () => {
    const weights = solverWeights(trainSolver(syntheticBank(3, { right: 'usually', wrong: 'always' })));
    for (const kind of ['single', 'multiple'] as const) {
      const list = weights[kind]!;
      expect(list).toHaveLength(27);
      expect(list.map((w) => Math.abs(w.weight))).toEqual(list.map((w) => Math.abs(w.weight)).sort((a, b) => b - a));
      const strongest = list.slice(0, 4);
      expect(strongest.some((w) => w.feature.startsWith('hedging') && w.weight > 0)).toBe(true);
      expect(strongest.some((w) => w.feature.startsWith('absolute') && w.weight < 0)).toBe(true);
    }
    expect(weights['true-false']![0]!.feature).toMatch(/^(hedging|absolute) word$/);
  });

  it('scores about chance on a bank without cues', () => {
    const report = runTestWiseSolver(syntheticBank(4));
    expect(Math.abs(aboveChance(report))).toBeLessThan(0.05);
    for (const kind of ['single', 'multiple', 'true-false'] as const) expect(Math.abs(aboveChance(report, kind))).toBeLessThan(0.1);
  });

  it('is deterministic: the same bank gives the same figures', () => {
    const bank = syntheticBank(5, { right: 'often' });
    expect(runTestWiseSolver(bank)).toEqual(runTestWiseSolver(bank));
  });

  it('prints one summary line and a table', () => {
    const figures = (accuracy: number, chance: number, questions: number) => ({ questions, accuracy, chance, trainedOnA: accuracy + 0.01, trainedOnB: accuracy - 0.01 });
    const report: SolverReport = {
      byKind: { single: figures(0.35, 0.25, 200), 'true-false': figures(0.6, 0.5, 50) },
      overall: figures(0.4, 0.3, 250),
      cues: { single: ['shortest +0.40', 'absolute word −0.30'] },
      weights: { single: [{ feature: 'shortest', weight: 0.4 }, { feature: 'absolute word', weight: -0.3 }], 'true-false': [{ feature: 'negation', weight: -0.1 }] },
    };
    expect(formatSolverSummary(report)).toMatchInlineSnapshot(`"Test-wise solver (surface cues only; trained on half the bank, answering the other, both ways): 40.0% vs chance 30.0% (+10.0 points; target ≤ +3) — single 35.0% vs 25.0%, true-false 60.0% vs 50.0%."`);
    expect(formatSolverSummary({ ...report, overall: figures(0.4, 0.3, 39) })).toMatchInlineSnapshot(`"Test-wise solver: not measured (39 questions; it needs 40 to learn from one half and answer the other)."`);
    expect(formatSolverTable(report).join('\n')).toMatchInlineSnapshot(`
      "  Trained on one half of the bank (by id hash), answering the other: A→B and B→A, then both together.
        kind        questions       A→B       B→A      both    chance   above chance
        single            200     36.0%     34.0%     35.0%     25.0%   +10.0 points
        true-false         50     61.0%     59.0%     60.0%     50.0%   +10.0 points
        overall           250     41.0%     39.0%     40.0%     30.0%   +10.0 points
        target: overall at most +3 points above chance
        single answers lean on: shortest +0.40, absolute word −0.30"
    `);
    expect(formatSolverWeights(report).join('\n')).toMatchInlineSnapshot(`
      "  single weights (+ marks right):
          shortest +0.40
          absolute word −0.30
        true-false weights (+ marks right = True):
          negation −0.10"
    `);
  });
});
