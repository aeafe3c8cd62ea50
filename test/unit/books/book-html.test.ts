import { describe, expect, it } from 'vitest';
import { resolveBookHref, scopeConceptHtml, type BookTargets } from '../../../src/features/books/book-html.ts';
import { cssString, runningHeadsCss } from '../../../src/features/books/running-heads.ts';
import { describePdf, formatBytes } from '../../../src/features/books/book-files.ts';

const targets: BookTargets = {
  base: '/guide/',
  siteUrl: 'https://example.org/guide/',
  concepts: new Set(['fine-tuning', 'large-language-models']),
  modules: new Set(['generative-ai-fundamentals']),
  terms: new Set(['term-lora']),
};

describe('links in a printed book', () => {
  it.each([
    ['/guide/concepts/fine-tuning/', '#concept-fine-tuning', true],
    ['/guide/concepts/fine-tuning/#how-it-works', '#fine-tuning--how-it-works', true],
    ['/guide/modules/generative-ai-fundamentals/', '#module-generative-ai-fundamentals', true],
    ['/guide/glossary/#term-lora', '#term-lora', false],
    ['/guide/concepts/bias-and-fairness/', 'https://example.org/guide/concepts/bias-and-fairness/', false],
    ['/guide/glossary/#term-unknown', 'https://example.org/guide/glossary/#term-unknown', false],
    ['/guide/practice/', 'https://example.org/guide/practice/', false],
    ['https://www.microsoft.com/ai', 'https://www.microsoft.com/ai', false],
    ['mailto:team@example.org', 'mailto:team@example.org', false],
  ])('%s → %s', (href, expected, xref) => {
    expect(resolveBookHref(href, targets)).toEqual({ href: expected, xref });
  });

  it('reads root-absolute links without the base too (a site built at /)', () => {
    expect(resolveBookHref('/concepts/fine-tuning/', { ...targets, base: '/' })).toEqual({ href: '#concept-fine-tuning', xref: true });
  });
});

describe('scoping one concept page for the book', () => {
  const page = [
    '<h2 id="how-it-works">How it works</h2>',
    '<p>See <a href="/guide/concepts/large-language-models/">LLMs</a> and <a href="/guide/concepts/other/">other</a>.',
    'A footnote<sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="footnote-label">1</a></sup>.</p>',
    '<h3 id="lora">LoRA</h3><figure><svg aria-labelledby="fig-title fig-desc"><title id="fig-title">T</title></svg></figure>',
    '<p title="a > b" id="x">Text that says id="not-an-attribute" &lt;h2 id="y"&gt;</p>',
    '<section class="worksheet" aria-labelledby="ws-fine-tuning"><h2 id="ws-fine-tuning">Worksheet</h2>',
    '<a href="#ak-fine-tuning" data-xref>answer key</a></section>',
    '<h2 id="footnote-label" class="sr-only">Footnotes</h2>',
  ].join('\n');
  const scoped = scopeConceptHtml(page, { slug: 'fine-tuning', targets });

  it('moves headings one level down, opening and closing tags alike', () => {
    expect(scoped).toContain('<h3 id="fine-tuning--how-it-works">How it works</h3>');
    expect(scoped).toContain('<h4 id="fine-tuning--lora">LoRA</h4>');
    expect(scoped).not.toMatch(/<\/?h2\b/);
  });

  it('prefixes every id and every reference to one, so concepts can share a page', () => {
    expect(scoped).toContain('<a href="#fine-tuning--user-content-fn-1" id="fine-tuning--user-content-fnref-1" aria-describedby="fine-tuning--footnote-label">');
    expect(scoped).toContain('aria-labelledby="fine-tuning--fig-title fine-tuning--fig-desc"');
    expect(scoped).toContain('<p title="a > b" id="fine-tuning--x">');
  });

  it('leaves the worksheet and answer-key ids that the whole book shares', () => {
    expect(scoped).toContain('<section class="worksheet" aria-labelledby="ws-fine-tuning"><h3 id="ws-fine-tuning">');
    expect(scoped).toContain('<a href="#ak-fine-tuning" data-xref>');
  });

  it('turns links to concepts in the book into anchors with a page reference, others into site URLs', () => {
    expect(scoped).toContain('<a href="#concept-large-language-models" data-xref>LLMs</a>');
    expect(scoped).toContain('<a href="https://example.org/guide/concepts/other/">other</a>');
  });

  it('never touches text that only looks like markup', () => {
    expect(scoped).toContain('Text that says id="not-an-attribute" &lt;h2 id="y"&gt;</p>');
  });
});

describe('running headers and download facts', () => {
  it('quotes titles safely for CSS', () => {
    expect(cssString('Say "hi" \\ bye\n')).toBe('"Say \\"hi\\" \\\\ bye "');
  });

  it('gives each module a named page with its title at the top right', () => {
    const css = runningHeadsCss([{ id: 'ethics', text: 'Module 6 · Ethics "in" AI' }]);
    expect(css).toContain('.book-module[data-module="ethics"] { page: module-ethics; }');
    expect(css).toContain('@page module-ethics { @top-right { content: "Module 6 · Ethics \\"in\\" AI"; } }');
  });

  it('describes a PDF as a learner reads it', () => {
    expect(formatBytes(2_936_012)).toBe('2.8 MB');
    expect(formatBytes(604_497)).toBe('590 KB');
    expect(formatBytes(10)).toBe('1 KB');
    expect(describePdf({ pages: 309, bytes: 2_936_012 })).toBe('PDF, 309 pages, 2.8 MB');
    expect(describePdf({ pages: 1, bytes: 2048 })).toBe('PDF, 1 page, 2 KB');
  });
});
