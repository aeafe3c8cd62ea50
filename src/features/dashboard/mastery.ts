// How well the learner knows each concept and module, from their attempts.
//
// A question counts by its latest answer (from any page, exam or review): right, wrong, or not yet seen.
// - mastery of a concept or module = questions whose latest answer is right ÷ all its questions
//   (unseen questions count against it, so mastery means "covered and right", not just "right so far");
// - accuracy = questions whose latest answer is right ÷ questions answered.
// The weakest concepts are those answered at least once with the lowest accuracy.

import type { Progress } from '../progress/progress-format.ts';
import { tallyLatest } from '../quiz/scoring.ts';

/** The syllabus as the dashboard needs it: modules, their concepts, each concept's question ids. */
export interface GuideOutline {
  modules: { id: string; title: string; url: string; concepts: { id: string; title: string; url: string; questionIds: string[] }[] }[];
}

export interface Tally {
  total: number;
  answered: number;
  correct: number;
  /** correct ÷ total, 0 to 1. */
  mastery: number;
  /** correct ÷ answered, 0 to 1; 0 when nothing was answered. */
  accuracy: number;
}

export interface ConceptMastery extends Tally {
  id: string;
  title: string;
  url: string;
  module: string;
}

interface ModuleMastery extends Tally {
  id: string;
  title: string;
  url: string;
  concepts: ConceptMastery[];
}

export interface MasteryReport extends Tally {
  modules: ModuleMastery[];
}

function tally(total: number, answered: number, correct: number): Tally {
  return { total, answered, correct, mastery: total === 0 ? 0 : correct / total, accuracy: answered === 0 ? 0 : correct / answered };
}

/** Mastery of every module and concept in the outline, from the learner's attempts. */
export function masteryReport(outline: GuideOutline, attempts: Progress['attempts']): MasteryReport {
  const latest = (id: string) => attempts[id]?.at(-1)?.correct;
  const modules = outline.modules.map((module) => {
    const concepts = module.concepts.map((concept) => {
      const { total, answered, correct } = tallyLatest(concept.questionIds, latest);
      return { id: concept.id, title: concept.title, url: concept.url, module: module.id, ...tally(total, answered, correct) };
    });
    const sum = (key: 'total' | 'answered' | 'correct') => concepts.reduce((total, concept) => total + concept[key], 0);
    return { id: module.id, title: module.title, url: module.url, concepts, ...tally(sum('total'), sum('answered'), sum('correct')) };
  });
  const sum = (key: 'total' | 'answered' | 'correct') => modules.reduce((total, module) => total + module[key], 0);
  return { modules, ...tally(sum('total'), sum('answered'), sum('correct')) };
}

/** The concepts most worth studying: answered, not all right, lowest accuracy first (then most answered). */
export function weakestConcepts(report: MasteryReport, limit = 5): ConceptMastery[] {
  return report.modules
    .flatMap((module) => module.concepts)
    .filter((concept) => concept.answered > 0 && concept.correct < concept.answered)
    .map((concept, index) => ({ concept, index }))
    .sort((a, b) => a.concept.accuracy - b.concept.accuracy || b.concept.answered - a.concept.answered || a.index - b.index)
    .slice(0, limit)
    .map(({ concept }) => concept);
}
