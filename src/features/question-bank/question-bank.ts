import type { Question } from '../../guide/schemas/question.ts';
import type { SyllabusModule } from '../../guide/syllabus.ts';

/**
 * `dist/question-bank.json`: the whole bank for other tools (and the practice exam and review).
 *
 * {
 *   "schemaVersion": 1,
 *   "generated": "2026-11-25",                       // the edition: latest review date of any page
 *   "modules":  [{ "id", "title", "order", "url" }],  // syllabus order
 *   "concepts": [{ "id", "title", "module", "order", "url", "difficulty" }],
 *   "questions": [{
 *     "id", "concept", "module", "kind": "single" | "multiple" | "true-false", "difficulty", "tags",
 *     "prompt", "explanation",                        // inline Markdown
 *     "url",                                          // the question's own page
 *     "conceptUrl",                                   // the section of the concept page that teaches it
 *     "options": [{ "text", "correct": boolean, "explanation" }]
 *   }]
 * }
 * URLs are site-relative and include the base path.
 */
export interface QuestionBank {
  schemaVersion: 1;
  generated: string;
  modules: { id: string; title: string; order: number; url: string }[];
  concepts: { id: string; title: string; module: string; order: number; url: string; difficulty: string }[];
  questions: BankEntry[];
}

export interface BankEntry {
  id: string;
  concept: string;
  module: string;
  kind: Question['kind'];
  difficulty: Question['difficulty'];
  tags: string[];
  prompt: string;
  explanation: string;
  url: string;
  conceptUrl: string;
  options: { text: string; correct: boolean; explanation: string }[];
}

export interface BankUrls {
  module(id: string): string;
  concept(slug: string): string;
  question(id: string): string;
}

/** Builds the bank in syllabus order: modules, then each concept's questions in file order. */
export function buildQuestionBank(
  syllabus: readonly SyllabusModule[],
  questionsOf: (concept: string) => readonly Question[],
  urls: BankUrls,
  generated: Date,
): QuestionBank {
  return {
    schemaVersion: 1,
    generated: generated.toISOString().slice(0, 10),
    modules: syllabus.map(({ module }) => ({ id: module.id, title: module.data.title, order: module.data.order, url: urls.module(module.id) })),
    concepts: syllabus.flatMap(({ concepts }) =>
      concepts.map((c) => ({ id: c.slug, title: c.data.title, module: c.data.module, order: c.data.order, url: urls.concept(c.slug), difficulty: c.data.difficulty })),
    ),
    questions: syllabus.flatMap(({ module, concepts }) =>
      concepts.flatMap((concept) =>
        questionsOf(concept.slug).map((q) => ({
          id: q.id,
          concept: concept.slug,
          module: module.id,
          kind: q.kind,
          difficulty: q.difficulty,
          tags: q.tags,
          prompt: q.prompt,
          explanation: q.explanation,
          url: urls.question(q.id),
          conceptUrl: `${urls.concept(concept.slug)}${q.section ? `#${q.section}` : ''}`,
          options: q.options.map(({ text, correct, explanation }) => ({ text, correct, explanation })),
        })),
      ),
    ),
  };
}
