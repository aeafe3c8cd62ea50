import { z } from 'astro/zod';

/** How hard a concept or question is; shown to learners and used as a search filter. */
export const DifficultySchema = z.enum(['introductory', 'intermediate', 'advanced'], {
  error: 'must be one of: introductory, intermediate, advanced',
});
export type Difficulty = z.infer<typeof DifficultySchema>;

/** Lower-case kebab-case identifier, e.g. `fine-tuning`. */
export const KebabIdSchema = z
  .string({ error: 'must be a text id' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case kebab-case (letters, digits and single hyphens), e.g. "fine-tuning"',
  });

/** A 1-based position in the syllabus. */
export const OrderSchema = z
  .number({ error: 'must be a whole number (1, 2, 3 ...) giving the position in the syllabus' })
  .int({ error: 'must be a whole number (1, 2, 3 ...)' })
  .positive({ error: 'must be 1 or more' });

/** Text a learner reads; never empty. */
export const nonEmptyText = (what: string) =>
  z.string({
      error: (issue) =>
        issue.input === undefined
          ? `is required: write ${what}`
          : `must be plain text: write ${what} (in YAML, put text that contains ": " or starts with a symbol in quotes)`,
    }).trim().min(1, { error: `is empty: write ${what}` });
