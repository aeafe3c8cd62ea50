import { z } from 'astro/zod';
import { DifficultySchema, KebabIdSchema, nonEmptyText } from './shared.ts';

/** One answer option of a question, with its own explanation. */
const OptionSchema = z.object({
  /** What the learner reads and chooses (inline Markdown). */
  text: nonEmptyText('the option text'),
  /** True for a right answer; absent means wrong. */
  correct: z.boolean({ error: 'must be true or false (leave it out for a wrong option)' }).default(false),
  /** Why this option is right, or exactly why it is wrong. */
  explanation: nonEmptyText('why this option is right or wrong'),
});

const QuestionKindSchema = z.enum(['single', 'multiple', 'true-false'], {
  error: 'must be one of: single, multiple, true-false',
});
export type QuestionKind = z.infer<typeof QuestionKindSchema>;

/** One question. Rules that span options (how many are correct ...) live in src/guide/rules/question-rules.ts. */
const QuestionSchema = z.object({
  /** Stable id, unique across the bank; starts with the concept slug. */
  id: KebabIdSchema,
  kind: QuestionKindSchema,
  difficulty: DifficultySchema,
  tags: z.array(z.string(), { error: 'must be a list of words, e.g. [exam, scenario]' }).default([]),
  /** Optional id of the heading on the concept page that teaches this question. */
  section: KebabIdSchema.optional(),
  /** The question (inline Markdown). */
  prompt: nonEmptyText('the question'),
  options: z.array(OptionSchema, { error: 'must be a list of options, each { text, correct?, explanation }' }),
  /** The overall lesson, shown with the answer. */
  explanation: nonEmptyText('the overall explanation shown with the answer'),
});
export type Question = z.infer<typeof QuestionSchema>;

/** A question file: `content/questions/<concept-slug>.yaml`. */
export const QuestionSetSchema = z.object({
  /** The slug of the concept these questions test; must equal the file name. */
  concept: KebabIdSchema,
  questions: z
    .array(QuestionSchema, { error: 'must be a list of questions' })
    .min(1, { error: 'needs at least one question' }),
});
export type QuestionSet = z.infer<typeof QuestionSetSchema>;
