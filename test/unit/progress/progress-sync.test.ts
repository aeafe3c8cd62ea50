import { describe, expect, it } from 'vitest';
import { withActiveExam, withExamStep, withFinishedExam, withoutExam, setAsideExam } from '../../../src/features/exam/exam-records.ts';
import { BACKUP_KEY_PREFIX, PROGRESS_KEY, emptyProgress, parseProgress, withAttempt, type ActiveExam, type Attempt, type ExamRecord, type Progress } from '../../../src/features/progress/progress-format.ts';
import { loadProgress, peekProgress, writeProgress } from '../../../src/features/progress/progress-store.ts';
import { replaceProgress } from '../../../src/features/progress/progress-replace.ts';
import { MAX_IMPORT_BYTES, importSizeProblem, mergeProgress, readImport } from '../../../src/features/progress/progress-transfer.ts';
import { FakeStorage } from './fake-storage.ts';

// Several tabs share one stored value: each change must be applied to what is stored now, never to
// the copy a tab read when it opened. Every test reads the stored value back.

const NOW = new Date('2026-12-07T10:00:00.000Z');
const at = (minute: number) => new Date(Date.parse('2026-12-07T09:00:00.000Z') + minute * 60_000).toISOString();
const answer = (minute: number, correct = true): Attempt => ({ at: at(minute), choice: [correct ? 0 : 1], correct, source: 'page' });
const stored = (storage: FakeStorage): Progress => {
  const read = parseProgress(storage.items.get(PROGRESS_KEY)!);
  if (!read.ok) throw new Error(`stored progress is unreadable: ${read.detail}`);
  return read.progress;
};
const active = (seed = 'seed-a'): ActiveExam => ({ seed, startedAt: at(0), questionIds: ['q1', 'q2'], optionOrder: { q1: [0, 1], q2: [1, 0] }, answers: {}, flagged: [], current: 0, minutes: null, modules: ['m'] });
const record = (exam: ActiveExam): ExamRecord => ({
  id: `${exam.seed}-1`,
  seed: exam.seed,
  startedAt: exam.startedAt,
  finishedAt: at(20),
  questionIds: exam.questionIds,
  answers: { q1: [0] },
  correct: 1,
  total: 2,
  passed: false,
  byModule: { m: { correct: 1, total: 2 } },
});

describe('two tabs writing to one store', () => {
  it('keeps every answer when two tabs answer alternately, 50 answers each', () => {
    const storage = new FakeStorage();
    // Both tabs opened on an empty store; neither reloads. Each write goes through the store.
    const tabA = loadProgress(storage, () => NOW);
    const tabB = loadProgress(storage, () => NOW);
    expect(tabA.progress).toEqual(tabB.progress);
    for (let i = 0; i < 50; i += 1) {
      expect(writeProgress(storage, (latest) => withAttempt(latest, `a-${i % 7}`, answer(2 * i))).saved).toBe(true);
      expect(writeProgress(storage, (latest) => withAttempt(latest, `b-${i % 5}`, answer(2 * i + 1, false))).saved).toBe(true);
    }
    const attempts = Object.values(stored(storage).attempts).flat();
    expect(attempts).toHaveLength(100);
    expect(new Set(attempts.map((a) => a.at)).size).toBe(100);
  });

  it('an old tab answering after an exam was finished elsewhere keeps the exam and its answers', () => {
    const storage = new FakeStorage();
    const exam = active();
    writeProgress(storage, withActiveExam(exam));
    writeProgress(storage, withFinishedExam(exam, record(exam), [['q1', { ...answer(20), source: 'exam' }]]));
    // The old tab still believes the store is empty; its answer is applied to what is stored.
    writeProgress(storage, (latest) => withAttempt(latest, 'q9', answer(30)));
    const after = stored(storage);
    expect(after.exams.map((e) => e.id)).toEqual(['seed-a-1']);
    expect(after.attempts['q1']).toEqual([{ ...answer(20), source: 'exam' }]);
    expect(after.attempts['q9']).toEqual([answer(30)]);
    expect(after.activeExam).toBeNull();
  });

  it('an old tab answering keeps an exam in progress, and a stale exam tab cannot end a newer exam', () => {
    const storage = new FakeStorage();
    const exam = active();
    writeProgress(storage, withActiveExam(exam));
    writeProgress(storage, withExamStep(exam, { answers: { q1: [1] }, current: 1 }));
    writeProgress(storage, (latest) => withAttempt(latest, 'q9', answer(5)));
    expect(stored(storage).activeExam).toEqual({ ...exam, answers: { q1: [1] }, current: 1 });
    // Another tab abandoned it and started a new one; this tab's steps and its finish leave that one alone.
    const newer = { ...active('seed-b'), startedAt: at(40) };
    writeProgress(storage, withActiveExam(newer));
    writeProgress(storage, withExamStep(exam, { current: 0 }));
    writeProgress(storage, withoutExam(exam));
    expect(stored(storage).activeExam).toEqual(newer);
  });

  it('records a finished exam once, even when two tabs submit it', () => {
    const storage = new FakeStorage();
    const exam = active();
    writeProgress(storage, withActiveExam(exam));
    const finish = withFinishedExam(exam, record(exam), [['q1', { ...answer(20), source: 'exam' }]]);
    writeProgress(storage, finish);
    writeProgress(storage, finish);
    expect(stored(storage).exams).toHaveLength(1);
    expect(stored(storage).attempts['q1']).toHaveLength(1);
  });

  it('other tabs read the latest value; an unreadable one is not offered to them', () => {
    const storage = new FakeStorage();
    writeProgress(storage, (latest) => withAttempt(latest, 'q1', answer(1)));
    expect(peekProgress(storage)?.attempts['q1']).toEqual([answer(1)]);
    storage.items.set(PROGRESS_KEY, '{"version":2,');
    expect(peekProgress(storage)).toBeUndefined();
    storage.blocked = true;
    expect(peekProgress(storage)).toBeUndefined();
  });
});

