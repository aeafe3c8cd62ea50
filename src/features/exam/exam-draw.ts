// The practice exam, as pure functions: settings read from the URL, a reproducible draw of questions
// and option orders from a seed, and scoring by module against the pass mark.
//
// Reproducible: the same seed, modules and size draw the same questions in the same order, with the
// same option orders, for the same edition of the question bank (the pool is taken in bank order,
// so adding questions to the bank changes what a seed draws). The seed travels in the URL
// (`/practice/?seed=k3x9q2&count=10&modules=ethics,responsible-ai&timed=1`), so a link is a shareable exam.
//
// Scoring: a question counts as right only when the answer is exactly right (every correct option and
// no wrong one, so "choose all that apply" gets no partial credit); an unanswered question counts as
// wrong. The exam is passed at PASS_MARK (70 %) of the questions or more.

import type { ActiveExam, ExamRecord } from '../progress/progress-format.ts';
import { scoreAnswer } from '../quiz/scoring.ts';

/** Share of questions needed to pass, from 0 to 1. */
export const PASS_MARK = 0.7;
/** The sizes a learner can pick; 'all' takes every question of the chosen modules. */
export const EXAM_SIZES = [10, 20, 50, 'all'] as const;
export type ExamSize = (typeof EXAM_SIZES)[number];
/** Time allowed per question in a timed exam. */
export const SECONDS_PER_QUESTION = 90;

/** What a learner chose for an exam; everything needed to draw it again. */
export interface ExamSettings {
  seed: string;
  size: ExamSize;
  /** Module ids, in syllabus order; never empty. */
  modules: string[];
  timed: boolean;
}

const SEED_PATTERN = /^[a-z0-9-]{1,40}$/i;

/** True for a seed the URL may carry: letters, digits and hyphens, up to 40 characters. */
export const isValidSeed = (seed: string): boolean => SEED_PATTERN.test(seed);

/** A new random seed: eight base-36 characters from the given random source (crypto in the browser). */
export function newSeed(randomWords: (count: number) => Uint32Array): string {
  return [...randomWords(2)].map((word) => word.toString(36).padStart(7, '0').slice(-4)).join('');
}

/**
 * Reads exam settings from a URL's query. Missing or unusable values fall back to the defaults
 * (every module, 10 questions, untimed); `seed` is undefined when the URL carries none.
 */
export function readExamSettings(query: URLSearchParams, moduleIds: readonly string[]): Omit<ExamSettings, 'seed'> & { seed: string | undefined } {
  const seed = query.get('seed') ?? '';
  const count = query.get('count');
  const size: ExamSize = count === 'all' ? 'all' : (EXAM_SIZES.find((s) => String(s) === count) ?? 10);
  const asked = new Set((query.get('modules') ?? '').split(',').filter(Boolean));
  const modules = moduleIds.filter((id) => asked.has(id));
  return { seed: isValidSeed(seed) ? seed : undefined, size, modules: modules.length > 0 ? modules : [...moduleIds], timed: query.get('timed') === '1' };
}

/** The query string that describes an exam (the inverse of readExamSettings). */
export function examQuery(settings: ExamSettings, moduleIds: readonly string[]): string {
  const query = new URLSearchParams({ seed: settings.seed, count: String(settings.size) });
  const everyModule = moduleIds.every((id) => settings.modules.includes(id));
  if (!everyModule) query.set('modules', settings.modules.join(','));
  if (settings.timed) query.set('timed', '1');
  return query.toString();
}

/**
 * A pseudo-random generator from a string seed: the string is hashed to 32 bits (FNV-1a) and fed
 * to mulberry32. Returns numbers in [0, 1), the same sequence for the same seed on every machine.
 */
