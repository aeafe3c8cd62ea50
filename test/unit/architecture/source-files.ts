import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every source file under `dir` (default src/), as a path from the project root. */
export function sourceFiles(dir = 'src'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(entry.name) ? [path] : [];
  });
}
