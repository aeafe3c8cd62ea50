// The `_headers` file of a built site (Netlify's and Cloudflare Pages' format): its name, and how the
// local static server reads it back. The build writes it (src/integrations/security-headers.ts).

export const HEADERS_FILE = '_headers';

/** One rule of a `_headers` file: the paths it applies to and the headers it sets. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages format): a path pattern on its own line, where
 * `*` matches anything, followed by indented `Name: value` lines; # starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}
