import { readdirSync, existsSync } from 'node:fs';

// The built pages, read from dist/, so tests follow the content instead of hard-coding it.
const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => !name.includes('.')) : []);

export const conceptSlugs = list('dist/concepts');
export const moduleIds = list('dist/modules');

/** One page of every kind, for checks that must hold on every page type. */
export const onePagePerKind: Record<string, string> = {
  home: '/',
  module: `/modules/${moduleIds[0]}/`,
  concept: '/concepts/fine-tuning/',
  glossary: '/glossary/',
  question: '/questions/fine-tuning-role/',
  questions: '/questions/',
  practice: '/practice/',
  progress: '/progress/',
  review: '/review/',
  'not-found': '/this-page-does-not-exist/',
};
