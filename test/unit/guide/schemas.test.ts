import { describe, expect, it } from 'vitest';
import { ConceptFrontmatterSchema } from '../../../src/guide/schemas/concept.ts';
import { ModuleSchema } from '../../../src/guide/schemas/module.ts';
import { QuestionSetSchema } from '../../../src/guide/schemas/question.ts';

/** The messages an author would see, one line per issue: "field: message". */
function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const validConcept = {
  title: 'Fine-tuning',
  description: 'Adapting a pre-trained model to a task.',
  module: 'generative-ai-fundamentals',
  order: 7,
  difficulty: 'intermediate',
  lastReviewed: '2026-11-25',
};

describe('ConceptFrontmatterSchema messages say what to write', () => {
  it('accepts a valid page and fills defaults', () => {
    const parsed = ConceptFrontmatterSchema.parse(validConcept);
    expect(parsed.aliases).toEqual([]);
    expect(parsed.lastReviewed).toEqual(new Date('2026-11-25'));
  });

  it('missing title', () => {
    const { title: _, ...rest } = validConcept;
    expect(messages(ConceptFrontmatterSchema.safeParse(rest))).toMatchInlineSnapshot(`
      [
        "title: is required: write the concept title",
      ]
    `);
  });

  it('empty description, unknown difficulty, bad order, bad date', () => {
    expect(
      messages(ConceptFrontmatterSchema.safeParse({ ...validConcept, description: '  ', difficulty: 'easy', order: 0, lastReviewed: 'soon' })),
    ).toMatchInlineSnapshot(`
      [
        "description: is empty: write one plain sentence that defines the concept",
        "order: must be 1 or more",
        "difficulty: must be one of: introductory, intermediate, advanced",
        "lastReviewed: must be a date written YYYY-MM-DD, e.g. 2026-11-25",
      ]
    `);
  });

  it('module that is not an id', () => {
    expect(messages(ConceptFrontmatterSchema.safeParse({ ...validConcept, module: 'Generative AI' }))).toMatchInlineSnapshot(`
      [
        "module: must be lower-case kebab-case (letters, digits and single hyphens), e.g. "fine-tuning"",
      ]
    `);
  });

  it('text that YAML turned into a mapping', () => {
    expect(messages(ConceptFrontmatterSchema.safeParse({ ...validConcept, title: { Note: 'a colon' } }))).toMatchInlineSnapshot(`
      [
        "title: must be plain text: write the concept title (in YAML, put text that contains ": " or starts with a symbol in quotes)",
      ]
    `);
  });

  it('key terms without a definition', () => {
    expect(messages(ConceptFrontmatterSchema.safeParse({ ...validConcept, keyTerms: [{ term: 'LoRA' }] }))).toMatchInlineSnapshot(`
      [
        "keyTerms.0.definition: is required: write a one-line definition of the term",
      ]
    `);
  });
});

describe('ModuleSchema messages', () => {
  it('no objectives and a non-numeric order', () => {
    expect(messages(ModuleSchema.safeParse({ title: 'M', order: 'one', summary: 'S', objectives: [] }))).toMatchInlineSnapshot(`
      [
        "order: must be a whole number (1, 2, 3 ...) giving the position in the syllabus",
        "objectives: needs at least one learning objective",
      ]
    `);
  });
});

describe('QuestionSetSchema messages', () => {
  it('an option without an explanation, an unknown kind and no questions', () => {
    const set = {
      concept: 'fine-tuning',
      questions: [
        {
          id: 'fine-tuning-role',
          kind: 'pick-one',
          difficulty: 'introductory',
          prompt: 'What is the role of fine-tuning?',
          options: [{ text: 'Adapting a model', correct: true }],
          explanation: 'Because.',
        },
      ],
    };
    expect(messages(QuestionSetSchema.safeParse(set))).toMatchInlineSnapshot(`
      [
        "questions.0.kind: must be one of: single, multiple, true-false",
        "questions.0.options.0.explanation: is required: write why this option is right or wrong",
      ]
    `);
    expect(messages(QuestionSetSchema.safeParse({ concept: 'fine-tuning', questions: [] }))).toMatchInlineSnapshot(`
      [
        "questions: needs at least one question",
      ]
    `);
  });
});
