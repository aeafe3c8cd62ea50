import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../content-dir.ts';

/** Pages that exist whatever the content. */
const FIXED_PAGES = ['index.html', '404.html', 'glossary/index.html'];

/**
 * Fails the build when a page the content promises was not written: a concept or module dropped
 * silently (for example, MDX support missing only warns) must never reach learners.
 */
export function expectedPages(): AstroIntegration {
  return {
    name: 'genai-guide:expected-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const expected = [...FIXED_PAGES, ...modulePages(), ...conceptPages()];
        const missing = expected.filter((page) => !existsSync(join(out, page)));
        if (missing.length > 0) {
          throw new Error(
            `${missing.length} of ${expected.length} expected pages were not built:\n  ${missing.join('\n  ')}\n` +
              'Check the build log above for skipped files (is the MDX integration in astro.config.mjs?).',
          );
        }
        logger.info(`all ${expected.length} expected pages built`);
      },
    },
  };
}

function modulePages(): string[] {
  return readdirSync(join(contentDir, 'modules'))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => `modules/${basename(file, '.yaml')}/index.html`);
}

function conceptPages(): string[] {
  return readdirSync(join(contentDir, 'concepts'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) => readdirSync(join(contentDir, 'concepts', folder.name)))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => `concepts/${basename(file, '.mdx')}/index.html`);
}
