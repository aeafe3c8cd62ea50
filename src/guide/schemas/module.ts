import { z } from 'astro/zod';
import { OrderSchema, nonEmptyText } from './shared.ts';

/** A module of the syllabus: `content/modules/<module-id>.yaml`. The id is the file name. */
export const ModuleSchema = z.object({
  /** Shown in navigation and headings. */
  title: nonEmptyText('the module title'),
  /** Position in the syllabus, 1-based, unique across modules. */
  order: OrderSchema,
  /** One paragraph: what the learner will understand afterwards. */
  summary: nonEmptyText('a one-paragraph summary of the module'),
  /** Learning objectives, each starting with a verb. */
  objectives: z
    .array(nonEmptyText('the objective'), { error: 'must be a list of learning objectives' })
    .min(1, { error: 'needs at least one learning objective' }),
  /** Optional: the distinctions the exam probes most, shown at the end of the module page. */
  examTips: z.array(nonEmptyText('the tip'), { error: 'must be a list of short tips' }).default([]),
});
export type ModuleData = z.infer<typeof ModuleSchema>;
