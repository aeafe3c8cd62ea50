import { isValidSeed, newSeed, readExamSettings, type ExamSettings, type ExamSize } from '../exam-draw.ts';
import type { ExamSession } from '../exam-session.ts';

const randomSeed = () => newSeed((count) => crypto.getRandomValues(new Uint32Array(count)));

/** The setup form: filled in from the address, read and checked on "Start exam". */
export function setupView(root: HTMLElement, session: ExamSession) {
  const form = root.querySelector<HTMLFormElement>('.exam-setup')!;
  const input = (selector: string) => form.querySelector<HTMLInputElement>(selector)!;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const settings = readForm();
    if (settings) void session.start(settings);
  });

  session.on('setup', ({ query, focus }) => {
    const settings = readExamSettings(query, session.moduleIds);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="module"]')) box.checked = settings.modules.includes(box.value);
    input(`input[name="count"][value="${settings.size}"]`).checked = true;
    input(`input[name="timed"][value="${settings.timed ? '1' : ''}"]`).checked = true;
    const seed = settings.seed ?? randomSeed();
    input('input[name="seed"]').value = seed;
    const code = root.querySelector<HTMLElement>('[data-exam-code]')!;
    code.hidden = !settings.seed;
    code.querySelector('strong')!.textContent = seed;
    if (focus) root.querySelector<HTMLElement>('#setup-heading')!.focus();
  });

  /** The settings, or undefined (with the error shown and focus on the first module) when no module is ticked. */
  function readForm(): ExamSettings | undefined {
    const data = new FormData(form);
    const modules = data.getAll('module').map(String);
    const error = form.querySelector<HTMLElement>('#modules-error')!;
    const group = error.closest('fieldset')!;
    error.hidden = modules.length > 0;
    if (modules.length === 0) {
      group.setAttribute('aria-describedby', 'modules-error modules-hint');
      input('input[name="module"]').focus();
      return undefined;
    }
    group.setAttribute('aria-describedby', 'modules-hint');
    const count = String(data.get('count'));
    const seed = String(data.get('seed'));
    return {
      seed: isValidSeed(seed) ? seed : randomSeed(),
      size: (count === 'all' ? 'all' : Number(count)) as ExamSize,
      modules: session.moduleIds.filter((id) => modules.includes(id)),
      timed: data.get('timed') === '1',
    };
  }
}
