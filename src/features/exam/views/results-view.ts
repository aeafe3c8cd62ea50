import { href } from '../../../paths.ts';
import { renderInlineMarkdown } from '../../../markdown/inline-markdown.ts';
import { markOptions, questionTemplate, renderQuestion } from '../../quiz/question-template.ts';
import { scoreAnswer } from '../../quiz/scoring.ts';
import { examQuery, formatDuration, percent } from '../exam-draw.ts';
import type { ExamSession } from '../exam-session.ts';

const dateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const clone = (root: ParentNode, name: string) => (root.querySelector<HTMLTemplateElement>(`template[data-${name}]`)!.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
const fill = (row: HTMLElement, cells: readonly string[]) => row.querySelectorAll('th, td').forEach((cell, i) => {
    if (i < cells.length) cell.textContent = cells[i]!;
  });

/** The result of a finished exam: score, pass or not, score by module, and every question with its explanation. */
export function resultsView(root: HTMLElement, session: ExamSession) {
  const panel = root.querySelector<HTMLElement>('[data-view="result"]')!;
  const passPercent = Number(root.dataset['passPercent']);
  const slot = (name: string) => panel.querySelector<HTMLElement>(`[data-${name}]`)!;

  session.on('finished', ({ record, timeUp, settings, bank, index }) => {
    const fraction = record.total === 0 ? 0 : record.correct / record.total;
    const needed = Math.ceil((passPercent / 100) * record.total - 1e-9);
    slot('time-up').hidden = !timeUp;
    panel.querySelector<HTMLElement>('.exam-score')!.dataset['passed'] = String(record.passed);
    slot('score-line').textContent = `${record.correct} of ${record.total} correct: ${percent(fraction)} %`;
    slot('verdict').textContent = `${record.passed ? '✓ Passed.' : '✗ Not passed yet.'} The pass mark is ${passPercent} % (${needed} of ${record.total}).`;
    slot('time-taken').textContent = formatDuration(Date.parse(record.finishedAt) - Date.parse(record.startedAt));
    slot('finished').textContent = dateTime(record.finishedAt);
    slot('seed').textContent = record.seed;
    panel.querySelector('tbody')!.replaceChildren(
      ...index.modules
        .filter((module) => record.byModule[module.id])
        .map((module) => {
          const { correct, total } = record.byModule[module.id]!;
          const row = clone(panel, 'module-row');
          fill(row, [module.title, String(correct), String(total), `${percent(correct / total)} %`]);
          return row;
        }),
    );
    // Same settings, no seed: the setup form comes back filled in, with a fresh draw.
    const again = settings ? new URLSearchParams(examQuery(settings, session.moduleIds)) : undefined;
    again?.delete('seed');
    slot('again').setAttribute('href', `${href('practice/')}${again ? `?${again}` : ''}`);

    const conceptTitle = new Map(index.concepts.map((concept) => [concept.id, concept.title]));
    const template = questionTemplate(root);
    panel.querySelector('.exam-review')!.replaceChildren(
      ...record.questionIds.map((id, i) => {
        const question = bank.get(id);
        const item = clone(panel, 'review-item');
        item.querySelector('[data-number]')!.textContent = `Question ${i + 1}`;
        if (!question) {
          item.querySelector('.exam-review-verdict')!.textContent = 'no longer in the guide';
          item.querySelectorAll('p').forEach((p) => p.remove());
          return item;
        }
        const chosen = record.answers[id] ?? [];
        const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
        const result = chosen.length === 0 ? 'unanswered' : scoreAnswer(correct, chosen).correct ? 'right' : 'wrong';
        item.dataset['result'] = result;
        item.querySelector('.exam-review-verdict')!.textContent = { unanswered: '– Not answered', right: '✓ Right', wrong: '✗ Wrong' }[result];
        const fields = renderQuestion(template, question, question.options.map((_, index) => index), `result-${id}`);
        markOptions(fields, (index) => question.options[index]!.correct, chosen);
        item.querySelector('h4')!.after(fields);
        item.querySelector('.answer-overall')!.innerHTML = renderInlineMarkdown(question.explanation);
        const study = item.querySelector<HTMLAnchorElement>('[data-study]')!;
        study.href = question.conceptUrl;
        study.textContent = `Study it: ${conceptTitle.get(question.concept) ?? question.concept}`;
        item.querySelector<HTMLAnchorElement>('[data-open]')!.href = question.url;
        return item;
      }),
    );
    panel.querySelector<HTMLElement>('#result-heading')!.focus();
  });
}

/** The learner's past exams, newest first, each linking to its result. */
export function historyView(root: HTMLElement, session: ExamSession) {
  const panel = root.querySelector<HTMLElement>('[data-view="history"]')!;
  session.on('history', ({ exams }) => {
    panel.dataset['count'] = String(exams.length);
    panel.querySelector('tbody')!.replaceChildren(
      ...exams.map((exam) => {
        const row = clone(panel, 'history-row');
        const link = row.querySelector('a')!;
        fill(row, [
          dateTime(exam.finishedAt),
          `${exam.correct} of ${exam.total} (${percent(exam.total ? exam.correct / exam.total : 0)} %)`,
          exam.passed ? '✓ Passed' : '✗ Not passed',
          formatDuration(Date.parse(exam.finishedAt) - Date.parse(exam.startedAt)),
        ]);
        link.href = `${href('practice/')}?exam=${encodeURIComponent(exam.id)}`;
        link.querySelector('span')!.textContent = ` of the exam finished ${dateTime(exam.finishedAt)}`;
        return row;
      }),
    );
  });
}
