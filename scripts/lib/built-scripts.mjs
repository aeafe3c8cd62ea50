// Reading the built site's JavaScript for the benchmarks: which chunks a script pulls in, and sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size at level 9, as a host that precompresses would serve it. */
export const gzipBytes = (text) => gzipSync(text, { level: 9 }).length;

/** A script file and every chunk it imports statically, each once. */
export function scriptClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) scriptClosure(join(file, '..', match[1]), seen);
  return seen;
}

/** Path of a built asset from its URL in a page (with or without the /guide/ base). */
export const assetPath = (dist, url) => join(dist, url.replace(/^\/(?:guide\/)?/, ''));

/**
 * The JavaScript a built page loads: each module file (with every chunk it imports) → gzipped bytes,
 * and the gzipped bytes of its inline scripts. `html` is the page's gzipped size.
 */
export function pageScripts(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = new Map();
  let inline = 0;
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(match[1])?.[1];
    if (!src) {
      inline += match[2].trim() ? gzipBytes(match[2]) : 0;
      continue;
    }
    for (const file of scriptClosure(assetPath(dist, src))) files.set(file, gzipBytes(readFileSync(file, 'utf8')));
  }
  return { html: gzipBytes(html), files, inline };
}
