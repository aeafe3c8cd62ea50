import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEY_PREFIX,
  PROGRESS_KEY,
  emptyProgress,
  latestAttempt,
  parseProgress,
  readProgress,
  withAttempt,
  type Attempt,
  type Progress,
} from '../../../src/features/progress/progress-format.ts';
import { loadProgress, writeProgress } from '../../../src/features/progress/progress-store.ts';
import { FakeStorage } from './fake-storage.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const now = () => NOW;
const attempt = (overrides: Partial<Attempt> = {}): Attempt => ({ at: '2026-11-20T09:00:00.000Z', choice: [1], correct: true, source: 'page', ...overrides });
const sample = (): Progress => withAttempt(withAttempt(emptyProgress(), 'q-one', attempt()), 'q-one', attempt({ at: '2026-11-21T09:00:00.000Z', choice: [0], correct: false }));

describe('progress store: load and save', () => {
  it('starts empty and persistent when nothing is stored', () => {
    const result = loadProgress(new FakeStorage(), now);
    expect(result).toEqual({ progress: emptyProgress(), notice: undefined });
  });

  it('saves and loads back exactly', () => {
    const storage = new FakeStorage();
    expect(writeProgress(storage, () => sample())).toEqual({ saved: true, progress: sample() });
    const loaded = loadProgress(storage, now);
    expect(loaded.progress).toEqual(sample());
    expect(loaded.notice).toBeUndefined();
    expect(latestAttempt(loaded.progress, 'q-one')).toMatchObject({ correct: false, choice: [0] });
  });

  it('adds attempts without changing the old object', () => {
    const before = emptyProgress();
    const after = withAttempt(before, 'q', attempt());
    expect(before.attempts).toEqual({});
    expect(after.attempts['q']).toHaveLength(1);
  });
});

describe('progress store: damaged data is set aside, never lost', () => {
  it('keeps a corrupted value under a backup key and starts clean', () => {
    const damaged = '{"version":2,"attempts":{"q":"oops';
    const storage = new FakeStorage({ [PROGRESS_KEY]: damaged });
    const result = loadProgress(storage, now);
    const backupKey = `${BACKUP_KEY_PREFIX}${NOW.toISOString()}`;
    expect(result.progress).toEqual(emptyProgress());
    expect(result.notice).toEqual({ kind: 'recovered', backupKey, detail: 'not valid JSON' });
    expect(storage.items.get(backupKey)).toBe(damaged);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toEqual(emptyProgress());
  });

  it('sets aside a version it does not know instead of guessing', () => {
    const future = JSON.stringify({ version: 9, attempts: {} });
    const storage = new FakeStorage({ [PROGRESS_KEY]: future });
    const result = loadProgress(storage, now);
    expect(result.notice).toMatchObject({ kind: 'recovered', detail: 'version 9 is not one this guide knows' });
    expect([...storage.items.values()]).toContain(future);
    expect(readProgress({ version: 0, attempts: {} })).toMatchObject({ ok: false, reason: 'unknown-version' });
  });

  it('works in memory when storage throws on read', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: JSON.stringify(sample()) });
    storage.blocked = true;
    expect(loadProgress(storage, now)).toEqual({ progress: emptyProgress(), notice: { kind: 'blocked' } });
  });

  it('does not overwrite damaged data when no backup can be written, and says it waits for the learner', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: 'not json' }, 'not json'.length + PROGRESS_KEY.length + 10);
    const result = loadProgress(storage, now);
    expect(result).toEqual({ progress: emptyProgress(), notice: { kind: 'damaged', detail: 'not valid JSON' } });
    expect([...storage.items]).toEqual([[PROGRESS_KEY, 'not json']]);
  });

  it('reports a refused save instead of throwing', () => {
    const storage = new FakeStorage({}, 10);
    expect(writeProgress(storage, () => sample())).toEqual({ saved: false, problem: { kind: 'full' } });
    expect(storage.items.size).toBe(0);
  });
});

describe('progress format: migration and validation', () => {
  it('migrates version 1 to version 2: page-quiz attempts gain their source, exams arrive', () => {
    const v1 = { version: 1, attempts: { 'q-one': [{ at: '2026-11-20T09:00:00.000Z', choice: [2], correct: false }] } };
    const read = readProgress(v1);
    expect(read).toEqual({
      ok: true,
      migratedFrom: 1,
      progress: { version: 2, attempts: { 'q-one': [{ at: '2026-11-20T09:00:00.000Z', choice: [2], correct: false, source: 'page' }] }, exams: [], activeExam: null },
    });
  });

  it('re-saves migrated progress in the current version', () => {
    const storage = new FakeStorage({ [PROGRESS_KEY]: JSON.stringify({ version: 1, attempts: { q: [{ at: '2026-11-20T09:00:00.000Z', choice: [0], correct: true }] } }) });
    loadProgress(storage, now);
    expect(JSON.parse(storage.items.get(PROGRESS_KEY)!)).toMatchObject({ version: 2, attempts: { q: [{ source: 'page' }] } });
  });

  it('rejects malformed version 1 attempts', () => {
    expect(readProgress({ version: 1, attempts: { q: [{ at: 'yesterday', choice: [0], correct: true }] } })).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it.each([
    ['not an object', []],
    ['no version number', { attempts: {} }],
    ['attempts are malformed', { version: 2, attempts: { q: [{ at: '2026-11-20T09:00:00Z', choice: [-1], correct: true, source: 'page' }] }, exams: [], activeExam: null }],
    ['attempts are malformed', { version: 2, attempts: { q: [attempt({ grade: 7 as 1 })] }, exams: [], activeExam: null }],
    ['attempts are malformed', { version: 2, attempts: { q: [{ ...attempt(), source: 'elsewhere' }] }, exams: [], activeExam: null }],
    ['exams are malformed', { version: 2, attempts: {}, exams: [{ id: 'x' }], activeExam: null }],
    ['the exam in progress is malformed', { version: 2, attempts: {}, exams: [], activeExam: { seed: 's' } }],
  ])('says why it cannot read progress: %s', (detail, value) => {
    expect(readProgress(value)).toEqual({ ok: false, reason: 'corrupt', detail });
  });

  it('accepts a finished exam and an exam in progress, and drops keys it does not know', () => {
    const exam = { id: 'abc-1', seed: 'abc', startedAt: '2026-11-20T09:00:00Z', finishedAt: '2026-11-20T09:10:00Z', questionIds: ['q'], answers: { q: [1] }, correct: 1, total: 1, passed: true, byModule: { m: { correct: 1, total: 1 } } };
    const active = { seed: 'def', startedAt: '2026-11-21T09:00:00Z', questionIds: ['q'], optionOrder: { q: [1, 0] }, answers: {}, flagged: [], current: 0, minutes: null, modules: ['m'] };
    const read = parseProgress(JSON.stringify({ version: 2, attempts: {}, exams: [exam], activeExam: active, format: 'x', extra: 1 }));
    expect(read).toEqual({ ok: true, progress: { version: 2, attempts: {}, exams: [exam], activeExam: active } });
  });

});
