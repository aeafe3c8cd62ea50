/** One thing wrong with the content, phrased so an author can mend it without reading code. */
export interface ContentProblem {
  /** Path of the file, relative to the project, e.g. `content/questions/fine-tuning.yaml`. */
  file: string;
  /** Where in the file: a field name, or `question "id" › options`. */
  field: string;
  /** What is wrong. */
  problem: string;
  /** How to fix it. */
  fix: string;
  /** Reported but not failing the build: a bank-balance rule that is switched off for now. */
  advisory?: boolean;
}

/** Renders a problem as one readable block: file › field, what is wrong, and the fix. */
export function formatProblem({ file, field, problem, fix }: ContentProblem): string {
  return `${file} › ${field}: ${problem}\n  Fix: ${fix}`;
}

/** Splits problems into those that fail the build and advisory ones that are only reported. */
export function partitionProblems(problems: readonly ContentProblem[]): { failing: ContentProblem[]; advisory: ContentProblem[] } {
  return { failing: problems.filter((p) => !p.advisory), advisory: problems.filter((p) => p.advisory) };
}

/** Renders a list of problems as the message of a failed build. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}`;
}
