import { BACKUP_KEY_PREFIX, PROGRESS_KEY, emptyProgress, parseProgress, type Progress } from './progress-format.ts';

/** The part of localStorage the store uses; tests pass a fake that can fail on demand. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Something the learner should be told about their saved progress. */
export type StoreNotice =
  | { kind: 'recovered'; backupKey: string; detail: string }
  | { kind: 'unavailable' }
  | { kind: 'not-saved' };

export interface LoadResult {
  progress: Progress;
  /** False when nothing can be saved: the quiz works in memory only. */
  persistent: boolean;
  notice?: StoreNotice;
}

/**
 * Loads progress. Damaged or unknown data is never lost and never breaks the page: the raw string
 * is copied to a backup key, and the learner starts clean with a notice. Migrated data is re-saved.
 */
export function loadProgress(getStorage: () => StorageLike, now: () => Date): LoadResult {
  let storage: StorageLike;
  let raw: string | null;
  try {
    storage = getStorage();
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), persistent: false, notice: { kind: 'unavailable' } };
  }
  if (raw === null) return { progress: emptyProgress(), persistent: true };
  const read = parseProgress(raw);
  if (read.ok) {
    if (read.migratedFrom !== undefined) saveProgress(storage, read.progress);
    return { progress: read.progress, persistent: true };
  }
  const backupKey = `${BACKUP_KEY_PREFIX}${now().toISOString()}`;
  try {
    storage.setItem(backupKey, raw);
    storage.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
  } catch {
    // Cannot write a backup: keep the damaged value where it is and do not overwrite it.
    return { progress: emptyProgress(), persistent: false, notice: { kind: 'unavailable' } };
  }
  return { progress: emptyProgress(), persistent: true, notice: { kind: 'recovered', backupKey, detail: read.detail } };
}

/** Saves progress; false when storage refused (full or blocked), so the caller can say so. */
export function saveProgress(storage: StorageLike, progress: Progress): boolean {
  try {
    storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}
