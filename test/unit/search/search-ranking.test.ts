import { describe, expect, it } from 'vitest';
import {
  ALIAS_BOOST,
  KIND_WEIGHTS,
  OTHER_FORM_PENALTY,
  aliasFactor,
  blendRankings,
  coverageByWords,
  mergeRuns,
  otherFormFactor,
  rankByKind,
  rarity,
  withoutStragglers,
} from '../../../src/features/search/engine/search-ranking.ts';

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

describe('ranking by the words of a query', () => {
  it('counts a rare word for more than a common one', () => {
    expect(rarity(2, 400)).toBeGreaterThan(rarity(40, 400));
    expect(rarity(400, 400)).toBeGreaterThan(0);
  });

  it('lets the page of a rare word beat a page holding every word but the rare one only in passing', () => {
    const runs = [
      { word: 'lisa', rarity: 4, results: [{ id: 'lisa-page', score: 37 }, { id: 'framework-page', score: 1.5 }] },
      { word: 'framework', rarity: 2, results: [{ id: 'framework-page', score: 39 }] },
    ];
    const covered = coverageByWords(runs);
    expect(covered.get('framework-page')!.words).toEqual(['lisa', 'framework']);
    expect(covered.get('lisa-page')!.weakest).toBe(0);
    const ranked = blendRankings([{ result: { id: 'framework-page', score: 21 }, score: 21 }], covered);
    expect(ranked.map(({ result }) => result.id)).toEqual(['lisa-page', 'framework-page']);
  });

  it('falls back to the pages holding most of the words when none holds them all', () => {
    const runs = [
      { word: 'generator', rarity: 3, results: [{ id: 'gan', score: 10 }, { id: 'other', score: 2 }] },
      { word: 'fools', rarity: 5, results: [{ id: 'misc', score: 4 }] },
      { word: 'discriminator', rarity: 3, results: [{ id: 'gan', score: 9 }] },
    ];
    const ranked = blendRankings([], coverageByWords(runs));
    expect(ranked[0]!.result.id).toBe('gan');
    expect(ranked.map(({ result }) => result.id)).toContain('misc');
  });

  it('trims partial matches far below the best, keeping every page that holds all the words', () => {
    const ranked = [
      { result: { id: 'a', score: 1 }, score: 1, words: ['x'] },
      { result: { id: 'b', score: 1 }, score: 0.1, words: ['x', 'y'] },
      { result: { id: 'c', score: 1 }, score: 0.1, words: ['x'] },
    ];
    expect(withoutStragglers(ranked, [{ result: { id: 'b', score: 1 } }]).map(({ result }) => result.id)).toEqual(['a', 'b']);
  });

  it('lowers a page holding a word only in another form, by the share of the query that word carries', () => {
    const rarities = new Map([['accountability', 3], ['principle', 1]]);
    expect(otherFormFactor([], rarities)).toBe(1);
    expect(otherFormFactor(['accountability'], rarities)).toBeCloseTo(1 - OTHER_FORM_PENALTY * 0.75);
  });

  it('lifts a page whose alias the query names, in full more than in part', () => {
    const query = new Map([['instruction', 2], ['follow', 1], ['chatbots', 1]]);
    const full = aliasFactor([['instruction']], query);
    const part = aliasFactor([['instruction', 'tuning']], query);
    expect(full).toBeCloseTo(1 + ALIAS_BOOST * 0.5);
    expect(part).toBeCloseTo(1 + ALIAS_BOOST * 0.25);
    expect(aliasFactor([['unrelated']], query)).toBe(1);
  });
});
