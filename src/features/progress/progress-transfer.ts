// Progress the learner owns: export to a file, import it back (merge or replace), reset.
//
// The export file is the stored progress (see progress-format.ts) with two extra keys:
//   { "format": "genai-study-guide-progress", "exportedAt": ISO time, "version": 2, "attempts": ..., ... }
// `format` tells a progress file from any other JSON; `exportedAt` is shown before importing.
// A bare progress object (no `format`, e.g. copied from localStorage) is accepted too.
//
// Nothing is lost: merging keeps every attempt and exam from both sides (identical ones once), and
// replacing or resetting first copies the old progress to a backup key in the same browser
// (replaceProgress in progress-store.ts).

import { own, readProgress, type Attempt, type ExamRecord, type Progress } from './progress-format.ts';
import { examProblem } from './exam-record-checks.ts';

export const EXPORT_FORMAT = 'genai-study-guide-progress';

/** The file to download: its name and its text. */
export function exportProgress(progress: Progress, now: Date): { fileName: string; text: string } {
  const document = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...progress };
  return { fileName: `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(document, null, 2)}\n` };
}

/** What a progress holds, in counts a learner understands. */
export interface ProgressSummary {
  questions: number;
  attempts: number;
  exams: number;
}

export function summarizeProgress(progress: Progress): ProgressSummary {
  const lists = Object.values(progress.attempts).filter((list) => list.length > 0);
  return { questions: lists.length, attempts: lists.reduce((sum, list) => sum + list.length, 0), exams: progress.exams.length };
}

/** "12 answers to 9 questions and 2 practice exams". */
export function describeSummary({ questions, attempts, exams }: ProgressSummary): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `${plural(attempts, 'answer', 'answers')} to ${plural(questions, 'question', 'questions')} and ${plural(exams, 'practice exam', 'practice exams')}`;
}

export type ImportResult =
  | { ok: true; progress: Progress; exportedAt: string | undefined; summary: ProgressSummary }
  | { ok: false; message: string };

const NOTHING_CHANGED = 'Nothing was changed.';

/** The largest file import reads: browsers keep about 5 MB per site, so a larger file could never be stored. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file of this size is not read, or undefined when it may be. */
export function importSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return `This file is ${megabytes(bytes)}, larger than any progress this guide can keep (at most ${megabytes(MAX_IMPORT_BYTES)}, what a browser stores for one site). ${NOTHING_CHANGED}`;
}

/** Reads an imported file's text; every failure carries a message that says what is wrong. */
export function readImport(text: string): ImportResult {
  const tooLarge = importSizeProblem(text.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: `This file is damaged or is not a progress file: it is not valid JSON. ${NOTHING_CHANGED}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `This is not a progress file from this guide. ${NOTHING_CHANGED}` };
  }
  const { format, exportedAt, ...rest } = value as Record<string, unknown>;
  if ((format !== undefined && format !== EXPORT_FORMAT) || !('version' in rest)) {
    return { ok: false, message: `This is not a progress file from this guide (choose a file named ${EXPORT_FORMAT}-….json). ${NOTHING_CHANGED}` };
  }
  const read = readProgress(rest);
  const problem = read.ok ? examProblem(read.progress) : undefined;
  if (problem) return { ok: false, message: `This progress file is damaged (${problem}). ${NOTHING_CHANGED}` };
  if (!read.ok) {
    const message =
      read.reason === 'unknown-version'
        ? `This progress file comes from a newer or unknown version of the guide (${read.detail}). ${NOTHING_CHANGED}`
        : `This progress file is damaged (${read.detail}). ${NOTHING_CHANGED}`;
    return { ok: false, message };
  }
  return { ok: true, progress: read.progress, exportedAt: typeof exportedAt === 'string' ? exportedAt : undefined, summary: summarizeProgress(read.progress) };
}

/** An attempt's identity: the same answer given at the same moment, whatever grade was added later. */
const attemptKey = (attempt: Attempt) => JSON.stringify([attempt.at, attempt.choice, attempt.correct, attempt.source]);

/**
 * Merges two progresses without losing anything: every attempt of both (the same attempt once,
 * keeping a review grade if either copy has one), oldest first; every exam of both (once per id); the
 * exam in progress here, or else the imported one. Ids are read as own keys only, so `__proto__`,
 * `constructor` or `toString` are ids like any other.
 */
export function mergeProgress(here: Progress, imported: Progress): Progress {
  const ids = new Set([...Object.keys(here.attempts), ...Object.keys(imported.attempts)]);
  const attempts = Object.fromEntries(
    [...ids].map((id) => {
      const seen = new Map<string, Attempt>();
      for (const attempt of [...(own(here.attempts, id) ?? []), ...(own(imported.attempts, id) ?? [])]) {
        const key = attemptKey(attempt);
        if (!seen.get(key)?.grade) seen.set(key, attempt);
      }
      return [id, [...seen.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))];
    }),
  );
  const exams = new Map<string, ExamRecord>();
  for (const exam of [...here.exams, ...imported.exams]) if (!exams.has(exam.id)) exams.set(exam.id, exam);
  return {
    version: here.version,
    attempts,
    exams: [...exams.values()].sort((a, b) => Date.parse(a.finishedAt) - Date.parse(b.finishedAt)),
    activeExam: here.activeExam ?? imported.activeExam,
  };
}
