import type { BankEntry, QuestionBank } from './question-bank.ts';

/**
 * The question bank split for the browser, so a page loads only what it uses (practice and review):
 *
 * `question-bank/index.json` (small; ids only):
 *   { "schemaVersion": 1, "generated",
 *     "modules":  [{ "id", "title", "order", "url", "file", "questionIds": [id, ...] }],   // syllabus and bank order
 *     "concepts": [{ "id", "title", "module", "url" }] }
 * `question-bank/<module id>.json` (one per module; the file named by `file` above):
 *   { "schemaVersion": 1, "module": id, "questions": [BankEntry, ...] }          // entries as in question-bank.ts
 * URLs are site-relative and include the base path.
 */
export interface BankIndex {
  schemaVersion: 1;
  generated: string;
  modules: { id: string; title: string; order: number; url: string; file: string; questionIds: string[] }[];
  concepts: { id: string; title: string; module: string; url: string }[];
}

export interface ModuleBank {
  schemaVersion: 1;
  module: string;
  questions: BankEntry[];
}

/** Splits the whole bank into its index and one file per module; `fileUrl` names a module's file. */
export function splitQuestionBank(bank: QuestionBank, fileUrl: (moduleId: string) => string): { index: BankIndex; modules: ModuleBank[] } {
  const inModule = (id: string) => bank.questions.filter((question) => question.module === id);
  return {
    index: {
      schemaVersion: 1,
      generated: bank.generated,
      modules: bank.modules.map((module) => ({ ...module, file: fileUrl(module.id), questionIds: inModule(module.id).map((q) => q.id) })),
      concepts: bank.concepts.map(({ id, title, module, url }) => ({ id, title, module, url })),
    },
    modules: bank.modules.map((module) => ({ schemaVersion: 1, module: module.id, questions: inModule(module.id) })),
  };
}
