import { describe, expect, it } from 'vitest';
import { indexedText, searchablePart } from '../../../src/features/search/engine/search-html.ts';

const page = (nav: string) =>
  '<!DOCTYPE html><html lang="en"><head><title>Tokens | Guide</title></head><body>' +
  `<header data-pagefind-ignore>Guide</header><nav data-pagefind-ignore>${nav}</nav>` +
  '<main data-page-kind="concept" data-pagefind-body><h1>Tokens</h1><p data-pagefind-filter="module">Basics</p><p>Text is split into tokens.</p></main>' +
  '<footer data-pagefind-ignore>Made with care</footer></body></html>';

describe('the part of a page the search step reads', () => {
  it('keeps the head and <main> (body, filters, text) and drops the chrome around it', () => {
    const part = searchablePart(Buffer.from(page('<a href="/concepts/a/">A</a>')));
    expect(part).toBe(
      '<!DOCTYPE html><html lang="en"><head><title>Tokens | Guide</title></head><body>' +
        '<main data-page-kind="concept" data-pagefind-body><h1>Tokens</h1><p data-pagefind-filter="module">Basics</p><p>Text is split into tokens.</p></main>' +
        '</body></html>',
    );
  });

  it('is the same however long the navigation grows, and the indexed text does not change', () => {
    const small = page('<a href="/concepts/a/">A</a>');
    const large = page('<a href="/concepts/a/">A</a>'.repeat(5000));
    expect(searchablePart(Buffer.from(large))).toBe(searchablePart(Buffer.from(small)));
    expect(indexedText(searchablePart(Buffer.from(large)))).toBe(indexedText(large));
  });

  it('decodes text outside ASCII whole', () => {
    expect(searchablePart(Buffer.from(page('').replace('Tokens</h1>', 'Tokens — naïve</h1>')))).toContain('Tokens — naïve');
  });

  it('returns a page without <main> whole', () => {
    const html = '<html><head></head><body><p>Not found</p></body></html>';
    expect(searchablePart(Buffer.from(html))).toBe(html);
  });
});
