import { describe, expect, it } from 'vitest';
import { emptyProgress, type Attempt, type ExamRecord, type Progress } from '../../../src/features/progress/progress-format.ts';
import { EXPORT_FORMAT, describeSummary, exportProgress, mergeProgress, readImport, summarizeProgress } from '../../../src/features/progress/progress-transfer.ts';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const attempt = (at: string, correct: boolean, extra: Partial<Attempt> = {}): Attempt => ({ at, choice: [correct ? 1 : 0], correct, source: 'page', ...extra });
const exam = (id: string, finishedAt: string): ExamRecord => ({
  id,
  seed: id,
  startedAt: '2026-11-20T09:00:00.000Z',
  finishedAt,
  questionIds: ['q1'],
  answers: { q1: [1] },
  correct: 1,
  total: 1,
  passed: true,
  byModule: { m: { correct: 1, total: 1 } },
});
const progress = (): Progress => ({
  version: 2,
  attempts: { q1: [attempt('2026-11-20T09:00:00.000Z', false), attempt('2026-11-21T09:00:00.000Z', true, { source: 'review', grade: 4 })], q2: [attempt('2026-11-22T09:00:00.000Z', true)] },
  exams: [exam('e1', '2026-11-20T09:10:00.000Z')],
  activeExam: null,
});

describe('export', () => {
  it('writes a named, versioned file that imports back to exactly the same progress', () => {
    const { fileName, text } = exportProgress(progress(), NOW);
    expect(fileName).toBe('genai-study-guide-progress-2026-11-25.json');
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, exportedAt: NOW.toISOString(), version: 2 });
    const read = readImport(text);
    expect(read).toEqual({ ok: true, progress: progress(), exportedAt: NOW.toISOString(), summary: { questions: 2, attempts: 3, exams: 1 } });
  });

  it('accepts a bare progress object, as stored in the browser', () => {
    expect(readImport(JSON.stringify(progress()))).toMatchObject({ ok: true, exportedAt: undefined });
  });
});

describe('import: a wrong or damaged file gives a clear error', () => {
  it.each([
    ['truncated JSON', '{"format":"genai-study-guide-progress","version":2,"attem', 'This file is damaged or is not a progress file: it is not valid JSON. Nothing was changed.'],
    ['an empty file', '', 'This file is damaged or is not a progress file: it is not valid JSON. Nothing was changed.'],
    ['a JSON list', '[1,2]', 'This is not a progress file from this guide. Nothing was changed.'],
    ['another JSON file', '{"schemaVersion":1,"questions":[]}', 'This is not a progress file from this guide (choose a file named genai-study-guide-progress-….json). Nothing was changed.'],
    ['another format', '{"format":"anki","version":2}', 'This is not a progress file from this guide (choose a file named genai-study-guide-progress-….json). Nothing was changed.'],
    ['a future version', '{"format":"genai-study-guide-progress","version":7,"attempts":{}}', 'This progress file comes from a newer or unknown version of the guide (version 7 is not one this guide knows). Nothing was changed.'],
    ['damaged attempts', '{"format":"genai-study-guide-progress","version":2,"attempts":{"q":[{"at":"never"}]},"exams":[]}', 'This progress file is damaged (attempts are malformed). Nothing was changed.'],
  ])('%s', (_, text, message) => {
    expect(readImport(text)).toEqual({ ok: false, message });
  });
});

describe('merge keeps everything from both sides', () => {
  it('unions attempts (identical ones once, oldest first) and exams (by id, in finishing order)', () => {
    const here = progress();
    const imported: Progress = {
      version: 2,
      attempts: { q1: [attempt('2026-11-19T09:00:00.000Z', true), here.attempts['q1']![0]!], q3: [attempt('2026-11-23T09:00:00.000Z', false)] },
      exams: [exam('e0', '2026-11-19T09:10:00.000Z'), exam('e1', '2026-11-20T09:10:00.000Z')],
      activeExam: null,
    };
    const merged = mergeProgress(here, imported);
    expect(merged.attempts['q1']!.map((a) => a.at)).toEqual(['2026-11-19T09:00:00.000Z', '2026-11-20T09:00:00.000Z', '2026-11-21T09:00:00.000Z']);
    expect(Object.keys(merged.attempts).sort()).toEqual(['q1', 'q2', 'q3']);
    expect(merged.exams.map((e) => e.id)).toEqual(['e0', 'e1']);
    expect(summarizeProgress(merged)).toEqual({ questions: 3, attempts: 5, exams: 2 });
  });

  it('keeps the exam in progress here, or takes the imported one', () => {
    const active = { seed: 's', startedAt: '2026-11-25T09:00:00.000Z', questionIds: ['q1'], optionOrder: { q1: [0, 1] }, answers: {}, flagged: [], current: 0, minutes: null, modules: ['m'] };
    const other = { ...active, seed: 't' };
    expect(mergeProgress({ ...emptyProgress(), activeExam: active }, { ...emptyProgress(), activeExam: other }).activeExam?.seed).toBe('s');
    expect(mergeProgress(emptyProgress(), { ...emptyProgress(), activeExam: other }).activeExam?.seed).toBe('t');
  });

  it('merging with itself changes nothing', () => {
    expect(mergeProgress(progress(), progress())).toEqual(progress());
  });
});

describe('summaries', () => {
  it('describes what a file holds in words', () => {
    expect(describeSummary({ questions: 1, attempts: 1, exams: 0 })).toBe('1 answer to 1 question and 0 practice exams');
    expect(describeSummary(summarizeProgress(progress()))).toBe('3 answers to 2 questions and 1 practice exam');
  });
});

describe('exam details are checked on import', () => {
  it('rejects a file whose exam does not add up, or whose exam in progress cannot be resumed', () => {
    const badScore = { ...progress(), exams: [{ ...exam('e1', '2026-11-20T09:10:00.000Z'), correct: 3 }] };
    expect(readImport(JSON.stringify(badScore))).toEqual({ ok: false, message: 'This progress file is damaged (exams are malformed). Nothing was changed.' });
    const active = { seed: 's', startedAt: '2026-11-25T09:00:00.000Z', questionIds: ['q1', 'q2'], optionOrder: { q1: [0, 1] }, answers: {}, flagged: [], current: 0, minutes: null, modules: ['m'] };
    expect(readImport(JSON.stringify({ ...progress(), activeExam: active }))).toEqual({
      ok: false,
      message: 'This progress file is damaged (the exam in progress is malformed). Nothing was changed.',
    });
    expect(readImport(JSON.stringify({ ...progress(), activeExam: { ...active, optionOrder: { q1: [0, 1], q2: [1, 0] } } }))).toMatchObject({ ok: true });
  });
});
