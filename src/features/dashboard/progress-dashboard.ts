import { href } from '../../paths.ts';
import { PASS_MARK, formatDuration, percent } from '../exam/exam-draw.ts';
import { isCompleteExamRecord } from '../progress/exam-record-checks.ts';
import { masteryReport, weakestConcepts, type GuideOutline, type Tally } from './mastery.ts';
import type { ExamRecord } from '../progress/progress-format.ts';
import { countDue } from '../review/review-schedule.ts';
import { escapeHtml } from '../../markdown/inline-markdown.ts';
import { PROGRESS_EVENT, getProgress } from '../progress/progress-client.ts';

const SVG = 'http://www.w3.org/2000/svg';
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const shortDate = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Creates an SVG element with attributes (never style: the CSP allows classes and attributes only). */
function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** An accessible chart: role="img", a title and a description that state every number in words. */
function chartRoot(id: string, width: number, height: number, title: string, description: string): SVGSVGElement {
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart-svg' });
  root.append(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, description));
  return root;
}

/**
 * `<progress-dashboard>`: mastery per module and concept (charts with tables), the weakest concepts,
 * the practice-exam history over time and the reviews due, all from the progress store. Redraws when
 * the progress changes (an import or reset on the same page).
 */
class ProgressDashboard extends HTMLElement {
  #outline!: GuideOutline;

  connectedCallback() {
    this.#outline = {
      modules: [...this.querySelectorAll<HTMLElement>('[data-outline-module]')].map((module) => ({
        id: module.dataset['outlineModule']!,
        title: module.dataset['title']!,
        url: module.dataset['url']!,
        concepts: [...module.querySelectorAll<HTMLElement>('tr[data-concept]')].map((row) => ({
          id: row.dataset['concept']!,
          title: row.dataset['title']!,
          url: row.dataset['url']!,
          questionIds: (row.dataset['questionIds'] ?? '').split(' ').filter(Boolean),
        })),
      })),
    };
    document.addEventListener(PROGRESS_EVENT, () => this.#render());
    this.#render();
    // Charts are drawn at the width they are shown, so their text stays at reading size on a phone.
    let width = this.clientWidth;
    new ResizeObserver(() => {
      if (Math.abs(this.clientWidth - width) < 24) return;
      width = this.clientWidth;
      this.#render();
    }).observe(this);
  }

  #render() {
    const progress = getProgress();
    const report = masteryReport(this.#outline, progress.attempts);
    const due = countDue(progress.attempts, new Date());

    this.#stat('answered', `${report.answered} of ${report.total}`);
    this.#stat('correct', report.answered ? `${report.correct} (${percent(report.accuracy)} % of those answered)` : '0');
    this.#statHtml('due', `<a href="${href('review/')}">${plural(due, 'review')} due</a>`);
    const exams = progress.exams.filter(isCompleteExamRecord);
    const passed = exams.filter((exam) => exam.passed).length;
    this.#stat('exams', exams.length ? `${exams.length}, ${passed} passed` : '0');
    this.querySelector<HTMLElement>('[data-empty]')!.hidden = report.answered > 0;

    for (const module of report.modules) {
      this.#fillRow(this.querySelector(`tr[data-module="${module.id}"]`), module);
      const details = this.querySelector(`[data-outline-module="${module.id}"]`)!;
      details.querySelector('[data-module-summary]')!.textContent = `· ${percent(module.mastery)} % mastered`;
      for (const concept of module.concepts) this.#fillRow(details.querySelector(`tr[data-concept="${concept.id}"]`), concept);
    }
    this.#moduleChart(report.modules);
    this.#weakest(weakestConcepts(report));
    this.#exams(exams);
  }

