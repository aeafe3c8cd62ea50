import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/features/search/engine/search-plan.ts';

describe('planning the searches of a query', () => {
  it('searches a plain-language question by its content words, each also alone', () => {
    const plan = planQuery(['what', 'are', 'ai', 'agents']);
    expect(plan.needed).toEqual(['ai', 'agents']);
    expect(plan.terms[0]).toBe('ai agents');
    expect(plan.alone).toEqual(['ai', 'agents']);
  });

  it('finds synonyms in the whole query before dropping its little words', () => {
    const plan = planQuery(['why', 'do', 'chatbots', 'make', 'things', 'up']);
    expect(plan.terms).toContain('chatbots hallucination');
    expect(plan.alone).toContain('hallucination');
    expect(planQuery(['chain', 'of', 'thought']).terms).toContain('cot');
  });

  it('adds the hint of a two-meaning word to the words pages are judged by', () => {
    const plan = planQuery(['how', 'to', 'stop', 'ai', 'being', 'biased']);
    expect(plan.alone).toContain('fairness');
    expect(plan.judged).toEqual(['stop', 'ai', 'biased', 'fairness']);
  });

  it('leaves a single term to Pagefind alone', () => {
    expect(planQuery(['lora']).alone).toEqual([]);
  });
});
