import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { formatProblem, formatProblems, partitionProblems } from './rules/content-problem.ts';
import type { ConceptEntry, ModuleEntry, QuestionSetEntry } from './model.ts';
import { buildGlossary, type GlossaryEntry } from './glossary.ts';
import { checkGuide } from './rules/guide-rules.ts';
import { buildSyllabus, readingOrder, type SyllabusModule } from './syllabus.ts';
import type { Question } from './schemas/question.ts';

/** A question with the concept it tests. */
export type BankQuestion = Question & { concept: string };

/** Everything the pages need, loaded and checked once per build. */
export interface Guide {
  syllabus: SyllabusModule[];
  /** Every concept in reading order. */
  order: ConceptEntry[];
  modules: Map<string, ModuleEntry>;
  concepts: Map<string, ConceptEntry>;
  /** The collection entry of each concept, by slug, to render its MDX. */
  conceptEntries: Map<string, CollectionEntry<'concepts'>>;
  questions: Map<string, BankQuestion>;
  questionsByConcept: Map<string, BankQuestion[]>;
  glossary: GlossaryEntry[];
  /** The edition: the latest `lastReviewed` of any page, so builds of the same content are identical. */
  edition: Date;
}

let loaded: Promise<Guide> | undefined;

/** Loads and validates all content; a content problem fails the build with file, field and fix. */
export function getGuide(): Promise<Guide> {
  loaded ??= loadGuide();
  return loaded;
}

const projectPath = (filePath: string | undefined) => relative(process.cwd(), filePath ?? '(unknown file)');

async function loadGuide(): Promise<Guide> {
  const [moduleEntries, conceptEntries, questionEntries] = await Promise.all([
    getCollection('modules'),
    getCollection('concepts'),
    getCollection('questions'),
  ]);
  const modules: ModuleEntry[] = moduleEntries.map((entry) => ({
    id: entry.id,
    file: projectPath(entry.filePath),
    data: entry.data,
  }));
  const concepts: ConceptEntry[] = await Promise.all(
    conceptEntries.map(async (entry) => {
      const [folder = '', slug = entry.id] = entry.id.split('/');
      const { headings } = await render(entry);
      return { slug, folder, file: projectPath(entry.filePath), data: entry.data, headingIds: headings.map((h) => h.slug) };
    }),
  );
  const questionSets: QuestionSetEntry[] = questionEntries.map((entry) => ({
    fileSlug: entry.id,
    file: projectPath(entry.filePath),
    data: entry.data,
  }));

  const { failing, advisory } = partitionProblems(checkGuide({ modules, concepts, questionSets }));
  for (const problem of advisory) console.warn(`[advisory] ${formatProblem(problem)}`);
  if (failing.length > 0) {
    throw new AstroError(formatProblems(failing), 'Fix the files named above; `npm run check:content` re-checks them in seconds.');
  }

  const syllabus = buildSyllabus(modules, concepts);
  const order = readingOrder(syllabus);
  const questions = new Map<string, BankQuestion>();
  const questionsByConcept = new Map<string, BankQuestion[]>();
  for (const set of questionSets) {
    const list = set.data.questions.map((question) => ({ ...question, concept: set.data.concept }));
    questionsByConcept.set(set.data.concept, list);
    for (const question of list) questions.set(question.id, question);
  }
  return {
    syllabus,
    order,
    modules: new Map(modules.map((module) => [module.id, module])),
    concepts: new Map(concepts.map((concept) => [concept.slug, concept])),
    conceptEntries: new Map(conceptEntries.map((entry) => [entry.id.split('/').at(-1) ?? entry.id, entry])),
    questions,
    questionsByConcept,
    glossary: buildGlossary(order),
    edition: new Date(Math.max(0, ...concepts.map((c) => c.data.lastReviewed.getTime()))),
  };
}

/** getStaticPaths for a page per module (the module page and its print book). */
export async function modulePaths() {
  const guide = await getGuide();
  return guide.syllabus.map(({ module }) => ({ params: { module: module.id } }));
}