export function seededRandom(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle driven by `random`; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** A question as the exam needs it. */
export interface ExamQuestion {
  id: string;
  module: string;
  kind: 'single' | 'multiple' | 'true-false';
  options: readonly { correct: boolean }[];
}

/** Draws the exam's questions: the pool (in bank order) shuffled by the seed, the first `size` kept. */
export function drawQuestions(pool: readonly string[], seed: string, size: ExamSize): string[] {
  const shuffled = shuffle(pool, seededRandom(`questions:${seed}`));
  return size === 'all' ? shuffled : shuffled.slice(0, size);
}

/**
 * The order a question's options are shown in, as indices into its written options. Each question
 * has its own stream (seed + id), so its order does not depend on which other questions were drawn.
 * True/false keeps "True" before "False", as learners expect.
 */
export function optionOrder(question: Pick<ExamQuestion, 'id' | 'kind' | 'options'>, seed: string): number[] {
  const written = question.options.map((_, index) => index);
  return question.kind === 'true-false' ? written : shuffle(written, seededRandom(`options:${seed}:${question.id}`));
}

/** Minutes allowed for a timed exam of `count` questions. */
export const timeLimitMinutes = (count: number): number => Math.ceil((count * SECONDS_PER_QUESTION) / 60);

/** Starts an exam: the draw, each question's option order, and nothing answered yet. */
export function startExam(settings: ExamSettings, bank: ReadonlyMap<string, ExamQuestion>, pool: readonly string[], now: Date): ActiveExam {
  const questionIds = drawQuestions(pool, settings.seed, settings.size);
  return {
    seed: settings.seed,
    startedAt: now.toISOString(),
    questionIds,
    optionOrder: Object.fromEntries(questionIds.map((id) => [id, optionOrder(bank.get(id)!, settings.seed)])),
    answers: {},
    flagged: [],
    current: 0,
    minutes: settings.timed ? timeLimitMinutes(questionIds.length) : null,
    modules: settings.modules,
  };
}

/** When a timed exam runs out (ms since the epoch), or undefined when untimed. */
export const examDeadline = (exam: Pick<ActiveExam, 'startedAt' | 'minutes'>): number | undefined =>
  exam.minutes === null ? undefined : Date.parse(exam.startedAt) + exam.minutes * 60_000;

export interface ExamScore {
  correct: number;
  total: number;
  /** Share right, 0 to 1. */
  fraction: number;
  passed: boolean;
  /** Per module, in the order modules first appear in the exam. */
  byModule: Record<string, { correct: number; total: number }>;
  /** Question id → whether its answer was exactly right. */
  results: Record<string, boolean>;
}

/** Scores answers (indices into the written options) by module; unanswered questions count as wrong. */
export function scoreExam(questionIds: readonly string[], answers: Readonly<Record<string, readonly number[]>>, bank: ReadonlyMap<string, ExamQuestion>): ExamScore {
  const byModule: Record<string, { correct: number; total: number }> = {};
  const results: Record<string, boolean> = {};
  let correct = 0;
  for (const id of questionIds) {
    const question = bank.get(id);
    if (!question) throw new Error(`The exam includes question "${id}", which is not in the question bank.`);
    const right = question.options.flatMap((option, index) => (option.correct ? [index] : []));
    const chosen = answers[id] ?? [];
    const isRight = chosen.length > 0 && scoreAnswer(right, chosen).correct;
    results[id] = isRight;
    const tally = (byModule[question.module] ??= { correct: 0, total: 0 });
    tally.total += 1;
    if (isRight) {
      tally.correct += 1;
      correct += 1;
    }
  }
  const total = questionIds.length;
  const fraction = total === 0 ? 0 : correct / total;
  return { correct, total, fraction, passed: total > 0 && fraction >= PASS_MARK, byModule, results };
}

/** The record kept in the history when an exam is submitted. */
export function finishExam(exam: ActiveExam, bank: ReadonlyMap<string, ExamQuestion>, now: Date): { record: ExamRecord; score: ExamScore } {
  const score = scoreExam(exam.questionIds, exam.answers, bank);
  const record: ExamRecord = {
    id: `${exam.seed}-${Date.parse(exam.startedAt).toString(36)}`,
    seed: exam.seed,
    startedAt: exam.startedAt,
    finishedAt: now.toISOString(),
    questionIds: [...exam.questionIds],
    answers: Object.fromEntries(exam.questionIds.flatMap((id) => (exam.answers[id]?.length ? [[id, [...exam.answers[id]!]]] : []))),
    correct: score.correct,
    total: score.total,
    passed: score.passed,
    byModule: score.byModule,
  };
  return { record, score };
}

/** "70 %" style percentage, rounded down so a score never looks like a pass it is not. */
export const percent = (fraction: number): number => Math.floor(fraction * 100 + 1e-9);

/** "12 min 5 s" for a duration in milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}

/** "12:05" for a countdown in milliseconds. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
