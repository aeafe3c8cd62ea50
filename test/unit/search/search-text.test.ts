import { describe, expect, it } from 'vitest';
import { excerptSegments, highlightSegments, normaliseQuery, queryWords, withoutLeadingTitle } from '../../../src/features/search/engine/search-text.ts';

const marked = (segments: { text: string; mark: boolean }[]) => segments.map(({ text, mark }) => (mark ? `[${text}]` : text)).join('');

describe('query words', () => {
  it('reads a query as Pagefind does: lower-case, punctuation and dashes dropped', () => {
    expect(queryWords('  Fine-tuning   LoRA? ')).toEqual(['finetuning', 'lora']);
    expect(queryWords('"top-p" (nucleus)')).toEqual(['topp', 'nucleus']);
    expect(normaliseQuery('Chinese  Room')).toBe('chinese room');
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('excerpts', () => {
  it('splits Pagefind marks into segments and decodes the angle brackets Pagefind escaped', () => {
    const segments = excerptSegments('A <mark>LoRA</mark> adapter is &lt;1% of the <mark>weights.</mark>');
    expect(segments).toEqual([
      { text: 'A ', mark: false },
      { text: 'LoRA', mark: true },
      { text: ' adapter is <1% of the ', mark: false },
      { text: 'weights.', mark: true },
    ]);
  });

  it('never turns page text into markup', () => {
    expect(excerptSegments('&lt;img src=x onerror=alert(1)&gt;')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });

  it("drops a section heading's own words from the start of its excerpt", () => {
    const excerpt = excerptSegments('2: retrieve, augment, generate. At question time, <mark>RAG</mark> finds passages.');
    expect(marked(withoutLeadingTitle(excerpt, 'Step 2: retrieve, augment, generate'))).toBe('At question time, [RAG] finds passages.');
    // One shared word is not enough to be sure it is the heading ...
    expect(marked(withoutLeadingTitle(excerptSegments('Rank pages by links.'), 'How to rank'))).toBe('Rank pages by links.');
    // ... unless it is the whole heading.
    expect(marked(withoutLeadingTitle(excerptSegments('Rank. Pages are ordered.'), 'Rank'))).toBe('Pages are ordered.');
    // An excerpt that is only the title says nothing more.
    expect(withoutLeadingTitle(excerptSegments('What is the <mark>Chinese</mark> Room argument for?'), 'What is the Chinese Room argument for?')).toEqual([]);
    expect(withoutLeadingTitle(excerptSegments('Which reply to the <mark>Chinese</mark> Room argues …'), 'Which reply to the Chinese Room argues that the system understands?')).toEqual([]);
    // A page excerpt that starts inside the title, after Pagefind's ellipsis.
    expect(marked(withoutLeadingTitle(excerptSegments('… citations and <mark>RAG.</mark> RAG grounds answers …'), 'Grounding, citations and RAG'))).toBe('RAG grounds answers …');
  });
});

describe('title highlighting', () => {
  it('marks words that start with a query word, or that a query word extends', () => {
    expect(marked(highlightSegments('Grounding, citations and retrieval-augmented generation (RAG)', ['rag']))).toBe(
      'Grounding, citations and retrieval-augmented generation ([RAG])',
    );
    expect(marked(highlightSegments('Large language models (LLMs)', ['model', 'llm']))).toBe('Large language [models] ([LLMs])');
    expect(marked(highlightSegments('Hallucinations and knowledge cut-off', ['hallucination']))).toBe('[Hallucinations] and knowledge cut-off');
  });

  it('matches hyphenated words whole and by their parts', () => {
    expect(marked(highlightSegments('Foundation models and fine-tuning', ['tuning']))).toBe('Foundation models and [fine-tuning]');
    expect(marked(highlightSegments('Foundation models and fine-tuning', ['finetuning']))).toBe('Foundation models and [fine-tuning]');
  });

  it('ignores one-letter query words', () => {
    expect(marked(highlightSegments('A framework for ethical AI', ['a']))).toBe('A framework for ethical AI');
  });
});
