import type { ExamSession } from '../exam-session.ts';

/** The tally ("3 of 10 answered · 1 flagged") and one button per question, marked answered, flagged, current. */
export function navigatorView(root: HTMLElement, session: ExamSession) {
  const list = root.querySelector('.exam-map ol')!;
  const template = root.querySelector<HTMLTemplateElement>('template[data-map-button]')!;
  const tally = root.querySelector('[data-tally]')!;

  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-go]');
    if (button) session.goTo(Number(button.dataset['go']));
  });

  session.on('running', ({ exam }) => {
    list.replaceChildren(
      ...exam.questionIds.map((_, i) => {
        const item = template.content.cloneNode(true) as DocumentFragment;
        item.querySelector('button')!.dataset['go'] = String(i);
        return item;
      }),
    );
  });

  session.on('change', ({ exam }) => {
    const answered = exam.questionIds.filter((id) => exam.answers[id]?.length).length;
    tally.textContent = `${answered} of ${exam.questionIds.length} answered · ${exam.flagged.length} flagged`;
    list.querySelectorAll<HTMLButtonElement>('[data-go]').forEach((button, i) => {
      const id = exam.questionIds[i]!;
      const isAnswered = Boolean(exam.answers[id]?.length);
      const isFlagged = exam.flagged.includes(id);
      const [shown, spoken] = button.querySelectorAll('span');
      shown!.textContent = `${i + 1}${isFlagged ? ' ⚑' : ''}${isAnswered ? ' ✓' : ''}`;
      spoken!.textContent = `Question ${i + 1}, ${[isAnswered ? 'answered' : 'not answered', ...(isFlagged ? ['flagged'] : [])].join(', ')}`;
      button.dataset['answered'] = String(isAnswered);
      button.toggleAttribute('data-flagged', isFlagged);
      if (i === exam.current) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    });
  });
}
