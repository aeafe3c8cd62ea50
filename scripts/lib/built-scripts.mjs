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
