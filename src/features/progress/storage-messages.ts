import type { StoreNotice } from './progress-store.ts';

// What the storage notice on every progress page tells the learner: one sentence per state of the store.
// Loaded only when there is a notice to show (storage-status.ts); import and reset word their own
// failures (problemReason in progress-data.ts).

/** The notice shown at the top of a page that reads or writes progress. */
export function noticeText(notice: StoreNotice): string {
  switch (notice.kind) {
    case 'recovered':
      return `Your saved progress could not be read (${notice.detail}), so saving started afresh. Nothing was deleted: the old data is kept in this browser under "${notice.backupKey}", and you can download it.`;
    case 'damaged':
      return `Your saved progress could not be read (${notice.detail}), and this browser has no room left to keep a copy of it. Until you decide what to do with it, answers are kept only until you leave the page. Download it as a file, then clear it to start saving again.`;
    case 'blocked':
      return 'This browser is not letting the guide store anything (storage is blocked, for example by a privacy setting), so answers are kept only until you leave the page.';
    case 'full':
      return "This browser's storage for this site is full, so your latest answers are kept only until you leave the page. Export your progress on My progress, or delete backup copies there to make room.";
  }
}