  #stat(name: string, text: string) {
    this.querySelector(`[data-stat="${name}"]`)!.textContent = text;
  }

  #statHtml(name: string, html: string) {
    this.querySelector(`[data-stat="${name}"]`)!.innerHTML = html;
  }

  #fillRow(row: Element | null, tally: Tally) {
    if (!row) return;
    row.querySelector('[data-cell="answered"]')!.textContent = String(tally.answered);
    row.querySelector('[data-cell="correct"]')!.textContent = String(tally.correct);
    const cell = row.querySelector('[data-cell="mastery"]')!;
    const bar = svg('svg', { viewBox: '0 0 100 10', 'aria-hidden': 'true', class: 'mini-bar', focusable: 'false' });
    bar.append(svg('rect', { x: 0, y: 0, width: 100, height: 10, rx: 2, class: 'chart-track' }), svg('rect', { x: 0, y: 0, width: Math.round(tally.mastery * 100), height: 10, rx: 2, class: 'chart-bar' }));
    cell.replaceChildren(`${percent(tally.mastery)} %`, bar);
  }

  #moduleChart(modules: { title: string; mastery: number }[]) {
    const figure = this.querySelector('[data-chart="modules"]')!;
    const row = 46;
    const width = Math.max(280, Math.round(figure.clientWidth || 640));
    const barWidth = width - 64;
    const root = chartRoot(
      'modules-chart',
      width,
      modules.length * row + 8,
      'Mastery by module',
      modules.map((m, i) => `Module ${i + 1}, ${m.title}: ${percent(m.mastery)} %.`).join(' '),
    );
    // SVG text does not wrap: a label too long for a narrow chart is shortened (the table has it whole).
    const fit = (text: string) => {
      const room = Math.floor(width / 7.8);
      return text.length <= room ? text : `${text.slice(0, room - 1).trimEnd()}…`;
    };
    modules.forEach((module, i) => {
      const y = i * row + 4;
      const filled = Math.round(module.mastery * barWidth);
      root.append(
        svg('text', { x: 0, y: y + 14, class: 'chart-label' }, fit(`${i + 1}. ${module.title}`)),
        svg('rect', { x: 0, y: y + 22, width: barWidth, height: 14, rx: 3, class: 'chart-track' }),
        svg('rect', { x: 0, y: y + 22, width: filled, height: 14, rx: 3, class: 'chart-bar' }),
        svg('text', { x: barWidth + 10, y: y + 34, class: 'chart-value' }, `${percent(module.mastery)} %`),
      );
    });
    figure.querySelector('svg')?.remove();
    figure.prepend(root);
  }

  #weakest(concepts: ReturnType<typeof weakestConcepts>) {
    const list = this.querySelector('[data-weakest]')!;
    this.querySelector<HTMLElement>('[data-weakest-empty]')!.hidden = concepts.length > 0;
    list.innerHTML = concepts
      .map(
        (concept) =>
          `<li><a href="${escapeHtml(concept.url)}">${escapeHtml(concept.title)}</a> <span class="weakest-meta">${concept.correct} of ${concept.answered} answered right (${percent(concept.accuracy)} %)</span></li>`,
      )
      .join('');
  }

  #exams(exams: ExamRecord[]) {
    const has = exams.length > 0;
    this.querySelector<HTMLElement>('[data-exams-empty]')!.hidden = has;
    const figure = this.querySelector<HTMLElement>('[data-chart="exams"]')!;
    const table = this.querySelector<HTMLElement>('[data-exams-table]')!;
    figure.hidden = !has;
    table.hidden = !has;
    figure.querySelector('svg')?.remove();
    if (!has) return;
    const scores = exams.map((exam) => (exam.total ? exam.correct / exam.total : 0));
    const width = Math.max(280, Math.round(figure.clientWidth || 640));
    const [height, left, top, bottom] = [240, 48, 12, 36];
    const plotWidth = width - left - 16;
    const plotHeight = height - top - bottom;
    const x = (i: number) => left + (exams.length === 1 ? plotWidth / 2 : (i * plotWidth) / (exams.length - 1));
    const y = (fraction: number) => top + (1 - fraction) * plotHeight;
    const latest = scores.at(-1)!;
    const root = chartRoot(
      'exams-chart',
      width,
      height,
      'Practice exam scores over time',
      `${plural(exams.length, 'exam')}, scores ${exams.map((exam, i) => `${percent(scores[i]!)} %${exam.passed ? ' (passed)' : ''}`).join(', ')}. Latest ${percent(latest)} %. Pass mark ${percent(PASS_MARK)} %.`,
    );
    for (const tick of [0, 0.5, 1]) {
      root.append(svg('line', { x1: left, x2: width - 16, y1: y(tick), y2: y(tick), class: 'chart-grid' }), svg('text', { x: left - 8, y: y(tick) + 4, class: 'chart-axis', 'text-anchor': 'end' }, `${tick * 100} %`));
    }
    root.append(
      svg('line', { x1: left, x2: width - 16, y1: y(PASS_MARK), y2: y(PASS_MARK), class: 'chart-pass' }),
      svg('text', { x: width - 16, y: y(PASS_MARK) - 6, class: 'chart-axis', 'text-anchor': 'end' }, `Pass mark ${percent(PASS_MARK)} %`),
    );
    if (exams.length > 1) root.append(svg('polyline', { points: scores.map((s, i) => `${x(i)},${y(s)}`).join(' '), class: 'chart-line' }));
    exams.forEach((exam, i) => {
      // Passed exams are filled circles, the others hollow: the shape, not only the colour, tells them apart.
      root.append(svg('circle', { cx: x(i), cy: y(scores[i]!), r: 6, class: exam.passed ? 'chart-point chart-point--passed' : 'chart-point' }));
      if (exams.length <= 12 || i % Math.ceil(exams.length / 12) === 0) root.append(svg('text', { x: x(i), y: height - 12, class: 'chart-axis', 'text-anchor': 'middle' }, String(i + 1)));
    });
    figure.prepend(root);
    table.querySelector('tbody')!.innerHTML = exams
      .map(
        (exam, i) => `<tr>
          <th scope="row"><a href="${href('practice/')}?exam=${encodeURIComponent(exam.id)}">Exam ${i + 1}</a></th>
          <td>${shortDate(exam.finishedAt)}</td>
          <td>${exam.correct} of ${exam.total} (${percent(scores[i]!)} %)</td>
          <td>${exam.passed ? '✓ Passed' : '✗ Not passed'}</td>
          <td>${formatDuration(Date.parse(exam.finishedAt) - Date.parse(exam.startedAt))}</td>
        </tr>`,
      )
      .join('');
  }
}

customElements.define('progress-dashboard', ProgressDashboard);
