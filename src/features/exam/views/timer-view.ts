import { formatClock } from '../exam-draw.ts';
import type { ExamSession } from '../exam-session.ts';

/** The time left, shown only for a timed exam. */
export function timerView(root: HTMLElement, session: ExamSession) {
  const box = root.querySelector<HTMLElement>('[data-timer]')!;
  session.on('tick', ({ left }) => {
    box.hidden = left === undefined;
    if (left !== undefined) box.querySelector('[role="timer"]')!.textContent = formatClock(left);
  });
}