describe('writes that do not persist are reported, never claimed', () => {
  it('full storage: the stored value is unchanged and the problem is "full"', () => {
    const before = JSON.stringify(withAttempt(emptyProgress(), 'q1', answer(1)));
    const storage = new FakeStorage({ [PROGRESS_KEY]: before }, PROGRESS_KEY.length + before.length + 20);
    expect(writeProgress(storage, (latest) => withAttempt(latest, 'q2', answer(2)))).toEqual({ saved: false, problem: { kind: 'full' } });
    expect(storage.items.get(PROGRESS_KEY)).toBe(before);
  });

  it('blocked storage and storage that silently drops writes are both "blocked"', () => {
    const blocked = new FakeStorage();
    blocked.blocked = true;
    expect(writeProgress(blocked, (latest) => latest)).toEqual({ saved: false, problem: { kind: 'blocked' } });
    const forgetful = new FakeStorage();
    forgetful.forgetful = true;
    expect(writeProgress(forgetful, (latest) => withAttempt(latest, 'q1', answer(1)))).toEqual({ saved: false, problem: { kind: 'blocked' } });
    expect(forgetful.items.size).toBe(0);
  });

  it('a value damaged after the page loaded is left alone, not overwritten', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: '{"version":9}' });
    expect(writeProgress(storage, (latest) => withAttempt(latest, 'q1', answer(1)))).toEqual({
      saved: false,
      problem: { kind: 'damaged', detail: 'version 9 is not one this guide knows' },
    });
    expect(storage.items.get(PROGRESS_KEY)).toBe('{"version":9}');
  });
});

describe('a damaged value larger than the room left', () => {
  const damaged = `{"version":2,"attempts":${'x'.repeat(4000)}`;
  const quota = 5_000;

  it('is kept in place (no backup fits) and saving waits; it is not reported as blocked', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: damaged }, quota);
    const loaded = loadProgress(storage, () => NOW);
    expect(loaded.notice).toEqual({ kind: 'damaged', detail: 'not valid JSON' });
    expect([...storage.items]).toEqual([[PROGRESS_KEY, damaged]]);
  });

  it('once cleared by the learner, saving works again', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: damaged }, quota);
    storage.removeItem(PROGRESS_KEY);
    expect(writeProgress(storage, (latest) => withAttempt(latest, 'q1', answer(1))).saved).toBe(true);
    expect(stored(storage).attempts['q1']).toEqual([answer(1)]);
  });

  it('reset without room for a backup really removes it, and says no copy was kept', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: damaged }, quota);
    expect(replaceProgress(storage, emptyProgress(), NOW, false)).toEqual({ saved: true, backupKey: undefined });
    expect([...storage.items]).toEqual([[PROGRESS_KEY, JSON.stringify(emptyProgress())]]);
  });
});

