import { describe, expect, it } from 'vitest';
import { KIND_WEIGHTS, mergeRuns, rankByKind } from '../../../src/features/search/engine/search-ranking.ts';

describe('merging the runs of one query', () => {
  it('keeps each page once, with its best weighted score', () => {
    const merged = mergeRuns([
      { results: [{ id: 'a', score: 10 }, { id: 'b', score: 4 }], weight: 1 },
      { results: [{ id: 'b', score: 20 }, { id: 'c', score: 5 }], weight: 0.5 },
    ]);
    // b's best is 20 × 0.5 = 10, a tie with a, which was found first.
    expect(merged.map(({ result, score }) => [result.id, score])).toEqual([
      ['a', 10],
      ['b', 10],
      ['c', 2.5],
    ]);
  });

  it('keeps the order of the query as typed when scores tie', () => {
    const merged = mergeRuns([
      { results: [{ id: 'x', score: 3 }, { id: 'y', score: 3 }], weight: 1 },
      { results: [{ id: 'z', score: 3 }], weight: 1 },
    ]);
    expect(merged.map(({ result }) => result.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('ranking by kind of page', () => {
  it('lets a concept page that explains a term outrank an overview that mentions it', () => {
    const ranked = rankByKind([
      { id: 'module', kind: 'module', score: 10 },
      { id: 'concept', kind: 'concept', score: 8 },
      { id: 'glossary', kind: 'glossary', score: 9 },
      { id: 'unknown', kind: undefined, score: 1 },
    ]);
    expect(ranked.map((hit) => hit.id)).toEqual(['concept', 'module', 'glossary', 'unknown']);
  });

  it('weighs concepts fully and everything else less', () => {
    expect(KIND_WEIGHTS['concept']).toBe(1);
    for (const kind of ['module', 'glossary', 'question']) expect(KIND_WEIGHTS[kind]).toBeLessThan(1);
  });
});
