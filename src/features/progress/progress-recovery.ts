// The rare paths of the storage notice, loaded only when the learner uses them (storage-status.ts):
// download a damaged or set-aside value as a file, and clear a damaged value so that saving resumes.
// It imports nothing from the store, so that the page quiz's store stays in one chunk with its scoring:
// after clearing, it tells the store the way another tab would, with a `storage` event.

import { downloadText } from './download.ts';

/** Downloads the value stored under `key`, exactly as stored; the file's name, or undefined when it is gone. */
export function downloadStored(key: string, now: Date): string | undefined {
  let text: string | null = null;
  try {
    text = localStorage.getItem(key);
  } catch {
    // reported by the caller
  }
  if (text === null) return undefined;
  const fileName = `genai-study-guide-saved-data-${now.toISOString().slice(0, 19).replaceAll(':', '-')}.json`;
  downloadText(fileName, text);
  return fileName;
}

/** Removes the damaged value the learner chose to clear; true when storage no longer holds it. */
export function clearDamaged(key: string): boolean {
  try {
    localStorage.removeItem(key);
    if (localStorage.getItem(key) !== null) return false;
  } catch {
    return false;
  }
  // The store (progress-client.ts) reads storage again on this event and saves this visit's answers.
  dispatchEvent(new StorageEvent('storage', { key }));
  return true;
}
