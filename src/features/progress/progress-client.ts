import { latestAttempt, withAttempt, type Attempt, type Progress } from './progress-format.ts';
import { loadProgress, saveProgress, type LoadResult, type StoreNotice } from './progress-store.ts';

// The page's one copy of the learner's progress, shared by every island on the page.
export const PROGRESS_EVENT = 'guide:progress';

let state: LoadResult | undefined;

function current(): LoadResult {
  if (!state) {
    state = loadProgress(() => localStorage, () => new Date());
    if (state.notice) console.warn('[GenAI Study Guide] progress store:', state.notice);
  }
  return state;
}

export const getProgress = (): Progress => current().progress;
export const getNotice = (): StoreNotice | undefined => current().notice;

/** Replaces the progress (import, reset, exam) and saves it. */
export function setProgress(progress: Progress) {
  const loaded = current();
  loaded.progress = progress;
  if (loaded.persistent) {
    try {
      if (!saveProgress(localStorage, progress)) throw new Error('refused');
    } catch {
      loaded.persistent = false;
      loaded.notice = { kind: 'not-saved' };
      console.warn('[GenAI Study Guide] progress could not be saved; it lasts until this page closes.');
    }
  }
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

/** Records one answer and tells the page. */
export const recordAttempt = (questionId: string, attempt: Attempt) => setProgress(withAttempt(getProgress(), questionId, attempt));

export const lastAttempt = (questionId: string) => latestAttempt(getProgress(), questionId);

/** The sentence shown to the learner for a notice. */
export function noticeText(notice: StoreNotice): string {
  if (notice.kind === 'recovered') {
    return `Your saved progress could not be read (${notice.detail}), so quizzes start fresh. Nothing was deleted: the old data is kept in this browser under "${notice.backupKey}".`;
  }
  if (notice.kind === 'unavailable') return 'This browser is not letting the guide save progress, so answers last only until you leave the page.';
  return 'Storage is full or blocked, so new answers are kept only until you leave the page.';
}
