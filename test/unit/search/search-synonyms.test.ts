import { describe, expect, it } from 'vitest';
import { SYNONYM_GROUPS, otherSpelling, queryVariants, senseHints, wordAlternatives } from '../../../src/features/search/engine/search-synonyms.ts';
import { normaliseQuery } from '../../../src/features/search/engine/search-text.ts';

describe('query rewrites', () => {
  it('swaps an acronym for its expansion, and back', () => {
    expect(queryVariants('RAG')).toEqual([{ query: 'retrieval augmented generation', reason: 'synonym' }]);
    expect(queryVariants('retrieval-augmented generation')).toEqual([]); // Pagefind reads the hyphen away: not the listed phrase
    expect(queryVariants('retrieval augmented generation')).toEqual([{ query: 'rag', reason: 'synonym' }]);
  });

  it('rewrites the matched phrase inside a longer query', () => {
    expect(queryVariants('how does a VAE work', 1)).toEqual([{ query: 'how does a variational autoencoder work', reason: 'synonym' }]);
  });

  it('prefers the longest phrase', () => {
    expect(queryVariants('reinforcement learning from human feedback')[0]).toEqual({ query: 'rlhf', reason: 'synonym' });
  });

  it('knows the spellings of "fine-tune"', () => {
    expect(queryVariants('fine tune').map((v) => v.query)).toEqual(['finetune', 'finetuning', 'fine tuning']);
  });

  it('adds the British or American spelling', () => {
    expect(queryVariants('regularization')).toEqual([{ query: 'regularisation', reason: 'spelling' }]);
    expect(queryVariants('behaviour modelling')).toEqual([{ query: 'behavior modeling', reason: 'spelling' }]);
  });

  it('returns nothing for a query it cannot improve', () => {
    expect(queryVariants('temperature')).toEqual([]);
    expect(queryVariants('')).toEqual([]);
  });

  it('spells words both ways without mangling short ones', () => {
    expect(['optimise', 'optimization', 'analyse', 'colour', 'labelled', 'defence', 'size', 'rise'].map(otherSpelling)).toEqual([
      'optimize', 'optimisation', 'analyze', 'color', 'labeled', 'defense', 'size', 'rise',
    ]);
  });

  it('lists every phrase in the form Pagefind searches, once', () => {
    const phrases = SYNONYM_GROUPS.flat();
    expect(phrases.filter((phrase) => normaliseQuery(phrase) !== phrase)).toEqual([]);
    expect(phrases.filter((phrase, i) => phrases.indexOf(phrase) !== i)).toEqual([]);
  });
});

describe('two-meaning words', () => {
  it('reads "bias" as unfairness or as statistics by the other words of the query', () => {
    expect(senseHints(['how', 'to', 'stop', 'ai', 'being', 'biased'])).toEqual(['fairness']);
    expect(senseHints(['biased', 'hiring', 'algorithm'])).toEqual(['fairness']);
    expect(senseHints(['bias', 'variance', 'tradeoff'])).toEqual([]); // "variance" is already there
    expect(senseHints(['model', 'too', 'simple', 'high', 'bias'])).toEqual(['variance']);
  });

  it('decides nothing without context, or with context for both senses', () => {
    expect(senseHints(['bias'])).toEqual([]);
    expect(senseHints(['ai', 'bias', 'variance'])).toEqual([]);
    expect(senseHints(['fine', 'tuning'])).toEqual([]);
  });
});

describe('single-word alternatives', () => {
  it('lets "expensive" find the pages about cost', () => {
    expect(wordAlternatives('expensive')).toEqual(['expensive', 'cost']);
    expect(wordAlternatives('transformer')).toEqual(['transformer']);
  });
});
