import type { ConceptEntry, ModuleEntry, QuestionSetEntry } from '../../src/guide/model.ts';
import type { Question } from '../../src/guide/schemas/question.ts';

// Small valid building blocks; each test breaks exactly one thing.

export function moduleEntry(id: string, order: number): ModuleEntry {
  return { id, file: `content/modules/${id}.yaml`, data: { title: id, order, summary: 'Summary.', objectives: ['Do a thing.'], examTips: [] } };
}

export function conceptEntry(slug: string, module: string, order: number, headingIds: string[] = ['how-it-works']): ConceptEntry {
  return {
    slug,
    folder: module,
    file: `content/concepts/${module}/${slug}.mdx`,
    headingIds,
    data: {
      title: slug,
      description: 'One sentence.',
      module,
      order,
      difficulty: 'introductory',
      lastReviewed: new Date('2026-11-25'),
      aliases: [],
      keyTerms: [],
    },
  };
}

export function question(id: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    kind: 'single',
    difficulty: 'introductory',
    tags: [],
    prompt: `What does ${id} ask?`,
    options: [
      { text: 'A plausible wrong answer here', correct: false, explanation: 'Wrong because of a reason.' },
      { text: 'The right answer', correct: true, explanation: 'Right because of a reason.' },
      { text: 'Another wrong answer here', correct: false, explanation: 'Wrong because of another reason.' },
    ],
    explanation: 'The lesson.',
    ...overrides,
  };
}

export function questionSet(concept: string, questions: Question[]): QuestionSetEntry {
  return { fileSlug: concept, file: `content/questions/${concept}.yaml`, data: { concept, questions } };
}

/** Six valid questions for a concept, the minimum a concept needs. */
export const sixQuestions = (concept: string) => Array.from({ length: 6 }, (_, i) => question(`${concept}-q${i}`));
