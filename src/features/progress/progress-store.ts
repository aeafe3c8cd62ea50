// Where progress is kept: one localStorage value (PROGRESS_KEY) shared by every tab.
//
// localStorage rather than IndexedDB: reads are synchronous, so a quiz shows past answers on first
// paint with no async code and the quiz stays within its size budget, and existing data needs no
// migration. Each change is applied to the value stored at that moment, never to a copy read when the
// page opened, in one synchronous step. Browsers give localStorage no cross-tab lock, so two writes
// landing within the few milliseconds another tab takes to see a write could still collide; people
// answering in two tabs are seconds apart. See progress-client.ts for the page side.

import { BACKUP_KEY_PREFIX, PROGRESS_KEY, emptyProgress, parseProgress, type Progress } from './progress-format.ts';

/** The part of localStorage the store uses; tests pass a fake that can fail on demand. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Something the learner should be told about their saved progress. */
export type StoreNotice =
  /** The stored value could not be read; it was copied to `backupKey` and saving started afresh. */
  | { kind: 'recovered'; backupKey: string; detail: string }
  /** The stored value could not be read and there is no room for a copy: it stays in place, saving waits for the learner. */
  | { kind: 'damaged'; detail: string }
  /** The browser refuses storage (private mode, settings): nothing can be read or saved. */
  | { kind: 'blocked' }
  /** Storage is full: the last change did not fit. */
  | { kind: 'full' };

export interface LoadResult {
  progress: Progress;
  /** Set when the learner should be told something; with `damaged` or `blocked`, nothing is saved for now. */
  notice: StoreNotice | undefined;
}

export const backupKeyAt = (now: Date) => `${BACKUP_KEY_PREFIX}${now.toISOString()}`;

const problemOf = (error: unknown): StoreNotice => ((error as DOMException).name === 'QuotaExceededError' ? { kind: 'full' } : { kind: 'blocked' });

/** Writes a value and reads it back: undefined when storage really holds it, else what went wrong. */
export function put(storage: StorageLike, key: string, text: string): StoreNotice | undefined {
  try {
    storage.setItem(key, text);
    return storage.getItem(key) === text ? undefined : { kind: 'blocked' };
  } catch (error) {
    return problemOf(error);
  }
}

/** What is stored now, raw and read (nothing stored reads as empty progress). Throws when storage is blocked. */
function readStored(storage: StorageLike) {
  const raw = storage.getItem(PROGRESS_KEY);
  return { raw, read: raw === null ? { ok: true as const, progress: emptyProgress() } : parseProgress(raw) };
}

/**
 * Loads progress. Damaged or unknown data is never lost and never breaks the page: the raw string
 * is copied to a backup key and the learner starts clean with a notice; when the copy does not fit,
 * the damaged value stays untouched and saving waits until the learner downloads or clears it.
 * Migrated data is re-saved.
 */
export function loadProgress(storage: StorageLike, now: () => Date): LoadResult {
  let stored: ReturnType<typeof readStored>;
  try {
    stored = readStored(storage);
  } catch {
    return { progress: emptyProgress(), notice: { kind: 'blocked' } };
  }
  const { raw, read } = stored;
  if (read.ok) {
    if ('migratedFrom' in read) put(storage, PROGRESS_KEY, JSON.stringify(read.progress));
    return { progress: read.progress, notice: undefined };
  }
  const backupKey = backupKeyAt(now());
  const notice: StoreNotice =
    put(storage, backupKey, raw!) || put(storage, PROGRESS_KEY, JSON.stringify(emptyProgress()))
      ? { kind: 'damaged', detail: read.detail }
      : { kind: 'recovered', backupKey, detail: read.detail };
  return { progress: emptyProgress(), notice };
}

export type WriteResult = { saved: true; progress: Progress } | { saved: false; problem: StoreNotice };

/**
 * Read–merge–write: applies `change` to the progress stored right now (another tab may have written
 * since this page loaded), saves the result and reads it back. Never throws; a stored value that
 * cannot be read is left alone.
 */
export function writeProgress(storage: StorageLike, change: (latest: Progress) => Progress): WriteResult {
  let read;
  try {
    read = readStored(storage).read;
  } catch {
    return { saved: false, problem: { kind: 'blocked' } };
  }
  if (!read.ok) return { saved: false, problem: { kind: 'damaged', detail: read.detail } };
  const progress = change(read.progress);
  const problem = put(storage, PROGRESS_KEY, JSON.stringify(progress));
  return problem ? { saved: false, problem } : { saved: true, progress };
}

/** The stored progress as it is now, or undefined when it cannot be read (other tabs refresh from it). */
export function peekProgress(storage: StorageLike): Progress | undefined {
  try {
    const { read } = readStored(storage);
    return read.ok ? read.progress : undefined;
  } catch {
    return undefined;
  }
}
