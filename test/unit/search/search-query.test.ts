import { describe, expect, it } from 'vitest';
import { contentWords, hasForm, wordBase } from '../../../src/features/search/engine/search-query.ts';
import { weighEvidence } from '../../../src/features/search/engine/search-evidence.ts';

describe('the words of a query that have to match', () => {
  it('drops question words, articles and auxiliaries', () => {
    expect(contentWords(['is', 'my', 'company', 'data', 'used', 'to', 'train', 'copilot'])).toEqual(['company', 'data', 'used', 'train', 'copilot']);
    expect(contentWords(['what', 'are', 'ai', 'agents'])).toEqual(['ai', 'agents']);
    expect(contentWords(['supervised', 'vs', 'unsupervised', 'learning'])).toEqual(['supervised', 'unsupervised', 'learning']);
  });

  it('keeps the words that say what the learner wants, and a query of stop words whole', () => {
    expect(contentWords(['how', 'to', 'stop', 'ai', 'being', 'biased'])).toEqual(['stop', 'ai', 'biased']);
    expect(contentWords(['what', 'is', 'it'])).toEqual(['what', 'is', 'it']);
  });
});

describe('word forms', () => {
  it('reduces plurals and tenses, never a word to a different concept', () => {
    expect(wordBase('agents')).toBe('agent');
    expect(wordBase('biased')).toBe('bias');
    expect(wordBase('boosting')).toBe('boost');
    expect(wordBase('accountability')).toBe('accountability');
    expect(wordBase('bias')).toBe('bias');
    expect(wordBase('gans')).toBe('gan');
  });

  it('tells accountability from account and agent from agency', () => {
    expect(hasForm(new Set(['account', 'accounts', 'work']), 'accountability')).toBe(false);
    expect(hasForm(new Set(['accountability', 'fairness']), 'accountability')).toBe(true);
    expect(hasForm(new Set(['agency']), 'agents')).toBe(false);
    expect(hasForm(new Set(['agentic']), 'agent')).toBe(true);
  });
});

describe('what a page says about the query', () => {
  const rarities = new Map([['accountability', 3]]);
  it('drops a page found only through another form of a word other pages hold', () => {
    const evidence = { foundBy: ['accountability'], pageWords: new Set(['account', 'work']), aliases: [], rarities, isIndexed: () => true };
    expect(weighEvidence(evidence).drop).toBe(true);
    // A word no page holds as typed (a prefix still being typed) drops nothing.
    expect(weighEvidence({ ...evidence, isIndexed: () => false }).drop).toBe(false);
  });

  it('lifts a page whose alias the query names', () => {
    const lisa = weighEvidence({
      foundBy: ['lisa'],
      pageWords: new Set(['lisa', 'trust']),
      aliases: [['lisa'], ['customer', 'trust']],
      rarities: new Map([['lisa', 2], ['framework', 2]]),
      isIndexed: () => true,
    });
    expect(lisa).toEqual({ drop: false, factor: 1.5 });
  });
});
