import { describe, expect, it } from 'vitest';
import { SpellingIndex, allowedTypos, correctedQueries, decodeWordList, editDistance, encodeWordList } from '../../../src/features/search/engine/search-spelling.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one typo each', () => {
    expect(editDistance('halucination', 'hallucination')).toBe(1);
    expect(editDistance('retreival', 'retrieval')).toBe(1);
    expect(editDistance('transfomer', 'transformer')).toBe(1);
    expect(editDistance('tunning', 'tuning')).toBe(1);
    expect(editDistance('cat', 'cat')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    expect(editDistance('short', 'a much longer word', 2)).toBe(3);
  });

  it('allows more typos in longer words, none in very short ones', () => {
    expect([2, 3, 7, 8].map(allowedTypos)).toEqual([0, 1, 1, 2]);
  });
});

describe('the vocabulary file', () => {
  it('shares prefixes between neighbouring words and keeps page counts (35 meaning 35 or more)', () => {
    const words = new Map([['hallucinate', 2], ['hallucination', 13], ['hallucinations', 40], ['retrieval', 1]]);
    const text = encodeWordList(words);
    expect(text).toBe('02hallucinate\nadion\ndzs\n01retrieval\n');
    expect(decodeWordList(text)).toEqual(new Map([['hallucinate', 2], ['hallucination', 13], ['hallucinations', 35], ['retrieval', 1]]));
  });
});

describe('suggestions from the vocabulary', () => {
  const index = new SpellingIndex(new Map(Object.entries({ hallucination: 4, hallucinations: 3, retrieval: 9, tuning: 3, running: 12, room: 2, row: 5, roc: 1, transformer: 6 })));

  it('knows indexed words and prefixes of them', () => {
    expect(index.has('retrieval')).toBe(true);
    expect(index.has('retreival')).toBe(false);
    expect(index.startsAWord('hallucinat')).toBe(true);
    expect(index.startsAWord('xyz')).toBe(false);
  });

  it('suggests the closest words, the more common first', () => {
    expect(index.suggestions('halucination')).toEqual(['hallucination', 'hallucinations']);
    expect(index.suggestions('rom')).toEqual(['row', 'room', 'roc']);
  });

  it('keeps the first letter: "tunning" is "tuning", not the more common "running"', () => {
    expect(index.suggestions('tunning')).toEqual(['tuning']);
  });

  it('rewrites a query once per suggestion, for the caller to try', () => {
    expect(correctedQueries(['chinese', 'rom'], new Set(['rom']), index)).toEqual([
      { query: 'chinese row', corrections: [{ from: 'rom', to: 'row' }] },
      { query: 'chinese room', corrections: [{ from: 'rom', to: 'room' }] },
      { query: 'chinese roc', corrections: [{ from: 'rom', to: 'roc' }] },
    ]);
    expect(correctedQueries(['xylophone'], new Set(['xylophone']), index)).toEqual([]);
  });
});
