import { z } from 'astro/zod';
import { DifficultySchema, KebabIdSchema, OrderSchema, nonEmptyText } from './shared.ts';

/** A key term of a concept page: rendered by `<KeyTerms />` and collected into the glossary. */
const KeyTermSchema = z.object({
  term: nonEmptyText('the term'),
  definition: nonEmptyText('a one-line definition of the term'),
});

/** Frontmatter of a concept page: `content/concepts/<module-id>/<slug>.mdx`. */
export const ConceptFrontmatterSchema = z.object({
  /** The concept's name, as a learner would search for it. */
  title: nonEmptyText('the concept title'),
  /** One plain sentence that defines the concept; the lead paragraph and the meta description. */
  description: nonEmptyText('one plain sentence that defines the concept'),
  /** Id of the module (a file in content/modules/). */
  module: KebabIdSchema,
  /** Position inside the module, 1-based, unique in the module. */
  order: OrderSchema,
  difficulty: DifficultySchema,
  /** The day the facts were last checked. YAML dates and "YYYY-MM-DD" strings both work. */
  lastReviewed: z.coerce.date({ error: 'must be a date written YYYY-MM-DD, e.g. 2026-11-25' }),
  /** Acronyms and other names a learner might type into search. */
  aliases: z.array(nonEmptyText('the alias'), { error: 'must be a list, e.g. [RAG, retrieval]' }).default([]),
  /** Terms defined on the page, each with a one-line definition. */
  keyTerms: z.array(KeyTermSchema, { error: 'must be a list of { term, definition }' }).default([]),
});
export type ConceptFrontmatter = z.infer<typeof ConceptFrontmatterSchema>;
