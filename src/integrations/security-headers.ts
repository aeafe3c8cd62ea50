// Security headers for real hosting, from one source: the content security policy Astro writes into
// every page's <meta> tag (astro.config.mjs `security.csp`), plus what only a header can carry
// (frame-ancestors) and two plain headers. The build writes them to dist/_headers (the Netlify and
// Cloudflare Pages format); the preview server (static-server.ts) reads that same file.

import type { AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { THEME_INIT_SCRIPT } from '../components/theme-init-script.ts';
import { HEADERS_FILE } from '../local-site/headers-file.ts';

/** Directives a <meta> policy ignores, so they are sent only as a header. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Headers sent with every response, besides the policy. */
export const PLAIN_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The CSP hash of the inline theme script, for `scriptDirective.hashes` in astro.config.mjs. */
export const themeScriptHash = (): `sha256-${string}` => `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}`;

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The policy of one built page's <meta> tag, or undefined. */
export const metaPolicy = (html: string): string | undefined => META_POLICY.exec(html)?.[1]?.replaceAll('&#39;', "'");

/** The header policy: the pages' policy, tidied, with the header-only directives added. */
export function headerPolicy(pagePolicy: string): string {
  const directives = pagePolicy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** The `_headers` file: every path gets the policy and the plain headers. */
export function headersFile(policy: string): string {
  const lines = Object.entries({ 'Content-Security-Policy': policy, ...PLAIN_HEADERS }).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by the build (src/integrations/security-headers.ts); served by Netlify, Cloudflare Pages and npm run preview.\n/*\n${lines.join('\n')}\n`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Writes `_headers` into the built site; fails the build when pages carry different policies (one header must fit all). */
export function writeSecurityHeaders(outDir: string, log: AstroIntegrationLogger) {
  const policies = new Map<string, string>();
  for (const file of htmlFiles(outDir)) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (policy) policies.set(policy, file);
  }
  if (policies.size !== 1) {
    throw new Error(
      `Expected one content security policy on every built page, found ${policies.size} (${[...policies.values()].slice(0, 3).join(', ')}). ` +
        'A single _headers rule must fit every page: check security.csp in astro.config.mjs.',
    );
  }
  writeFileSync(join(outDir, HEADERS_FILE), headersFile(headerPolicy([...policies.keys()][0]!)));
  log.info(`wrote ${HEADERS_FILE}: Content-Security-Policy (with ${HEADER_ONLY_DIRECTIVES.join(', ')}), ${Object.keys(PLAIN_HEADERS).join(', ')}`);
}
