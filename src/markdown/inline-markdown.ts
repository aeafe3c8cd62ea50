/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Renders the small inline Markdown that prompts, options and explanations may use:
 * `code`, **strong**, *emphasis* and [links](url). Everything else is escaped text.
 */
export function renderInlineMarkdown(source: string): string {
  const codeSpans: string[] = [];
  let html = escapeHtml(source).replace(/`([^`]+)`/g, (_, code: string) => {
    codeSpans.push(`<code>${code}</code>`);
    return `\u0000${codeSpans.length - 1}\u0000`;
  });
  html = html
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, text: string, url: string) =>
      /^(https?:|\/|#)/.test(url) ? `<a href="${url}">${text}</a>` : text,
    );
  return html.replace(/\u0000(\d+)\u0000/g, (_, index: string) => codeSpans[Number(index)] ?? '');
}

/** The plain text of inline Markdown, for titles and search metadata. */
export function inlineMarkdownToText(source: string): string {
  return source.replace(/`([^`]+)`/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1');
}
