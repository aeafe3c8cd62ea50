import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ConceptFrontmatterSchema } from './guide/schemas/concept.ts';
import { ModuleSchema } from './guide/schemas/module.ts';
import { QuestionSetSchema } from './guide/schemas/question.ts';
import { CONTENT_LAYOUT, collectionFolder } from './guide/content-layout.ts';

// Content lives outside src/ so authors never touch the engine; its folders and file patterns are
// in src/guide/content-layout.ts. Ids keep the folder
// (`<module>/<slug>` for concepts); src/guide/load-guide.ts derives slugs and checks them.
const modules = defineCollection({
  loader: glob({ pattern: CONTENT_LAYOUT.modules.pattern, base: collectionFolder('modules') }),
  schema: ModuleSchema,
});

const concepts = defineCollection({
  loader: glob({ pattern: CONTENT_LAYOUT.concepts.pattern, base: collectionFolder('concepts') }),
  schema: ConceptFrontmatterSchema,
});

const questions = defineCollection({
  loader: glob({ pattern: CONTENT_LAYOUT.questions.pattern, base: collectionFolder('questions') }),
  schema: QuestionSetSchema,
});

export const collections = { modules, concepts, questions };
