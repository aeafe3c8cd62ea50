import { describe, expect, it } from 'vitest';
import { ALIASES_META, aliasesOf, buildVocabulary, indexedText, pageKindOf, prepareForIndexing, urlOfPage, wordsOf } from '../../../src/features/search/engine/search-html.ts';

const page = (kind: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title><script>var x = "script text";</script></head><body>` +
  `<header data-pagefind-ignore>Site header</header><main id="main" data-page-kind="${kind}" data-pagefind-body>${body}</main>` +
  `<footer data-pagefind-ignore>Footer</footer></body></html>`;

describe('which built pages the search indexes', () => {
  it('reads the kind a page declares on <main>', () => {
    expect(pageKindOf(page('concept', '<h1>Fine-tuning</h1>'))).toBe('concept');
    expect(pageKindOf('<html><body><main>no kind</main></body></html>')).toBeUndefined();
  });

  it('turns a file path into the page URL', () => {
    expect(urlOfPage('concepts/fine-tuning/index.html')).toBe('/concepts/fine-tuning/');
    expect(urlOfPage('glossary/index.html')).toBe('/glossary/');
    expect(urlOfPage('index.html')).toBe('/');
    expect(urlOfPage('concepts\\rag\\index.html')).toBe('/concepts/rag/');
  });
});

describe('readying a page for Pagefind', () => {
  it('turns forms and labels into divs and spans so quiz prompts and options are indexed (Pagefind skips both)', () => {
    const html = prepareForIndexing('<form class="question-form" action="#"><legend>What is RAG?</legend><label for="o1">Retrieval</label></form>');
    expect(html).toBe('<div data-was-form class="question-form" action="#"><legend>What is RAG?</legend> <span data-was-label for="o1">Retrieval</span></div>');
  });

  it('keeps a term and its definition, and neighbouring table cells, apart', () => {
    expect(prepareForIndexing('<dl><dt>LoRA</dt><dd>Low-rank adaptation</dd></dl>')).toBe('<dl><dt>LoRA</dt> <dd>Low-rank adaptation</dd> </dl>');
    expect(prepareForIndexing('<tr><th>Need</th><th>RAG</th></tr>')).toBe('<tr><th>Need</th> <th>RAG</th> </tr>');
  });
});

describe('the text a learner can find on a page', () => {
  it('is the body only, without ignored parts, scripts or SVG', () => {
    const html = page(
      'concept',
      '<h1>Fine-tuning</h1><p>Adapts a <em>pre-trained</em> model.</p>' +
        '<details data-pagefind-ignore><summary>Show answer</summary>Answer: B</details>' +
        '<svg><text>diagram label</text></svg><p>After.</p>',
    );
    expect(indexedText(html)).toBe('Fine-tuning Adapts a pre-trained model. After.');
  });

  it('indexes a question by its prompt only, on concept pages and question pages alike', () => {
    const question =
      '<div class="question"><legend><span class="question-number">Question 1 of 8</span> <span class="question-prompt">What does LoRA train?</span></legend>' +
      '<p class="question-hint">Choose one answer.</p><div class="options"><span class="option-letter">A</span><span class="option-text">Small adapters</span></div></div>';
    expect(indexedText(page('concept', `<section class="quiz">${question}</section>`))).toBe('What does LoRA train?');
    expect(indexedText(page('question', `<div class="question-page">${question}</div>`))).toBe('What does LoRA train?');
  });

  it('decodes entities and keeps nested ignored parts out', () => {
    const html = page('glossary', '<p>Bias &amp; fairness&#39;s &lt;rules&gt;</p><div data-pagefind-ignore><div><p>hidden</p></div><p>still hidden</p></div><p>shown</p>');
    expect(indexedText(html)).toBe("Bias & fairness's <rules> shown");
  });
});

describe('the vocabulary for typo correction', () => {
  it('holds words of three letters or more, whole and by hyphenated parts, without accents', () => {
    expect([...wordsOf('Fine-tuning a café’s LLM, 2024 at 4-bit')].sort()).toEqual(['4bit', 'bit', 'cafe', 'fine', 'finetuning', 'llm', 'tuning']);
  });

  it('counts the pages each word appears on, in alphabetical order, leaving out words with digits', () => {
    const vocabulary = buildVocabulary(['RAG grounds answers. RAG cites.', 'Grounds for RAG in 2024s']);
    expect([...vocabulary]).toEqual([['answers', 1], ['cites', 1], ['for', 1], ['grounds', 2], ['rag', 2]]);
  });
});

describe("a concept's aliases", () => {
  it('become metadata, so the search knows which page a query names', () => {
    const html = '<p class="visually-hidden" data-pagefind-weight="8">Also known as: LISA, customer trust</p>';
    expect(prepareForIndexing(html)).toBe(`<p class="visually-hidden" data-pagefind-weight="8" data-pagefind-meta="${ALIASES_META}">Also known as: LISA, customer trust</p>`);
    expect(aliasesOf('Also known as: LISA, customer trust, LLM-as-a-judge')).toEqual(['LISA', 'customer trust', 'LLM-as-a-judge']);
    expect(aliasesOf(undefined)).toEqual([]);
  });
});
