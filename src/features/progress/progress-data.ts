import { emptyProgress, type Progress } from './progress-format.ts';
import { backupProgress, describeSummary, isEmptyProgress, exportProgress, mergeProgress, readImport, summarizeProgress } from './progress-transfer.ts';
import { getProgress, setProgress } from './progress-client.ts';

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * `<progress-data>`: export the progress as a file, import one back (validated; merge or replace, as
 * the learner chooses; nothing lost) and reset after a confirmation.
 */
class ProgressData extends HTMLElement {
  #pending: Progress | undefined;

  connectedCallback() {
    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('[disabled]')) control.disabled = false;
    const file = this.querySelector<HTMLInputElement>('#import-file')!;
    const dialog = this.querySelector('dialog')!;
    file.addEventListener('change', () => void this.#read(file));
    this.querySelector('[data-import-choice]')!.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#import();
    });
    this.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'export') this.#export();
      if (action === 'cancel-import') this.#clearImport('Import cancelled. Nothing was changed.');
      if (action === 'reset') {
        const summary = summarizeProgress(getProgress());
        this.querySelector('#reset-text')!.textContent = `This removes ${describeSummary(summary)} from this browser. It cannot be undone unless you have exported a file.`;
        dialog.showModal();
      }
      if (action === 'cancel-reset') dialog.close();
      if (action === 'confirm-reset') {
        dialog.close();
        setProgress(emptyProgress());
        this.#status('[data-reset-status]', 'Your progress was deleted from this browser.');
        this.querySelector<HTMLElement>('[data-action="reset"]')!.focus();
      }
    });
  }

  #export() {
    const { fileName, text } = exportProgress(getProgress(), new Date());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#status('[data-export-status]', `Downloaded ${fileName}: ${describeSummary(summarizeProgress(getProgress()))}.`);
  }

  async #read(input: HTMLInputElement) {
    const file = input.files?.[0];
    this.#status('[data-import-status]', '');
    if (!file) return;
    const result = readImport(await file.text());
    const error = this.querySelector<HTMLElement>('[data-import-error]')!;
    const choice = this.querySelector<HTMLFormElement>('[data-import-choice]')!;
    if (!result.ok) {
      this.#pending = undefined;
      choice.hidden = true;
      error.textContent = `${file.name}: ${result.message}`;
      error.hidden = false;
      input.value = '';
      return;
    }
    error.hidden = true;
    this.#pending = result.progress;
    const exported = result.exportedAt ? `, exported on ${day(result.exportedAt)}` : '';
    choice.querySelector('[data-import-summary]')!.textContent = `${file.name} holds ${describeSummary(result.summary)}${exported}. What should happen to the progress already in this browser?`;
    choice.hidden = false;
    choice.querySelector<HTMLInputElement>('input[value="merge"]')!.checked = true;
    choice.querySelector<HTMLInputElement>('input:checked')!.focus();
  }

  #import() {
    if (!this.#pending) return;
    const mode = new FormData(this.querySelector<HTMLFormElement>('[data-import-choice]')!).get('mode');
    const here = getProgress();
    let message: string;
    if (mode === 'replace') {
      let backup: string | undefined;
      try {
        backup = backupProgress(localStorage, here, new Date());
      } catch {
        backup = undefined;
      }
      if (!backup && !isEmptyProgress(here)) {
        const error = this.querySelector<HTMLElement>('[data-import-error]')!;
        error.textContent = 'This browser would not store a backup copy of the progress already here, so nothing was replaced. Export it first, or choose Merge.';
        error.hidden = false;
        return;
      }
      setProgress(this.#pending);
      message = `Imported: ${describeSummary(summarizeProgress(this.#pending))}.${backup ? ` The progress that was here is kept in this browser under "${backup}".` : ''}`;
    } else {
      const merged = mergeProgress(here, this.#pending);
      setProgress(merged);
      message = `Merged: this browser now holds ${describeSummary(summarizeProgress(merged))}.`;
    }
    this.#clearImport(message);
  }

  #clearImport(message: string) {
    this.#pending = undefined;
    this.querySelector<HTMLElement>('[data-import-choice]')!.hidden = true;
    const input = this.querySelector<HTMLInputElement>('#import-file')!;
    input.value = '';
    this.#status('[data-import-status]', message);
    input.focus();
  }

  #status(selector: string, text: string) {
    this.querySelector(selector)!.textContent = text;
  }
}

customElements.define('progress-data', ProgressData);
