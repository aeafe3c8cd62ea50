import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type HastPluginList, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../../src/markdown/base-links.ts';
import { codeBlocks } from '../../../src/markdown/code-blocks.ts';
import { conceptComponents } from '../../../src/markdown/concept-components.ts';
import { tables } from '../../../src/markdown/tables.ts';

// Our plugins are synchronous, so Sätteri returns the result itself rather than a promise.
const toHtml = (markdown: string, hastPlugins: HastPluginList) => (markdownToHtml(markdown, { features: { gfm: true }, hastPlugins }) as MarkdownToHtmlResult).html;

describe('content plugins (Sätteri)', () => {
  it('prefixes root-absolute links with the base path, once, and leaves other links alone', () => {
    const html = toHtml('[a](/concepts/x/) [b](/guide/concepts/y/) [c](https://example.org/) [d](#top) [e](//cdn.example/)', [baseLinks('/guide/')]);
    expect(html).toContain('href="/guide/concepts/x/"');
    expect(html).toContain('href="/guide/concepts/y/"');
    expect(html).not.toContain('/guide/guide/');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#top"');
    expect(html).toContain('href="//cdn.example/"');
  });

  it('changes no link when the site is served from the root', () => {
    expect(toHtml('[a](/concepts/x/)', [baseLinks('/')])).toContain('href="/concepts/x/"');
  });

  it('wraps each table in a focusable region numbered within its page, and turns alignment into a class', () => {
    const table = '| Term | Count |\n|:--|:-:|\n| a | 1 |\n';
    const html = toHtml(`${table}\ntext\n\n${table}`, [() => tables()]);
    expect(html.match(/<div class="table-scroll" tabindex="0" role="region" aria-label="Table \d">/g)).toEqual([
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Table 1">',
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Table 2">',
    ]);
    expect(html).toContain('class="align-center"');
    expect(html).toContain('class="align-left"');
    expect(html).not.toMatch(/style=|align="/);
    // A fresh plugin for the next page starts again at 1.
    expect(toHtml(table, [() => tables()])).toContain('aria-label="Table 1"');
  });

  it('makes code blocks focusable so a keyboard can scroll them', () => {
    expect(toHtml('```text\nwide\n```', [codeBlocks])).toMatch(/<pre tabindex="0"/);
  });

  it("gives a bare <Quiz /> and <KeyTerms /> their page's concept, and keeps one set by the author", async () => {
    const source = '<Quiz />\n\n<KeyTerms />\n\n<Quiz concept="other" />\n';
    const { code } = await mdxToJs(source, { hastPlugins: [conceptComponents], fileURL: pathToFileURL('/content/concepts/m/fine-tuning.mdx') });
    expect(code.match(/concept: "fine-tuning"/g)).toHaveLength(2);
    expect(code).toContain('concept: "other"');
  });
});
