import type { Progress } from '../progress/progress-format.ts';
import { countDue } from './review-schedule.ts';

/**
 * Reviews due at `now` in the stored progress string; 0 when it cannot be read. Loaded lazily by
 * due-count.ts, only for a learner with answers. It reads the raw attempts on purpose and does not
 * import the progress store, which keeps the store in one chunk with the page quiz (see the bench).
 */
export function countDueIn(raw: string, now: Date): number {
  try {
    const attempts = (JSON.parse(raw) as Partial<Progress>).attempts;
    return attempts && typeof attempts === 'object' ? countDue(attempts, now) : 0;
  } catch {
    return 0;
  }
}
