// Replacing all stored progress (import "Replace", reset), kept apart from progress-store.ts so the
// page quiz, which only adds answers, does not carry it.

import { PROGRESS_KEY, emptyProgress, type Progress } from './progress-format.ts';
import { backupKeyAt, put, type StorageLike, type StoreNotice } from './progress-store.ts';

export type ReplaceResult = { saved: true; backupKey: string | undefined } | { saved: false; problem: StoreNotice; backupFailed: boolean };

/**
 * Replaces the stored value (import "Replace", reset). Whatever is stored first goes to a backup key,
 * exactly as stored; when `needBackup` is true and the copy does not fit, nothing changes. The
 * replacement is read back, so success is only reported when it is really stored.
 */
export function replaceProgress(storage: StorageLike, next: Progress, now: Date, needBackup: boolean): ReplaceResult {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { saved: false, problem: { kind: 'blocked' }, backupFailed: false };
  }
  const keep = raw !== null && raw !== JSON.stringify(emptyProgress());
  const backupKey = keep ? backupKeyAt(now) : undefined;
  const backupProblem = backupKey ? put(storage, backupKey, raw!) : undefined;
  if (backupProblem && needBackup) return { saved: false, problem: backupProblem, backupFailed: true };
  let problem = put(storage, PROGRESS_KEY, JSON.stringify(next));
  if (problem?.kind === 'full' && backupProblem) {
    // No room for a copy and the learner agreed to go on without one: the old value makes room.
    forget(storage, PROGRESS_KEY);
    problem = put(storage, PROGRESS_KEY, JSON.stringify(next));
  }
  if (!problem) return { saved: true, backupKey: backupProblem ? undefined : backupKey };
  if (backupKey && !backupProblem) forget(storage, backupKey); // nothing changed, so no copy is needed
  return { saved: false, problem, backupFailed: Boolean(backupProblem) };
}

function forget(storage: StorageLike, key: string) {
  try {
    storage.removeItem(key);
  } catch {
    // The caller reads back what it needs.
  }
}
