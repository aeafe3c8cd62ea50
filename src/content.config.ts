import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ConceptFrontmatterSchema } from './schemas/concept.ts';
import { ModuleSchema } from './schemas/module.ts';
import { QuestionSetSchema } from './schemas/question.ts';
import { contentDir } from './content-dir.ts';

// Content lives outside src/ so authors never touch the engine. Ids keep the folder
// (`<module>/<slug>` for concepts); src/data/guide.ts derives slugs and checks them.
const modules = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/modules` }),
  schema: ModuleSchema,
});

const concepts = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${contentDir}/concepts` }),
  schema: ConceptFrontmatterSchema,
});

const questions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/questions` }),
  schema: QuestionSetSchema,
});

export const collections = { modules, concepts, questions };
