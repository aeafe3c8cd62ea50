import { emptyProgress, latestAttempt, withAttempt, type Attempt, type Progress } from './progress-format.ts';
import { loadProgress, peekProgress, writeProgress, type LoadResult, type StorageLike } from './progress-store.ts';

// The page's copy of the learner's progress, shared by every element on the page and kept in step
// with other tabs: each change is applied to the latest stored value (progress-store.ts), and a write
// in another tab (the `storage` event) refreshes this copy and tells the page.
export const PROGRESS_EVENT = 'guide:progress';
/** `progressNotice`: the dataset key of <html> that holds the current StoreNotice as JSON (empty when none). */
export const NOTICE_DATA = 'progressNotice';

type Change = (latest: Progress) => Progress;

// Every access goes through the store's try/catch: reading `localStorage` itself throws when blocked.
export const browserStorage: StorageLike = {
  getItem: (key) => localStorage.getItem(key),
  setItem: (key, value) => localStorage.setItem(key, value),
  removeItem: (key) => localStorage.removeItem(key),
};

let state: LoadResult | undefined;
/** Changes this page made that are not stored yet (storage full or blocked): saved with the next write that works. */
const unsaved: Change[] = [];
const withUnsaved = (progress: Progress) => unsaved.reduce((result, change) => change(result), progress);
/**
 * Tells the page that progress changed. The store's notice is published on <html data-progress-notice>
 * for <storage-status>, which reads it there rather than importing this module: that keeps this
 * module in one chunk with the quiz's scoring (see the bench).
 */
function tell() {
  document.documentElement.dataset[NOTICE_DATA] = state?.notice ? JSON.stringify(state.notice) : '';
  document.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}

function current(): LoadResult {
  if (!state) {
    state = loadProgress(browserStorage, () => new Date());
    if (state.notice) queueMicrotask(tell);
    // Another tab wrote (or cleared damaged data, or freed room): take what is stored now. Any key
    // counts, so a removal or a full clear() elsewhere is never missed.
    addEventListener('storage', () => {
      if (peekProgress(browserStorage)) adoptStored(true);
    });
  }
  return state;
}

export const getProgress = (): Progress => current().progress;

/** Saves every change not stored yet; returns whether storage now holds them. */
function flush(): boolean {
  const page = current();
  if (page.notice?.kind === 'damaged') return false; // the learner decides first (storage-status.ts)
  const result = writeProgress(browserStorage, withUnsaved);
  if (!result.saved) {
    page.notice = result.problem;
    return false;
  }
  unsaved.length = 0;
  page.progress = result.progress;
  if (page.notice?.kind !== 'recovered') page.notice = undefined;
  return true;
}

/**
 * Applies a change (an answer, an exam step) to the latest stored progress and saves it. When
 * storage refuses, the page keeps the change for this visit, says so, and saves it with the next write
 * that works. Returns whether it was saved.
 */
export function updateProgress(change: Change): boolean {
  const page = current();
  unsaved.push(change);
  page.progress = change(page.progress);
  const saved = flush();
  tell();
  return saved;
}

/**
 * After a write made elsewhere (import, reset, clearing damaged data: see progress-data.ts and
 * progress-recovery.ts), the page takes what is now stored; its own unsaved answers are saved on top
 * unless the learner replaced everything.
 */
export function adoptStored(keepUnsaved: boolean) {
  const page = current();
  if (!keepUnsaved) unsaved.length = 0;
  if (page.notice?.kind !== 'recovered') page.notice = undefined;
  page.progress = withUnsaved(peekProgress(browserStorage) ?? emptyProgress());
  if (unsaved.length) flush();
  tell();
}

/** Records one answer and tells the page. */
export const recordAttempt = (questionId: string, attempt: Attempt) => updateProgress((latest) => withAttempt(latest, questionId, attempt));

export const lastAttempt = (questionId: string) => latestAttempt(getProgress(), questionId);
