// Chromium has no `string-set`, so a running header cannot copy the module title from the page.
// Instead every module gets a named page whose top margin box carries its title; this writes that CSS.

/** A module's running header. */
export interface RunningHead {
  /** The module id; also names the CSS page (`module-<id>`). */
  id: string;
  /** The header text, e.g. "Module 2 · Generative AI fundamentals". */
  text: string;
}

/** Quotes text as a CSS string. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (char) => `\\${char}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** CSS giving each `.book-module[data-module=<id>]` its own named page with the module title at the top. */
export function runningHeadsCss(heads: readonly RunningHead[]): string {
  return heads
    .map(({ id, text }) => {
      const name = `module-${id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
      return `.book-module[data-module=${cssString(id)}] { page: ${name}; }\n@page ${name} { @top-right { content: ${cssString(text)}; } }\n`;
    })
    .join('');
}
