// The format of a learner's progress, kept in localStorage under PROGRESS_KEY and in export files.
//
// Version 2 (current):
//   {
//     "version": 2,
//     "attempts": { "<question id>": [Attempt, ...] },   // every answer, oldest first
//     "exams":    [ExamRecord, ...],                     // finished practice exams, oldest first
//     "activeExam": ActiveExam | null                    // an exam in progress, survives reloads
//   }
//   Attempt    = { "at": ISO time, "choice": [option index, ...], "correct": boolean,
//                  "source": "page" | "question" | "exam" | "review", "grade"?: 1-4 (FSRS rating chosen in review) }
//   ExamRecord = { "id", "seed", "startedAt", "finishedAt", "questionIds", "answers": { id: [index] },
//                  "correct", "total", "passed", "byModule": { module: { correct, total } } }
//   ActiveExam = { "seed", "startedAt", "questionIds", "optionOrder": { id: [original index, ...] },
//                  "answers": { id: [original index] }, "flagged": [id], "current": index into questionIds,
//                  "minutes": number | null (time limit), "modules": [module id] }
// Option indices always refer to the question's options as written in content/, whatever order an
// exam showed them in. Keys other than those above are dropped when progress is read.
// readProgress checks the shape every page relies on; the practice exam and imports also check each
// exam's details (examProblem in exam-record-checks.ts), so the page quiz's code stays small.
// Export files add "format" and "exportedAt" (src/features/progress/progress-transfer.ts).
//
// Version 1 (the first page-quiz format): { "version": 1, "attempts": {...} } with attempts as above
// but without "source". Older or unknown versions are never guessed at: they are set aside.

export const PROGRESS_KEY = 'genai-guide:progress';
export const BACKUP_KEY_PREFIX = 'genai-guide:progress-backup:';
const CURRENT_VERSION = 2;

type AttemptSource = 'page' | 'question' | 'exam' | 'review';

export interface Attempt {
  at: string;
  choice: number[];
  correct: boolean;
  source: AttemptSource;
  /** FSRS rating the learner chose in a review (1 Again, 2 Hard, 3 Good, 4 Easy). */
  grade?: 1 | 2 | 3 | 4;
}

export interface ExamRecord {
  id: string;
  seed: string;
  startedAt: string;
  finishedAt: string;
  questionIds: string[];
  answers: Record<string, number[]>;
  correct: number;
  total: number;
  passed: boolean;
  byModule: Record<string, { correct: number; total: number }>;
}

/** An exam in progress: enough to resume it exactly after a reload. */
export interface ActiveExam {
  seed: string;
  startedAt: string;
  questionIds: string[];
  /** Option order shown for each question (indices into the original options). */
  optionOrder: Record<string, number[]>;
  answers: Record<string, number[]>;
  flagged: string[];
  current: number;
  /** Time limit in minutes, or null for untimed. */
  minutes: number | null;
  modules: string[];
}

export interface Progress {
  version: typeof CURRENT_VERSION;
  attempts: Record<string, Attempt[]>;
  exams: ExamRecord[];
  activeExam: ActiveExam | null;
}

export const emptyProgress = (): Progress => ({ version: CURRENT_VERSION, attempts: {}, exams: [], activeExam: null });

/** Why a stored value could not be used. */
export type ReadFailure = { reason: 'corrupt' | 'unknown-version'; detail: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndexList = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0);
const SOURCES: readonly unknown[] = ['page', 'question', 'exam', 'review'];

function isAttempt(value: unknown): value is Attempt {
  return (
    isObject(value) &&
    typeof value['at'] === 'string' &&
    !Number.isNaN(Date.parse(value['at'])) &&
    isIndexList(value['choice']) &&
    typeof value['correct'] === 'boolean' &&
    SOURCES.includes(value['source']) &&
    (value['grade'] === undefined || [1, 2, 3, 4].includes(value['grade'] as number))
  );
}

function isAttemptMap(value: unknown, check: (attempt: unknown) => boolean): boolean {
  return isObject(value) && Object.values(value).every((list) => Array.isArray(list) && list.every(check));
}

