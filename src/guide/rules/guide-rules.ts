import { checkBankBalance } from './balance-rules.ts';
import { checkBankQuality } from './bank-quality.ts';
import type { ContentProblem } from './content-problem.ts';
import type { ConceptEntry, ModuleEntry, QuestionSetEntry } from '../model.ts';
import { checkQuestion } from './question-rules.ts';

/** Fewest questions every concept must have. */
const MIN_QUESTIONS_PER_CONCEPT = 6;

export interface GuideInput {
  modules: readonly ModuleEntry[];
  concepts: readonly ConceptEntry[];
  questionSets: readonly QuestionSetEntry[];
}

/** Checks everything that spans files: references, uniqueness, orders, question rules and bank quality. */
export function checkGuide({ modules, concepts, questionSets }: GuideInput): ContentProblem[] {
  return [
    ...checkModules(modules),
    ...checkConcepts(concepts, modules),
    ...checkQuestionSets(questionSets, concepts),
  ];
}

function checkModules(modules: readonly ModuleEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byOrder = new Map<number, ModuleEntry>();
  for (const module of modules) {
    const other = byOrder.get(module.data.order);
    if (other) {
      problems.push({
        file: module.file,
        field: 'order',
        problem: `order ${module.data.order} is already used by module "${other.id}" (${other.file})`,
        fix: 'give every module its own position in the syllabus (1, 2, 3 ...).',
      });
    } else byOrder.set(module.data.order, module);
  }
  return problems;
}

function checkConcepts(concepts: readonly ConceptEntry[], modules: readonly ModuleEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const moduleIds = modules.map((module) => module.id);
  const bySlug = new Map<string, ConceptEntry>();
  const byModuleOrder = new Map<string, ConceptEntry>();
  for (const concept of concepts) {
    const { module, order } = concept.data;
    const twin = bySlug.get(concept.slug);
    if (twin) {
      problems.push({
        file: concept.file,
        field: 'file name',
        problem: `the slug "${concept.slug}" is already used by ${twin.file}`,
        fix: 'rename one of the files: a slug names one page across the whole guide.',
      });
    } else bySlug.set(concept.slug, concept);

    if (!moduleIds.includes(module)) {
      problems.push({
        file: concept.file,
        field: 'module',
        problem: `unknown module "${module}"`,
        fix: `use one of ${moduleIds.map((id) => `"${id}"`).join(', ')}, or add content/modules/${module}.yaml.`,
      });
      continue;
    }
    if (concept.folder !== module) {
      problems.push({
        file: concept.file,
        field: 'module',
        problem: `the page says module "${module}" but sits in the folder "${concept.folder}"`,
        fix: `move the file to content/concepts/${module}/, or set \`module: ${concept.folder}\`.`,
      });
    }
    const key = `${module}#${order}`;
    const sameOrder = byModuleOrder.get(key);
    if (sameOrder) {
      problems.push({
        file: concept.file,
        field: 'order',
        problem: `order ${order} in module "${module}" is already used by ${sameOrder.file}`,
        fix: 'give every concept of a module its own position (1, 2, 3 ...).',
      });
    } else byModuleOrder.set(key, concept);
  }
  return problems;
}

function checkQuestionSets(sets: readonly QuestionSetEntry[], concepts: readonly ConceptEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const conceptsBySlug = new Map(concepts.map((concept) => [concept.slug, concept]));
  const firstFileOfId = new Map<string, string>();
  const countByConcept = new Map<string, number>();

  for (const set of sets) {
    const concept = conceptsBySlug.get(set.data.concept);
    if (set.data.concept !== set.fileSlug) {
      problems.push({
        file: set.file,
        field: 'concept',
        problem: `the file is named "${set.fileSlug}.yaml" but says \`concept: ${set.data.concept}\``,
        fix: `name the file after the concept it tests (content/questions/${set.data.concept}.yaml), or correct \`concept\`.`,
      });
    }
    if (!concept) {
      problems.push({
        file: set.file,
        field: 'concept',
        problem: `no concept page has the slug "${set.data.concept}"`,
        fix: 'use the file name (without .mdx) of a page in content/concepts/, or write that page first.',
      });
    }
    countByConcept.set(set.data.concept, (countByConcept.get(set.data.concept) ?? 0) + set.data.questions.length);
    for (const question of set.data.questions) {
      const firstFile = firstFileOfId.get(question.id);
      if (firstFile) {
        problems.push({
          file: set.file,
          field: `question "${question.id}" › id`,
          problem: `the id "${question.id}" is already used in ${firstFile}`,
          fix: 'give every question in the bank its own id (start it with the concept slug).',
        });
      } else firstFileOfId.set(question.id, set.file);
      problems.push(...checkQuestion(question, set.file));
      if (concept && question.section && !concept.headingIds.includes(question.section)) {
        problems.push({
          file: set.file,
          field: `question "${question.id}" › section`,
          problem: `the page ${concept.file} has no heading with the id "${question.section}"`,
          fix: `use one of: ${concept.headingIds.join(', ') || '(the page has no headings)'}; or leave \`section\` out.`,
        });
      }
    }
  }
  for (const concept of concepts) {
    const count = countByConcept.get(concept.slug) ?? 0;
    if (count < MIN_QUESTIONS_PER_CONCEPT) {
      problems.push({
        file: concept.file,
        field: 'questions',
        problem: `the concept has ${count} question${count === 1 ? '' : 's'}, fewer than the ${MIN_QUESTIONS_PER_CONCEPT} every concept needs`,
        fix: `add questions to content/questions/${concept.slug}.yaml until it has at least ${MIN_QUESTIONS_PER_CONCEPT}.`,
      });
    }
  }
  const located = sets.flatMap((set) => set.data.questions.map((question) => ({ question, file: set.file })));
  problems.push(...checkBankQuality(located), ...checkBankBalance(located));
  return problems;
}
