import { checkedIndices, questionTemplate, renderQuestion } from '../../quiz/question-template.ts';
import { plural, type ExamSession } from '../exam-session.ts';

/** The current question with its flag, Previous/Next, and Finish/Abandon with their confirmation. */
export function questionView(root: HTMLElement, session: ExamSession) {
  const panel = root.querySelector<HTMLElement>('[data-view="exam"]')!;
  const heading = panel.querySelector<HTMLElement>('#exam-heading')!;
  const form = panel.querySelector('form')!;
  const flag = form.querySelector<HTMLInputElement>('[data-flag]')!;
  const button = (action: string) => panel.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  const confirmBox = panel.querySelector<HTMLElement>('[data-confirm]')!;
  const confirmText = confirmBox.querySelector<HTMLElement>('[data-confirm-text]')!;
  const template = questionTemplate(root);

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    if (event.target === flag) session.flag(flag.checked);
    else session.answer(checkedIndices(form));
  });

  session.on('question', ({ exam, question, focus }) => {
    const id = exam.questionIds[exam.current]!;
    heading.textContent = `Question ${exam.current + 1} of ${exam.questionIds.length}`;
    form.querySelector('fieldset')?.remove();
    form.prepend(renderQuestion(template, question, exam.optionOrder[id]!, `exam-${id}`, exam.answers[id] ?? []));
    flag.checked = exam.flagged.includes(id);
    button('previous').hidden = exam.current === 0;
    button('next').hidden = exam.current === exam.questionIds.length - 1;
    confirmBox.hidden = true;
    if (focus) heading.focus();
  });

  panel.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
    const exam = session.exam;
    if (!action || !exam) return;
    if (action === 'previous') session.goTo(exam.current - 1);
    else if (action === 'next') session.goTo(exam.current + 1);
    else if (action === 'finish') {
      const unanswered = exam.questionIds.filter((id) => !exam.answers[id]?.length).length;
      if (unanswered === 0 && exam.flagged.length === 0) return void session.submit(false);
      const parts = [
        ...(unanswered ? [`${plural(unanswered, 'question')} ${unanswered === 1 ? 'is' : 'are'} not answered and will count as wrong`] : []),
        ...(exam.flagged.length ? [`${plural(exam.flagged.length, 'question')} ${exam.flagged.length === 1 ? 'is' : 'are'} flagged`] : []),
      ];
      confirm(`${parts.join('; ')}. Submit the exam anyway?`, 'Submit exam', 'submit');
    } else if (action === 'abandon') confirm('Abandon this exam? It will not be scored or kept.', 'Abandon exam', 'abandon');
    else if (action === 'confirm') {
      if (button('confirm').dataset['confirms'] === 'submit') void session.submit(false);
      else session.abandon();
    } else if (action === 'cancel') {
      confirmBox.hidden = true;
      button('finish').focus();
    }
  });

  function confirm(text: string, label: string, confirms: 'submit' | 'abandon') {
    confirmBox.hidden = false;
    confirmText.textContent = text;
    button('confirm').textContent = label;
    button('confirm').dataset['confirms'] = confirms;
    confirmText.focus();
  }
}
