import { BACKUP_KEY_PREFIX, emptyProgress, type Progress } from './progress-format.ts';
import { writeProgress, type StoreNotice } from './progress-store.ts';
import { replaceProgress } from './progress-replace.ts';
import { describeSummary, exportProgress, importSizeProblem, mergeProgress, readImport, summarizeProgress } from './progress-transfer.ts';
import { downloadText } from './download.ts';
import { PROGRESS_EVENT, adoptStored, browserStorage, getProgress } from './progress-client.ts';

/** Why a change was not saved, as the end of a sentence ("… because …"). */
function problemReason(problem: StoreNotice): string {
  if (problem.kind === 'full') return "it does not fit in this browser's storage for this site";
  if (problem.kind === 'blocked') return 'this browser is not letting the guide store anything';
  return 'the progress saved in this browser is damaged (see the notice at the top of the page)';
}

/** The backup copies kept in this browser, oldest first; none when storage cannot be read. */
function backupKeys(): string[] {
  try {
    return Object.keys(localStorage)
      .filter((key) => key.startsWith(BACKUP_KEY_PREFIX))
      .sort();
  } catch {
    return [];
  }
}

/** "7 December 2026, 10:00" from a backup key's time, or the key itself when it holds no time. */
function keptOn(key: string): string {
  const time = new Date(key.slice(BACKUP_KEY_PREFIX.length));
  return Number.isNaN(time.getTime()) ? key : time.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

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
    // Resets, imports and damaged data (here or in another tab) add copies.
    this.#renderBackups();
    document.addEventListener(PROGRESS_EVENT, () => this.#renderBackups());
    addEventListener('storage', () => this.#renderBackups());
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
        this.querySelector('#reset-text')!.textContent = `This removes ${describeSummary(summary)} from this browser. A backup copy is kept in this browser if there is room for one; export a file first to be sure.`;
        dialog.showModal();
      }
      if (action === 'cancel-reset') dialog.close();
      const key = (event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset['key'];
      if (key && action === 'download-backup') this.#downloadBackup(key);
      if (key && action === 'delete-backup') this.#deleteBackup(key);
      if (action === 'confirm-reset') {
        dialog.close();
        this.#status('[data-reset-status]', this.#reset());
        this.querySelector<HTMLElement>('[data-action="reset"]')!.focus();
      }
    });
  }

  /** Lists the backup copies, each with a download and a delete button (built as elements: keys come from storage). */
  #renderBackups() {
    const keys = backupKeys();
    const list = this.querySelector<HTMLElement>('[data-backups]')!;
    this.querySelector<HTMLElement>('[data-backups-empty]')!.hidden = keys.length > 0;
    list.hidden = keys.length === 0;
    list.replaceChildren(
      ...keys.map((key) => {
        const when = keptOn(key);
        const item = Object.assign(document.createElement('li'), { textContent: `Kept on ${when} ` });
        item.dataset['key'] = key;
        for (const [action, label] of [['download-backup', 'Download'], ['delete-backup', 'Delete']] as const) {
          const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--secondary' });
          button.dataset['action'] = action;
          button.append(label, Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` the copy kept on ${when}` }));
          item.append(button, ' ');
        }
        return item;
      }),
    );
  }

  #downloadBackup(key: string) {
    let text: string | null = null;
    try {
      text = localStorage.getItem(key);
    } catch {
      // reported below
    }
    if (text === null) return this.#status('[data-backup-status]', 'That copy is no longer in this browser.');
    const fileName = `genai-study-guide-backup-${key.slice(BACKUP_KEY_PREFIX.length).replaceAll(':', '-')}.json`;
    downloadText(fileName, text);
    this.#status('[data-backup-status]', `Downloaded ${fileName}.`);
  }

  #deleteBackup(key: string) {
    let gone = false;
    try {
      localStorage.removeItem(key);
      gone = localStorage.getItem(key) === null;
    } catch {
      gone = false;
    }
    this.#status('[data-backup-status]', gone ? `Deleted the copy kept on ${keptOn(key)}.` : 'This browser did not let the guide delete that copy. Nothing was changed.');
    this.#renderBackups();
    this.querySelector<HTMLElement>('[data-backups] button')?.focus();
  }

  /** Deletes the stored progress after copying it to a backup key when there is room; says exactly what happened. */
  #reset(): string {
    const result = replaceProgress(browserStorage, emptyProgress(), new Date(), false);
    adoptStored(false);
    if (!result.saved) return `Nothing was deleted: ${problemReason(result.problem)}.`;
    if (result.backupKey) return `Your progress was deleted. A backup copy is kept in this browser under "${result.backupKey}".`;
    return 'Your progress was deleted from this browser. No copy was kept (there was no room for one, or nothing to keep).';
  }

  #export() {
    const { fileName, text } = exportProgress(getProgress(), new Date());
    downloadText(fileName, text);
    this.#status('[data-export-status]', `Downloaded ${fileName}: ${describeSummary(summarizeProgress(getProgress()))}.`);
  }

  async #read(input: HTMLInputElement) {
    const file = input.files?.[0];
    this.#status('[data-import-status]', '');
    if (!file) return;
    const tooLarge = importSizeProblem(file.size);
    const result = tooLarge ? { ok: false as const, message: tooLarge } : readImport(await file.text());
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
    const imported = this.#pending;
    if (!imported) return;
    const mode = new FormData(this.querySelector<HTMLFormElement>('[data-import-choice]')!).get('mode');
    const error = this.querySelector<HTMLElement>('[data-import-error]')!;
    const refuse = (text: string) => {
      error.textContent = text;
      error.hidden = false;
    };
    if (mode === 'replace') {
      const result = replaceProgress(browserStorage, imported, new Date(), true);
      if (!result.saved && result.backupFailed) return refuse('This browser would not store a backup copy of the progress already here, so nothing was replaced. Export it first, or choose Merge.');
      if (!result.saved) return refuse(`Nothing was imported: ${problemReason(result.problem)}. Nothing was changed.`);
      adoptStored(false);
      return this.#clearImport(`Imported: ${describeSummary(summarizeProgress(imported))}.${result.backupKey ? ` The progress that was here is kept in this browser under "${result.backupKey}".` : ''}`);
    }
    const result = writeProgress(browserStorage, (latest) => mergeProgress(latest, imported));
    if (!result.saved) return refuse(`Nothing was imported: the merged progress was not saved because ${problemReason(result.problem)}. Nothing was changed.`);
    adoptStored(true);
    this.#clearImport(`Merged: this browser now holds ${describeSummary(summarizeProgress(getProgress()))}.`);
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
