// The one map of the content folders: which files make up each collection. The build's collections
// (src/content.config.ts), `npm run check:content` (scripts/check-content.ts) and the check that every
// promised page was built (src/integrations/expected-pages.ts) all read it, so they never disagree.
import { existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../config.ts';

/** Each collection's folder under the content folder, and the files in it that are entries. */
export const CONTENT_LAYOUT = {
  /** content/modules/<module id>.yaml */
  modules: { folder: 'modules', pattern: '*.yaml' },
  /** content/concepts/<module folder>/<concept slug>.mdx */
  concepts: { folder: 'concepts', pattern: '*/*.mdx' },
  /** content/questions/<concept slug>.yaml */
  questions: { folder: 'questions', pattern: '*.yaml' },
} as const;

export type Collection = keyof typeof CONTENT_LAYOUT;

/** The folder of a collection: under GUIDE_CONTENT_DIR (content/ by default), or under `contentDir`. */
export const collectionFolder = (collection: Collection, contentDir = config.contentDir): string =>
  join(contentDir, CONTENT_LAYOUT[collection].folder);

/**
 * Every entry file of a collection, relative to its folder and sorted ("basics/first-idea.mdx"). Uses
 * the same patterns as the build's glob loader, so it finds the files the build finds.
 */
export function collectionFiles(collection: Collection, contentDir = config.contentDir): string[] {
  const folder = collectionFolder(collection, contentDir);
  if (!existsSync(folder)) {
    throw new Error(`The content folder ${folder}/ does not exist. Is GUIDE_CONTENT_DIR (now "${contentDir}") the folder that holds modules/, concepts/ and questions/?`);
  }
  return globSync(CONTENT_LAYOUT[collection].pattern, { cwd: folder }).sort();
}
