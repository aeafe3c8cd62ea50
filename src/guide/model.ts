import type { ConceptFrontmatter } from './schemas/concept.ts';
import type { ModuleData } from './schemas/module.ts';
import type { QuestionSet } from './schemas/question.ts';

/** A module as loaded from `content/modules/<id>.yaml`. */
export interface ModuleEntry {
  id: string;
  /** Project-relative path, for messages. */
  file: string;
  data: ModuleData;
}

/** A concept page as loaded from `content/concepts/<folder>/<slug>.mdx`. */
export interface ConceptEntry {
  slug: string;
  /** The folder the file sits in; must be its module's id. */
  folder: string;
  file: string;
  data: ConceptFrontmatter;
  /** Ids of the page's headings, to check that questions' `section`s exist. */
  headingIds: readonly string[];
}

/** A question file as loaded from `content/questions/<slug>.yaml`. */
export interface QuestionSetEntry {
  /** The file name without `.yaml`; must equal `data.concept`. */
  fileSlug: string;
  file: string;
  data: QuestionSet;
}
