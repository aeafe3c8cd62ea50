import { describe, expect, it } from 'vitest';
import { distinctiveTerms, textWords, usesAbsoluteWord, usesNegation } from '../../../../src/guide/rules/surface-text.ts';

describe('surface text', () => {
  it('reads words without Markdown marks or link targets', () => {
    expect(textWords('**Always** use `top-k` with [RAG](https://example.org/rag), it’s fine')).toEqual(['always', 'use', 'top', 'k', 'with', 'rag', "it's", 'fine']);
  });

  it('spots absolute words as whole words only', () => {
    expect(usesAbsoluteWord('It never forgets')).toBe(true);
    expect(usesAbsoluteWord('It CANNOT forget')).toBe(true);
    expect(usesAbsoluteWord('Allowing anyone to forget')).toBe(false);
  });

  it('spots negation in any form', () => {
    expect(usesNegation("It isn't trained")).toBe(true);
    expect(usesNegation('Nothing here is denied')).toBe(false);
  });

  it('keeps distinctive terms, one per stem, in the form first written', () => {
    expect([...distinctiveTerms('Which statement best describes how models learn? A model learns from data.')]).toEqual([
      ['model', 'models'],
      ['learn', 'learn'],
      ['data', 'data'],
    ]);
  });
});