function isExamRecord(value: unknown): value is ExamRecord {
  return (
    isObject(value) &&
    ['id', 'seed', 'startedAt', 'finishedAt'].every((key) => typeof value[key] === 'string') &&
    Array.isArray(value['questionIds']) &&
    isObject(value['answers']) &&
    typeof value['correct'] === 'number' &&
    typeof value['total'] === 'number' &&
    typeof value['passed'] === 'boolean' &&
    isObject(value['byModule'])
  );
}

function isActiveExam(value: unknown): value is ActiveExam {
  return (
    isObject(value) &&
    typeof value['seed'] === 'string' &&
    Array.isArray(value['questionIds']) &&
    isObject(value['optionOrder']) &&
    isObject(value['answers']) &&
    Array.isArray(value['flagged']) &&
    typeof value['current'] === 'number' &&
    (value['minutes'] === null || typeof value['minutes'] === 'number') &&
    Array.isArray(value['modules'])
  );
}

/** Upgrades an older version, one step at a time, to the current one. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 → v2: attempts gain a source (all v1 answers came from page quizzes); exams arrive.
  1: (old) => ({
    version: 2,
    attempts: Object.fromEntries(
      Object.entries(old['attempts'] as Record<string, Record<string, unknown>[]>).map(([id, list]) => [
        id,
        list.map((attempt) => ({ ...attempt, source: 'page' })),
      ]),
    ),
    exams: [],
    activeExam: null,
  }),
};

/** Reads a parsed value as progress, migrating old versions; never throws. */
export function readProgress(value: unknown): { ok: true; progress: Progress; migratedFrom?: number } | ({ ok: false } & ReadFailure) {
  if (!isObject(value)) return { ok: false, reason: 'corrupt', detail: 'not an object' };
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'corrupt', detail: 'no version number' };
  if (version > CURRENT_VERSION || version < 1) return { ok: false, reason: 'unknown-version', detail: `version ${version} is not one this guide knows` };
  if (version === 1 && !isAttemptMap(value['attempts'], (a) => isAttempt({ ...(a as object), source: 'page' }))) {
    return { ok: false, reason: 'corrupt', detail: 'attempts are malformed' };
  }
  let current = value;
  for (let v = version; v < CURRENT_VERSION; v += 1) current = MIGRATIONS[v]!(current);
  if (!isAttemptMap(current['attempts'], isAttempt)) return { ok: false, reason: 'corrupt', detail: 'attempts are malformed' };
  if (!Array.isArray(current['exams']) || !current['exams'].every(isExamRecord)) return { ok: false, reason: 'corrupt', detail: 'exams are malformed' };
  const active = current['activeExam'] ?? null;
  if (active !== null && !isActiveExam(active)) return { ok: false, reason: 'corrupt', detail: 'the exam in progress is malformed' };
  // Only the documented keys are kept, so whatever else a file carried never reaches storage.
  const progress: Progress = {
    version: CURRENT_VERSION,
    attempts: current['attempts'] as Progress['attempts'],
    exams: current['exams'] as ExamRecord[],
    activeExam: active as ActiveExam | null,
  };
  return version === CURRENT_VERSION ? { ok: true, progress } : { ok: true, progress, migratedFrom: version };
}

/** Parses a JSON string as progress (for storage and imported files). */
export function parseProgress(json: string) {
  try {
    return readProgress(JSON.parse(json));
  } catch {
    return { ok: false as const, reason: 'corrupt' as const, detail: 'not valid JSON' };
  }
}

/**
 * A map's own entry, or undefined. Ids come from stored and imported data, so a key such as
 * `constructor` or `__proto__` must never reach Object.prototype.
 */
export const own = <T>(map: Record<string, T>, key: string): T | undefined => (Object.hasOwn(map, key) ? map[key] : undefined);

/** Adds an attempt, returning new progress (the old object is left unchanged). */
export function withAttempt(progress: Progress, questionId: string, attempt: Attempt): Progress {
  return { ...progress, attempts: { ...progress.attempts, [questionId]: [...(own(progress.attempts, questionId) ?? []), attempt] } };
}

/** The learner's most recent attempt at a question. */
export const latestAttempt = (progress: Progress, questionId: string): Attempt | undefined => own(progress.attempts, questionId)?.at(-1);
