import { href } from '../../paths.ts';
import type { BankIndex, ModuleBank } from './bank-files.ts';
import type { BankEntry } from './question-bank.ts';

// Loads the split question bank (src/features/question-bank/bank-files.ts) on demand: the small index first, then only
// the module files a page needs. Each file is fetched once per page.

let index: Promise<BankIndex> | undefined;
const moduleFiles = new Map<string, Promise<ModuleBank>>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/** The index: modules in syllabus order with their question ids, and concepts. */
export const loadIndex = (): Promise<BankIndex> => (index ??= fetchJson<BankIndex>(href('question-bank/index.json')));

/** The questions with these ids (ids not in the bank any more are left out). */
export async function loadQuestions(ids: readonly string[]): Promise<Map<string, BankEntry>> {
  const { modules } = await loadIndex();
  const wanted = new Set(ids);
  const needed = modules.filter((module) => module.questionIds.some((id) => wanted.has(id)));
  const files = await Promise.all(
    needed.map((module) => {
      if (!moduleFiles.has(module.id)) moduleFiles.set(module.id, fetchJson<ModuleBank>(module.file));
      return moduleFiles.get(module.id)!;
    }),
  );
  return new Map(files.flatMap((file) => file.questions).filter((q) => wanted.has(q.id)).map((q) => [q.id, q]));
}

/** What to tell the learner when the bank cannot be loaded. */
export const LOAD_FAILED = 'The questions could not be loaded. Check your connection, then reload the page; your progress is safe.';