describe('replacing and resetting keep a backup first', () => {
  const here = withAttempt(emptyProgress(), 'q1', answer(1));

  it('copies exactly what was stored to a dated backup key, then stores the replacement', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: JSON.stringify(here) });
    const next = withAttempt(emptyProgress(), 'q2', answer(2));
    const backupKey = `${BACKUP_KEY_PREFIX}${NOW.toISOString()}`;
    expect(replaceProgress(storage, next, NOW, true)).toEqual({ saved: true, backupKey });
    expect(storage.items.get(backupKey)).toBe(JSON.stringify(here));
    expect(stored(storage)).toEqual(next);
  });

  it('keeps no backup of empty progress', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: JSON.stringify(emptyProgress()) });
    expect(replaceProgress(storage, here, NOW, true)).toEqual({ saved: true, backupKey: undefined });
    expect(storage.items.size).toBe(1);
  });

  it('changes nothing when a required backup does not fit', () => {
    const text = JSON.stringify(here);
    const storage = new FakeStorage({ [PROGRESS_KEY]: text }, PROGRESS_KEY.length + text.length + 50);
    expect(replaceProgress(storage, emptyProgress(), NOW, true)).toEqual({ saved: false, problem: { kind: 'full' }, backupFailed: true });
    expect([...storage.items]).toEqual([[PROGRESS_KEY, text]]);
  });

  it('changes nothing, and leaves no stray backup, when the replacement does not fit', () => {
    const text = JSON.stringify(here);
    const big = withAttempt(here, 'q-long', { ...answer(3), choice: Array.from({ length: 400 }, (_, i) => i) });
    const storage = new FakeStorage({ [PROGRESS_KEY]: text }, 2 * (PROGRESS_KEY.length + text.length) + 200);
    expect(replaceProgress(storage, big, NOW, true)).toMatchObject({ saved: false, problem: { kind: 'full' } });
    expect([...storage.items]).toEqual([[PROGRESS_KEY, text]]);
  });
});

describe('an exam that cannot be resumed is set aside, not deleted', () => {
  it('keeps it under a backup key as an importable progress file', () => {
    const storage = new FakeStorage();
    const key = setAsideExam(storage, active(), NOW)!;
    expect(key).toBe(`${BACKUP_KEY_PREFIX}${NOW.toISOString()}`);
    expect(readImport(storage.items.get(key)!)).toMatchObject({ ok: true, progress: { activeExam: active() } });
  });

  it('says so when there is no room for it', () => {
    expect(setAsideExam(new FakeStorage({}, 10), active(), NOW)).toBeUndefined();
  });
});

describe('import: keys that name Object.prototype members are plain ids', () => {
  const file = (ids: string[]) =>
    JSON.stringify({ format: 'genai-study-guide-progress', version: 2, attempts: Object.fromEntries(ids.map((id, i) => [id, [answer(i)]])), exams: [], activeExam: null });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('merges an id named %s without touching prototypes', (id) => {
    const read = readImport(file([id, 'q1']));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const here = withAttempt(emptyProgress(), 'q1', answer(50));
    const merged = mergeProgress(here, read.progress);
    expect(Object.keys(merged.attempts).sort()).toEqual([id, 'q1'].sort());
    expect(Object.hasOwn(merged.attempts, id)).toBe(true);
    expect(Object.getPrototypeOf(merged.attempts)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(merged)).attempts[id]).toEqual([answer(0)]);
    expect(merged.attempts['q1']).toEqual([answer(1), answer(50)]);
    // And stored through the store, it reads back the same.
    const storage = new FakeStorage();
    writeProgress(storage, () => merged);
    expect(Object.keys(stored(storage).attempts).sort()).toEqual([id, 'q1'].sort());
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('withAttempt on such an id adds to its own list', () => {
    const progress = withAttempt(withAttempt(emptyProgress(), 'constructor', answer(1)), 'constructor', answer(2));
    expect(progress.attempts['constructor']).toEqual([answer(1), answer(2)]);
  });
});

describe('merge: the same attempt once, with its review grade', () => {
  it('prefers the copy that carries a grade, whichever side it comes from', () => {
    const plain = { ...answer(1), source: 'review' as const };
    const graded = { ...plain, grade: 4 as const };
    const left = withAttempt(emptyProgress(), 'q1', plain);
    const right = withAttempt(emptyProgress(), 'q1', graded);
    expect(mergeProgress(left, right).attempts['q1']).toEqual([graded]);
    expect(mergeProgress(right, left).attempts['q1']).toEqual([graded]);
  });
});

describe('import size', () => {
  it('refuses a file larger than a browser keeps for a site, with its size in the message', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(importSizeProblem(7.5 * 1024 * 1024)).toBe(
      'This file is 7.5 MB, larger than any progress this guide can keep (at most 5.0 MB, what a browser stores for one site). Nothing was changed.',
    );
    expect(readImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toMatchObject({ ok: false, message: expect.stringContaining('larger than any progress') });
  });
});
